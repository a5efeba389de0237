package io.hostorder.simulator.billmanager;

/** Order period ids of BILLmanager: months, and the special daily id Zomro's Cloud VPS uses. */
final class Periods {
  /** Daily billing, {@code order_period=-50} (Zomro document; API notes: "−50 day"). */
  static final int DAILY = -50;

  private Periods() {}
}
