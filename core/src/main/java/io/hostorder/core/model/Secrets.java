package io.hostorder.core.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Tells which names hold secrets, so that every {@code toString}, log line and report can mask them. */
public final class Secrets {
  /** Names like password, passwd, pass, auth, authinfo, token, key, secret, cookie, session, credential. */
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(passw|passwd|^pass$|auth|token|key|secret|cookie|session|credential|ownerid).*");

  /** What replaces a secret value. */
  public static final String MASK = "****";

  private Secrets() {}

  /**
   * Returns true when a field, header, member or configuration key named {@code name} holds a secret.
   *
   * @param name the name, any case, or null
   * @return whether it holds a secret
   */
  public static boolean isSecretName(String name) {
    return name != null && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
        && !name.equalsIgnoreCase("sshKeyId") && !name.equalsIgnoreCase("instances_ssh_keys");
  }

  /**
   * Returns a copy of {@code map} whose values under secret names are masked.
   *
   * @param map the map
   * @return the masked copy
   */
  public static Map<String, String> maskValues(Map<String, String> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, isSecretName(k) ? MASK : v));
    return out;
  }
}
