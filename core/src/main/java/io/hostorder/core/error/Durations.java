package io.hostorder.core.error;

import java.time.Duration;

/** Writes a duration as a person reads it: {@code 950 ms}, {@code 12 s}, {@code 4 min 5 s}. */
final class Durations {
  private Durations() {}

  static String words(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    long s = ms / 1000;
    if (s < 60) {
      return s + " s";
    }
    long min = s / 60;
    return s % 60 == 0 ? min + " min" : min + " min " + s % 60 + " s";
  }
}
