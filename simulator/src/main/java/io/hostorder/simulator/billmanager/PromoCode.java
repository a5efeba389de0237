package io.hostorder.simulator.billmanager;

import java.util.Objects;
import java.util.Set;

/**
 * A promo code the simulator accepts with {@code func=cart&clicked_button=apply_promocode}.
 *
 * @param code the code, matched exactly
 * @param percent the discount in percent, 0 to 100
 * @param pricelists the tariffs it applies to; empty means every tariff
 */
public record PromoCode(String code, int percent, Set<String> pricelists) {

  public PromoCode {
    Objects.requireNonNull(code, "code == null");
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be 0..100: " + percent);
    }
    pricelists = Set.copyOf(pricelists);
  }

  /** Returns true when this code gives a discount on tariff {@code pricelist}. */
  public boolean appliesTo(String pricelist) {
    return pricelists.isEmpty() || pricelists.contains(pricelist);
  }
}
