package io.hostorder.cli.testshop;

/** What the command's tests may look at in a test shop store. */
public final class TestShops {
  private TestShops() {}

  /** Returns how many calls the store {@code name} has received. */
  public static int requests(String name) {
    return TestShop.requests(name);
  }

  /** Returns how many orders the store {@code name} holds. */
  public static int orders(String name) {
    return TestShop.Store.named(name).orders.size();
  }
}
