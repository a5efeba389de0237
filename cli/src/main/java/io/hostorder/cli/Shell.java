package io.hostorder.cli;

import java.util.regex.Pattern;

/** Writes words the way a POSIX shell reads them back, so that a printed hint can be pasted as it stands. */
final class Shell {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private Shell() {}

  /** Returns {@code word} as is when the shell reads it unchanged, else in single quotes. */
  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
