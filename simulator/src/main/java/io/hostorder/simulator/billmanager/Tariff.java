package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tariff (pricelist) that can be ordered with {@code v2.{itemType}.order.param}.
 *
 * @param id the pricelist id sent as {@code pricelist}
 * @param itemType the product type, e.g. {@code vds} or {@code instances}
 * @param name a readable name
 * @param monthlyPrice the price of one month without addons
 * @param datacenters the datacenters it can be opened in (id to name); empty when none applies
 * @param operatingSystems the images it can be installed with (uid to name); empty when none applies
 * @param addons the addons it accepts
 */
public record Tariff(String id, String itemType, String name, BigDecimal monthlyPrice,
    Map<String, String> datacenters, Map<String, String> operatingSystems, List<Addon> addons) {

  /** Days a month counts for daily billing ({@code order_period=-50}). */
  public static final int DAYS_PER_MONTH = 30;

  public Tariff {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(itemType, "itemType == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(monthlyPrice, "monthlyPrice == null");
    datacenters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(datacenters));
    operatingSystems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(operatingSystems));
    addons = List.copyOf(addons);
  }

  /** Returns the addon {@code addonId} of this tariff, or empty. */
  public Optional<Addon> addon(String addonId) {
    return addons.stream().filter(a -> a.id().equals(addonId)).findFirst();
  }

  /**
   * Returns the price of one service for {@code period} ({@code -50} is one day: a thirtieth of the
   * month; otherwise a number of months) with the addon values {@code addonValues} (addon id to value).
   */
  public BigDecimal price(int period, Map<String, String> addonValues) {
    BigDecimal monthly = monthlyPrice;
    for (Map.Entry<String, String> e : addonValues.entrySet()) {
      Optional<Addon> addon = addon(e.getKey());
      if (addon.isPresent() && addon.get().accepts(e.getValue())) {
        monthly = monthly.add(addon.get().monthlyPrice(e.getValue()));
      }
    }
    BigDecimal price = period == Periods.DAILY
        ? monthly.divide(BigDecimal.valueOf(DAYS_PER_MONTH), 2, RoundingMode.HALF_UP)
        : monthly.multiply(BigDecimal.valueOf(period));
    return price.setScale(2, RoundingMode.HALF_UP);
  }
}
