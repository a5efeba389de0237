package io.hostorder.provider.jsonrest;

import io.hostorder.core.error.Violation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The provider options an item of this API takes (in {@code OrderItem#options()}), each checked before
 * anything is sent. Their names are the API's own member names (the notes, "order_create — option
 * fields of the current version"):
 *
 * <ul>
 *   <li>{@code os_version} — goes beside {@code os} (the item's image), e.g. {@code 10.4};
 *   <li>{@code ipv4} — {@code features.ipv4}, a whole number (e.g. {@code 1});
 *   <li>{@code cloud_init_url} — {@code features.cloud_init_url}, an http(s) URL;
 *   <li>{@code ip_allow} — {@code features.sshd.ip_allow}, comma-separated addresses or networks;
 *   <li>{@code public_ports_allow} — {@code features.sshd.public_ports_allow}, e.g. {@code 80,443,12000:12010};
 *   <li>{@code antiaffinity} — a whole number; VPSs with the same number are kept on different hosts;
 *   <li>{@code firewall_id} — the firewall group the VPS joins;
 *   <li>{@code firewall_addme} — {@code 1} adds the server's address to that firewall group ({@code 0} does not).
 * </ul>
 */
final class ItemOptions {
  static final String OS_VERSION = "os_version";
  static final String IPV4 = "ipv4";
  static final String CLOUD_INIT_URL = "cloud_init_url";
  static final String IP_ALLOW = "ip_allow";
  static final String PUBLIC_PORTS_ALLOW = "public_ports_allow";
  static final String ANTIAFFINITY = "antiaffinity";
  static final String FIREWALL_ID = "firewall_id";
  static final String FIREWALL_ADDME = "firewall_addme";

  static final Set<String> NAMES = Set.of(OS_VERSION, IPV4, CLOUD_INIT_URL, IP_ALLOW, PUBLIC_PORTS_ALLOW,
      ANTIAFFINITY, FIREWALL_ID, FIREWALL_ADDME);

  private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");
  private static final Pattern PORT_RANGE = Pattern.compile("(\\d{1,5})(?::(\\d{1,5}))?");

  private ItemOptions() {}

  /** Adds to {@code out} every problem of the options at {@code path} ({@code items[0].options}). */
  static void check(Map<String, String> options, boolean hasImage, String path, List<Violation> out) {
    options.forEach((name, raw) -> {
      String at = path + "." + name;
      if (!NAMES.contains(name)) {
        out.add(new Violation(at, "unknown option; this provider takes " + String.join(", ", new TreeSet<>(NAMES))));
        return;
      }
      if (raw == null || raw.isBlank()) {
        return; // the portable rules report a missing value
      }
      String v = raw.trim();
      switch (name) {
        case IPV4, ANTIAFFINITY -> {
          if (!WHOLE.matcher(v).matches()) {
            out.add(new Violation(at, "must be a whole number, was '" + v + "'"));
          }
        }
        case FIREWALL_ADDME -> {
          if (!v.equals("1") && !v.equals("0")) {
            out.add(new Violation(at, "must be 1 (add the server's address to the firewall group) or 0, was '" + v + "'"));
          } else if (v.equals("1") && !options.containsKey(FIREWALL_ID)) {
            out.add(new Violation(at, "needs " + FIREWALL_ID + ": the firewall group to add the server's address to"));
          }
        }
        case CLOUD_INIT_URL -> {
          if (!isHttpUrl(v)) {
            out.add(new Violation(at, "must be an http(s) URL, was '" + v + "'"));
          }
        }
        case IP_ALLOW -> {
          for (String entry : v.split(",", -1)) {
            if (!ADDRESS.matcher(entry.trim()).matches()) {
              out.add(new Violation(at, "must be comma-separated IP addresses or networks "
                  + "(e.g. fec0:aaa:1:2::ff,192.168.0.0/24), found '" + entry.trim() + "'"));
              break;
            }
          }
        }
        case PUBLIC_PORTS_ALLOW -> {
          if (!portsValid(v)) {
            out.add(new Violation(at, "must be comma-separated ports or from:to ranges of 1-65535 "
                + "(e.g. 80,443,12000:12010), was '" + v + "'"));
          }
        }
        case OS_VERSION -> {
          if (!hasImage) {
            out.add(new Violation(at, "needs image: os_version is sent beside os"));
          }
        }
        default -> { }
      }
    });
  }

  /** Returns true when {@code v} is a whole number the API should receive as a JSON number. */
  static boolean isWholeNumber(String v) {
    return WHOLE.matcher(v.trim()).matches();
  }

  private static boolean portsValid(String v) {
    for (String part : v.split(",", -1)) {
      var m = PORT_RANGE.matcher(part.trim());
      if (!m.matches()) {
        return false;
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (from < 1 || from > 65535 || to < from || to > 65535) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHttpUrl(String v) {
    try {
      URI uri = new URI(v);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
