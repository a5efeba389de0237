package io.hostorder.tck;

import java.util.Collection;

/** Masks the harness's secrets in text the TCK itself writes (failure messages, reports). */
final class Scrubber {
  private Scrubber() {}

  static String scrub(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 3) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }
}
