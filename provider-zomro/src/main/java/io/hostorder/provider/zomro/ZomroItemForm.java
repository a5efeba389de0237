package io.hostorder.provider.zomro;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.provider.billmanager.Form;
import io.hostorder.provider.billmanager.ItemForm;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zomro's Cloud VPS order form ({@code v2.instances.order.param}), as Zomro's "ordering a service"
 * document describes it: multipart form data, {@code order_period} -50 (daily), 1, 3, 6 or 12,
 * {@code licence_agreement=on}, {@code order_count} for the quantity, {@code instances_os} (the image)
 * and {@code datacenter} (the region) required, {@code servername}, either a root password (at least 8
 * characters, one upper-case English letter, one digit) or a stored SSH key, {@code addon_{ID}}, and
 * the backup schedule options (all or nothing).
 */
final class ZomroItemForm implements ItemForm {
  static final String BACKUPS = "backups_schedule";
  static final String BACKUPS_NAME = "backups_schedule_name";
  static final String BACKUPS_DAYS = "backups_schedule_rotation_days";
  static final String BACKUPS_TIME = "backups_schedule_rotation_time";
  private static final List<String> SCHEDULE = List.of(BACKUPS_NAME, BACKUPS_DAYS, BACKUPS_TIME);
  private static final String WHOLE = "\\d{1,18}";

  @Override
  public String type() {
    return "zomro";
  }

  @Override
  public void capabilities(Capabilities.Builder b) {
    b.add(Capability.DAILY_BILLING, Capability.QUANTITY)
        .periods(BillingPeriod.P1D, BillingPeriod.P1M, BillingPeriod.P3M, BillingPeriod.P6M, BillingPeriod.P12M)
        .accessKinds("password", "sshKeyId");
  }

  @Override
  public void validate(OrderItem item, String path, List<Violation> out) {
    if (item.plan() != null && !item.plan().isBlank() && !item.plan().trim().matches(WHOLE)) {
      out.add(new Violation(path + ".plan", "must be the tariff id (pricelist), a whole number; was '" + item.plan() + "'"));
    }
    if (item.region() == null || item.region().isBlank()) {
      out.add(new Violation(path + ".region", "required: Zomro needs the datacenter id"));
    } else if (!item.region().trim().matches(WHOLE)) {
      out.add(new Violation(path + ".region", "must be the datacenter id, a whole number; was '" + item.region() + "'"));
    }
    if (item.image() == null || item.image().isBlank()) {
      out.add(new Violation(path + ".image", "required: Zomro needs the operating system's UID (instances_os)"));
    }
    Access access = item.access();
    if (access != null && access.kind().equals("password") && !access.password().isBlank()) {
      PasswordPolicy.check(access.password(), path + ".access.password", out);
    }
    if (access != null && access.kind().equals("sshKeyId") && !access.sshKeyId().isBlank()
        && !access.sshKeyId().trim().matches(WHOLE)) {
      out.add(new Violation(path + ".access.sshKeyId", "must be the id of an SSH key stored at Zomro, a whole number"));
    }
    if (item.resources() != null) {
      out.add(new Violation(path + ".resources", "Zomro takes RAM, CPUs and disk as addons of the tariff (addons: {id: value})"));
    }
    for (String id : item.addons().keySet()) {
      if (!id.isBlank() && !id.matches(WHOLE)) {
        out.add(new Violation(path + ".addons." + id, "an addon id is the tariff's addon id, a whole number (addon_{ID})"));
      }
    }
    options(item.options(), path + ".options", out);
  }

