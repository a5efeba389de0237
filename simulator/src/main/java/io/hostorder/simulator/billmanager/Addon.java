package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An addon of a tariff, ordered as {@code addon_{id}=value}: either a number within a range, priced
 * per unit and month, or one of a set of choices, each with its monthly price.
 *
 * @param id the addon's pricelist id (the {@code {ADDON_PRICELIST_ID}} of {@code addon_{id}})
 * @param name a readable name
 * @param min the smallest number accepted (numeric addons)
 * @param max the largest number accepted (numeric addons)
 * @param monthlyPerUnit the monthly price of one unit (numeric addons)
 * @param choices the accepted values and their monthly prices; empty for a numeric addon
 */
public record Addon(String id, String name, long min, long max, BigDecimal monthlyPerUnit,
    Map<String, BigDecimal> choices) {

  /** Checks that no component is null and copies {@code choices}. */
  public Addon {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(monthlyPerUnit, "monthlyPerUnit == null");
    choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
    if (choices.isEmpty() && min > max) {
      throw new IllegalArgumentException("min > max");
    }
  }

  /** Returns a numeric addon accepting {@code min..max}, each unit costing {@code monthlyPerUnit}. */
  public static Addon numeric(String id, String name, long min, long max, String monthlyPerUnit) {
    return new Addon(id, name, min, max, new BigDecimal(monthlyPerUnit), Map.of());
  }

  /** Returns an addon accepting one of {@code choices} (value to monthly price). */
  public static Addon choice(String id, String name, Map<String, String> choices) {
    Map<String, BigDecimal> prices = new java.util.LinkedHashMap<>();
    choices.forEach((k, v) -> prices.put(k, new BigDecimal(v)));
    return new Addon(id, name, 0, 0, BigDecimal.ZERO, prices);
  }

  /** Returns true when {@code value} is accepted by this addon. */
  public boolean accepts(String value) {
    if (!choices.isEmpty()) {
      return choices.containsKey(value);
    }
    try {
      long n = Long.parseLong(value);
      return n >= min && n <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Returns the monthly price of {@code value}, which must be {@link #accepts accepted}. */
  public BigDecimal monthlyPrice(String value) {
    if (!choices.isEmpty()) {
      return choices.get(value);
    }
    return monthlyPerUnit.multiply(new BigDecimal(Long.parseLong(value)));
  }
}
