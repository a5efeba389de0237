package io.hostorder.simulator.hostway;

import io.hostorder.simulator.SimulatedHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * The credentials the Hostway simulator demands on every request. The document does not say how the
 * OrderAPI authenticates (its Authentication page is not available), so the mode is configurable:
 * {@link #none()}, {@link #basic HTTP Basic}, {@link #bearer bearer token} or a token in a {@link
 * #header named header}. A value; {@link #toString()} never shows the secret. Safe for concurrent use.
 */
public final class HostwayAuth {
  /** How requests must authenticate. */
  public enum Mode { NONE, BASIC, BEARER, HEADER }

  private final Mode mode;
  private final String name;
  private final String secret;

  private HostwayAuth(Mode mode, String name, String secret) {
    this.mode = mode;
    this.name = name;
    this.secret = secret;
  }

  /** Returns the mode that accepts every request without an {@code Authorization} header. */
  public static HostwayAuth none() {
    return new HostwayAuth(Mode.NONE, "", "");
  }

  /** Returns the mode that demands {@code Authorization: Basic base64(user:password)}. */
  public static HostwayAuth basic(String user, String password) {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    return new HostwayAuth(Mode.BASIC, user, password);
  }

  /** Returns the mode that demands {@code Authorization: Bearer token}. */
  public static HostwayAuth bearer(String token) {
    Objects.requireNonNull(token, "token == null");
    return new HostwayAuth(Mode.BEARER, "Authorization", token);
  }

  /** Returns the mode that demands the header {@code headerName} with the value {@code token}. */
  public static HostwayAuth header(String headerName, String token) {
    Objects.requireNonNull(headerName, "headerName == null");
    Objects.requireNonNull(token, "token == null");
    return new HostwayAuth(Mode.HEADER, headerName, token);
  }

  /** Returns the mode. */
  public Mode mode() {
    return mode;
  }

  /** Returns the Basic user name or the token header's name; empty for {@link Mode#NONE}. */
  public String name() {
    return name;
  }

  /** Returns the Basic password or the token; empty for {@link Mode#NONE}. */
  public String secret() {
    return secret;
  }

  /** Returns true when {@code headers} carry these credentials (always true for {@link Mode#NONE}). */
  public boolean accepts(SimulatedHeaders headers) {
    return switch (mode) {
      case NONE -> true;
      case BASIC -> same(credentials(headers, "Basic"), Base64.getEncoder()
          .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8)));
      case BEARER -> same(credentials(headers, "Bearer"), secret);
      case HEADER -> same(headers.get(name), secret);
    };
  }

  /** Returns true when {@code headers} carry any credential of this mode, right or wrong. */
  boolean present(SimulatedHeaders headers) {
    return switch (mode) {
      case NONE -> false;
      case BASIC, BEARER -> headers.get("Authorization") != null;
      case HEADER -> headers.get(name) != null;
    };
  }

  /** Returns the credentials after the scheme (compared ignoring case, as RFC 9110 says), or null. */
  private static String credentials(SimulatedHeaders headers, String scheme) {
    String value = headers.get("Authorization");
    if (value == null) {
      return null;
    }
    value = value.trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).equalsIgnoreCase(scheme)) {
      return null;
    }
    return value.substring(space + 1).trim();
  }

  private static boolean same(String sent, String expected) {
    return sent != null && MessageDigest.isEqual(
        sent.trim().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "HostwayAuth{" + mode + (mode == Mode.NONE ? "" : ", secret=***") + "}";
  }
}
