package io.hostorder.simulator.billmanager;

import java.util.List;
import java.util.Set;

/**
 * Which BILLmanager installation the simulator plays: the generic one of the New Order API document,
 * or Zomro's Cloud VPS API.
 */
public enum Profile {
  /**
   * Generic BILLmanager: endpoint {@code /billmgr}, item types {@code vds}, {@code dedic},
   * {@code soft}; {@code v2.{ITEMTYPE}.order.param} needs {@code clicked_button=order}; periods
   * 1, 3, 6, 12, 24, 36 months (New Order API document).
   */
  BILLMANAGER("/billmgr", List.of(1, 3, 6, 12, 24, 36)),

  /**
   * Zomro: endpoint {@code /}, item type {@code instances} ordered with
   * {@code v2.instances.order.param} and listed with {@code func=instances}; periods -50 (daily),
   * 1, 3, 6, 12 (Zomro document).
   */
  ZOMRO("/", List.of(Periods.DAILY, 1, 3, 6, 12));

  private final String path;
  private final List<Integer> periods;

  Profile(String path, List<Integer> periods) {
    this.path = path;
    this.periods = periods;
  }

  /** Returns the path of the API endpoint: {@code /billmgr} or {@code /}. */
  public String path() {
    return path;
  }

  /** Returns the accepted {@code order_period} values. */
  public List<Integer> periods() {
    return periods;
  }

  /** Returns the fields of {@code v2.{ITEMTYPE}.order.param} this profile's document lists. */
  Set<String> orderFields() {
    return this == ZOMRO ? OrderRules.ZOMRO_FIELDS : OrderRules.BILLMANAGER_FIELDS;
  }
}
