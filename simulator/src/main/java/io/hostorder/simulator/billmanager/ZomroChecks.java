package io.hostorder.simulator.billmanager;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Zomro's rules for server access and the backup schedule, from the Zomro document's table. */
final class ZomroChecks {
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  private ZomroChecks() {}

  /**
   * {@code use_ssh_key} (on/off, off when absent) chooses between {@code instances_ssh_keys} ("do not
   * pass if use_ssh_key=off") and {@code password} ("do not pass if use_ssh_key=on"; at least 8
   * characters, an upper-case English letter and a digit). One of the two must give access unless {@code
   * required} is false: the table does not say so, it is this simulator's reading of it.
   */
  static void access(Params p, Map<String, String> sshKeys, boolean required) {
    OrderRules.flag(p, "use_ssh_key");
    boolean useKey = p.is("use_ssh_key", "on");
    String key = p.nonBlank("instances_ssh_keys");
    boolean hasKey = key != null && !key.equals("none");
    String password = p.get("password");
    if (useKey) {
      if (!hasKey) {
        throw Failure.missed("instances_ssh_keys");
      }
      if (!sshKeys.containsKey(key)) {
        throw Failure.value("instances_ssh_keys", "unknown SSH key");
      }
      if (password != null) {
        throw Failure.value("password", "do not pass a password when use_ssh_key=on");
      }
      return;
    }
    if (hasKey) {
      throw Failure.value("instances_ssh_keys", "do not pass an SSH key when use_ssh_key=off");
    }
    if (password == null || password.isEmpty()) {
      if (!required && password == null) {
        return; // the table does not say that one of the two is required: a server without access
      }
      throw Failure.missed("password");
    }
    if (!strong(password)) {
      throw Failure.value("password",
          "at least 8 characters with one upper-case English letter and one digit");
    }
  }

  static boolean strong(String password) {
    return password.length() >= 8
        && password.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
        && password.chars().anyMatch(c -> c >= '0' && c <= '9');
  }

  /** {@code backups_schedule=on} needs its name, rotation days (0 = Sunday … 6) and time HH:MM. */
  static void backups(Params p) {
    OrderRules.flag(p, "backups_schedule");
    if (!p.is("backups_schedule", "on")) {
      return;
    }
    if (!p.has("backups_schedule_name")) {
      throw Failure.missed("backups_schedule_name");
    }
    String days = p.nonBlank("backups_schedule_rotation_days");
    if (days == null) {
      throw Failure.missed("backups_schedule_rotation_days");
    }
    Set<String> seen = new HashSet<>();
    for (String day : days.split(",", -1)) {
      String d = day.trim();
      if (!d.matches("[0-6]") || !seen.add(d)) {
        throw Failure.value("backups_schedule_rotation_days",
            "comma-separated distinct days 0 (Sunday) to 6");
      }
    }
    String time = p.nonBlank("backups_schedule_rotation_time");
    if (time == null) {
      throw Failure.missed("backups_schedule_rotation_time");
    }
    if (!TIME.matcher(time).matches()) {
      throw Failure.value("backups_schedule_rotation_time", "a time HH:MM");
    }
  }
}
