package io.hostorder.provider.billmanager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key hostorder sets on every service it orders and that the service list really returns: the
 * {@code domain} of a BILLmanager order (documented as an order parameter and as a list column), Zomro's
 * {@code servername}. The broker's item name when it gives one; otherwise a name derived from the broker's
 * order reference, so that the order can be found again by its reference alone:
 *
 * <ul>
 *   <li>the reference in lower case, every run of characters other than {@code a-z}, {@code 0-9} and
 *       {@code -} replaced by one {@code -}, leading and trailing {@code -} removed, at most 40 characters;
 *   <li>when that changed the reference (or left nothing), {@code -} and the first 8 hex digits of the
 *       SHA-256 of the reference (UTF-8) are appended, so that two references never share a key.
 * </ul>
 *
 * <p>{@code order-42} stays {@code order-42}; {@code Order 42/ä} becomes {@code order-42-} plus 8 hex digits.
 * A valid host name label either way. The rule is fixed: a journal written by one version finds orders of another.
 */
final class ServiceKey {
  static final int MAX_PLAIN = 40;
  private static final Pattern OTHER_CHARACTERS = Pattern.compile("[^a-z0-9-]+");
  private static final Pattern DASHES = Pattern.compile("-{2,}");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

  private ServiceKey() {}

  /** Returns the key derived from the broker's {@code reference}. */
  static String of(String reference) {
    String lower = reference.toLowerCase(Locale.ROOT);
    String plain = EDGE_DASHES.matcher(DASHES.matcher(OTHER_CHARACTERS.matcher(lower).replaceAll("-"))
        .replaceAll("-")).replaceAll("");
    if (plain.length() > MAX_PLAIN) {
      plain = TRAILING_DASHES.matcher(plain.substring(0, MAX_PLAIN)).replaceAll("");
    }
    if (plain.equals(reference) && !plain.isEmpty()) {
      return plain;
    }
    return (plain.isEmpty() ? "order" : plain) + "-" + hash8(reference);
  }

  /** Returns the key of an item of the order {@code reference}: the broker's name, else {@link #of}. */
  static String forItem(String name, String reference) {
    return name != null && !name.isBlank() ? name.trim() : of(reference);
  }

  /** Returns true when {@code key} is the one derived from {@code reference} (not a broker's own name). */
  static boolean derived(String key, String reference) {
    return key != null && key.equals(of(reference));
  }

  private static String hash8(String reference) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(reference.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
