package io.hostorder.provider.zomro;

import io.hostorder.core.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Zomro's rule for a server password: "at least 1 uppercase English letter, 1 numeric character, and a
 * minimum of 8 characters". The message lists what is missing and never repeats the password.
 */
final class PasswordPolicy {
  private PasswordPolicy() {}

  static void check(String password, String path, List<Violation> out) {
    List<String> missing = new ArrayList<>();
    if (password.length() < 8) {
      missing.add("at least 8 characters");
    }
    if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      missing.add("an upper-case English letter (A-Z)");
    }
    if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      missing.add("a digit");
    }
    if (!missing.isEmpty()) {
      out.add(new Violation(path, "too weak for Zomro: it needs " + String.join(", ", missing)));
    }
  }
}
