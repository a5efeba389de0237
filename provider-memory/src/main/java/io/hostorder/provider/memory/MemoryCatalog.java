package io.hostorder.provider.memory;

import io.hostorder.core.model.BillingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the in-memory account sells: server plans and the plans that can only be ordered related to a
 * server (a control panel, backups, an extra address), with monthly prices in EUR.
 */
final class MemoryCatalog {
  /** A plan: its monthly price, and whether it can only be ordered related to a server. */
  record Plan(String id, BigDecimal monthly, boolean relatedOnly) {
    /** Returns the price of one unit for {@code period} (a day is a thirtieth of a month). */
    BigDecimal price(BillingPeriod period) {
      if (period == BillingPeriod.P1D) {
        return monthly.divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP);
      }
      return monthly.multiply(BigDecimal.valueOf(period.months()));
    }
  }

  private static final Map<String, Plan> PLANS = new TreeMap<>();

  static {
    add(new Plan("small", new BigDecimal("5.00"), false));
    add(new Plan("medium", new BigDecimal("10.00"), false));
    add(new Plan("large", new BigDecimal("20.00"), false));
    add(new Plan("panel", new BigDecimal("2.00"), true));
    add(new Plan("backup", new BigDecimal("1.50"), true));
    add(new Plan("ipv4", new BigDecimal("1.00"), true));
  }

  private MemoryCatalog() {}

  private static void add(Plan plan) {
    PLANS.put(plan.id(), plan);
  }

  static Optional<Plan> plan(String id) {
    return Optional.ofNullable(PLANS.get(id));
  }

  static String ids() {
    return String.join(", ", PLANS.keySet());
  }
}
