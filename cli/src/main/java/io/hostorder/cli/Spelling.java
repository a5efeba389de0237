package io.hostorder.cli;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user most likely meant when the one typed is unknown: {@code zomor} → {@code zomro}. */
final class Spelling {
  private Spelling() {}

  /**
   * Returns the one name of {@code names} that {@code typed} is a prefix of, else the nearest within a small
   * edit distance (a swap of two neighbours counts one edit), else empty. Case does not count.
   */
  static Optional<String> closest(String typed, Collection<String> names) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String t = typed.trim().toLowerCase(Locale.ROOT);
    List<String> prefixed = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(t)).toList();
    if (prefixed.size() == 1) {
      return Optional.of(prefixed.get(0));
    }
    int limit = Math.max(1, t.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = distance(t, n.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns " did you mean 'NAME'?" for the closest name, or an empty string. */
  static String didYouMean(String typed, Collection<String> names) {
    return closest(typed, names).map(n -> " did you mean '" + n + "'?").orElse("");
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
