package io.hostorder.core;

/** Something a provider instance may or may not be able to do. Asking for an absent one fails before any request. */
public enum Capability {
  PROMO_CODE("apply a promo code to an order"),
  RELATED_ITEMS("order items related to a parent item (e.g. a control panel for a server)"),
  ORDER_STATUS("look up one order's status"),
  ORDER_LIST("list the orders placed"),
  CANCEL_ORDER("cancel a whole order"),
  CANCEL_LINE("cancel one line of an order"),
  RECONCILE("find an order again by the broker's reference"),
  PAY_FROM_BALANCE("pay from the account's balance at checkout"),
  SKIP_CART("order and pay in one step without the provider's cart"),
  DAILY_BILLING("bill by the day (period P1D)"),
  MULTIPLE_ITEMS("several items in one order"),
  QUANTITY("more than one of an item in one line"),
  NEW_ACCOUNT("create a new customer account while ordering"),
  ACT_FOR_CUSTOMER("act for one of the reseller's customers"),
  VALIDATE_ONLY("check a whole order at the provider without placing it (dry run)");

  private final String description;

  Capability(String description) {
    this.description = description;
  }

  /** Returns what this capability lets a broker do. */
  public String description() {
    return description;
  }
}
