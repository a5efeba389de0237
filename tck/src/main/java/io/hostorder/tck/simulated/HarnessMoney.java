package io.hostorder.tck.simulated;

import java.math.BigDecimal;

/**
 * The money a built-in harness's simulator starts with: enough for a campaign of a few hundred orders
 * (io.hostorder.tck.campaign), so that every order is paid and counted, not left waiting for payment
 * after the first few. Rule R3.6 still empties it through the observer.
 */
final class HarnessMoney {
  static final BigDecimal BALANCE = new BigDecimal("100000.00");

  private HarnessMoney() {}
}