  private static void options(Map<String, String> options, String path, List<Violation> out) {
    for (String key : options.keySet()) {
      if (!key.equals(BACKUPS) && !SCHEDULE.contains(key) && !key.isBlank()) {
        out.add(new Violation(path + "." + key, "unknown option; Zomro takes " + BACKUPS + " (on/off), "
            + String.join(", ", SCHEDULE)));
      }
    }
    String on = options.get(BACKUPS);
    if (on != null && !on.equals("on") && !on.equals("off")) {
      out.add(new Violation(path + "." + BACKUPS, "must be on or off; was '" + on + "'"));
      return;
    }
    boolean anyGiven = SCHEDULE.stream().anyMatch(options::containsKey);
    if ("off".equals(on)) {
      for (String key : SCHEDULE) {
        if (options.containsKey(key)) {
          out.add(new Violation(path + "." + key, "given while " + BACKUPS + " is off; the schedule is all or nothing"));
        }
      }
      return;
    }
    if (!"on".equals(on) && !anyGiven) {
      return;
    }
    for (String key : SCHEDULE) {
      if (options.get(key) == null || options.get(key).isBlank()) {
        out.add(new Violation(path + "." + key, "required when the backup schedule is on (name, rotation days and time together)"));
      }
    }
    String days = options.get(BACKUPS_DAYS);
    if (days != null && !days.isBlank() && !validDays(days)) {
      out.add(new Violation(path + "." + BACKUPS_DAYS, "must be week days 0-6 (0 is Sunday), comma separated, each once; was '"
          + days + "'"));
    }
    String time = options.get(BACKUPS_TIME);
    if (time != null && !time.isBlank() && !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      out.add(new Violation(path + "." + BACKUPS_TIME, "must be a time HH:MM (00:00 to 23:59); was '" + time + "'"));
    }
  }

  private static boolean validDays(String days) {
    Set<String> seen = new HashSet<>();
    for (String d : days.split(",", -1)) {
      if (!d.matches("[0-6]") || !seen.add(d)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String itemType(OrderItem item, String configuredItemType) {
    return "instances";
  }

  @Override
  public void addToCart(OrderItem item, String path, String itemType, Form form) {
    // The fields of Zomro's curl example, in its order; then what the table adds.
    form.add("func", "v2.instances.order.param").add("sok", "ok");
    form.add("order_period", period(item.period()), path + ".period");
    form.add("licence_agreement", "on");
    Access access = item.access();
    if (access != null && access.password() != null) {
      form.add("use_ssh_key", "off", path + ".access");
    } else if (access != null && access.sshKeyId() != null) {
      form.add("use_ssh_key", "on", path + ".access");
    }
    form.add("pricelist", item.plan().trim(), path + ".plan");
    if (item.name() != null) {
      form.add("servername", item.name(), path + ".name");
    }
    if (access != null && access.password() != null) {
      form.add("password", access.password(), path + ".access.password");
    } else if (access != null && access.sshKeyId() != null) {
      form.add("instances_ssh_keys", access.sshKeyId().trim(), path + ".access.sshKeyId");
    }
    form.add("instances_os", item.image().trim(), path + ".image");
    form.add("order_count", Integer.toString(item.quantity()), path + ".quantity");
    item.addons().forEach((id, value) -> form.add("addon_" + id, value, path + ".addons." + id));
    form.add("datacenter", item.region().trim(), path + ".region");
    boolean schedule = "on".equals(item.options().get(BACKUPS))
        || (item.options().get(BACKUPS) == null && SCHEDULE.stream().anyMatch(item.options()::containsKey));
    if (schedule) {
      form.add(BACKUPS, "on", path + ".options." + BACKUPS);
      for (String key : SCHEDULE) {
        form.add(key, item.options().get(key), path + ".options." + key);
      }
    }
    form.add("force_use_new_cart", "on");
  }

  /** Zomro's order_period: -50 for daily billing, otherwise months (1, 3, 6, 12). */
  static String period(BillingPeriod period) {
    BillingPeriod p = period == null ? BillingPeriod.P1D : period;
    return p == BillingPeriod.P1D ? "-50" : Integer.toString(p.months());
  }

  @Override
  public boolean multipart() {
    return true;
  }

  /** Zomro's list ({@code func=instances}) shows {@code servername}, the name the order gave. */
  @Override
  public String keyField() {
    return "servername";
  }

  @Override
  public String listFunction(String itemType) {
    return "instances";
  }
}
