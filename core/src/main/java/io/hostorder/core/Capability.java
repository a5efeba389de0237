package io.hostorder.core;

/** Something a provider instance may or may not be able to do. Asking for an absent one fails before any request. */
public enum Capability {
  /** Applies a promo code to an order ({@link Cart#applyPromoCode}). */
  PROMO_CODE("apply a promo code to an order"),
  /** Orders items related to a parent item, e.g. a control panel for a server. */
  RELATED_ITEMS("order items related to a parent item (e.g. a control panel for a server)"),
  /** Looks up one order's status ({@link OrderProvider#order}). */
  ORDER_STATUS("look up one order's status"),
  /** Lists the orders placed ({@link OrderProvider#orders}). */
  ORDER_LIST("list the orders placed"),
  /** Cancels a whole order. */
  CANCEL_ORDER("cancel a whole order"),
  /** Cancels one line of an order. */
  CANCEL_LINE("cancel one line of an order"),
  /** Finds an order again by the broker's reference ({@link OrderProvider#reconcile(String)}). */
  RECONCILE("find an order again by the broker's reference"),
  /** Pays from the account's balance at checkout. */
  PAY_FROM_BALANCE("pay from the account's balance at checkout"),
  /** Orders and pays in one step, without the provider's cart. */
  SKIP_CART("order and pay in one step without the provider's cart"),
  /** Bills by the day (period {@code P1D}). */
  DAILY_BILLING("bill by the day (period P1D)"),
  /** Takes several items in one order. */
  MULTIPLE_ITEMS("several items in one order"),
  /** Takes more than one of an item in one line. */
  QUANTITY("more than one of an item in one line"),
  /** Creates a new customer account while ordering. */
  NEW_ACCOUNT("create a new customer account while ordering"),
  /** Acts for one of the reseller's customers. */
  ACT_FOR_CUSTOMER("act for one of the reseller's customers"),
  /** Checks a whole order at the provider without placing it, a dry run ({@link Cart#validate()}). */
  VALIDATE_ONLY("check a whole order at the provider without placing it (dry run)");

  private final String description;

  Capability(String description) {
    this.description = description;
  }

  /**
   * Returns what this capability lets a broker do.
   *
   * @return the description, in a few words
   */
  public String description() {
    return description;
  }
}
