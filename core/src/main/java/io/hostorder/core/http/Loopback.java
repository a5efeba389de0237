package io.hostorder.core.http;

import java.util.Locale;

/** Tells whether a host name is this machine's loopback, to which plain HTTP is always allowed. */
public final class Loopback {
  private Loopback() {}

  /**
   * Returns true when {@code host} names this machine: {@code localhost}, a name under {@code .localhost}, {@code ::1} or an address in 127.0.0.0/8.
   *
   * @param host a host name or address, IPv6 in brackets or not
   * @return whether the host is loopback
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
