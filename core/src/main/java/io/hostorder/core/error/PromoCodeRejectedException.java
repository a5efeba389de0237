package io.hostorder.core.error;

import java.util.Map;

/**
 * The provider rejected the promo code. Nothing was paid: the order did not go on at full price. The
 * cart lines already added at the provider are in {@link #details()} so the broker can decide.
 */
public final class PromoCodeRejectedException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final String promoCode;

  public PromoCodeRejectedException(String promoCode, String message, Map<String, String> details) {
    super("promo code '" + promoCode + "' rejected: " + message + "; nothing was paid", null, details);
    this.promoCode = promoCode;
  }

  public String promoCode() {
    return promoCode;
  }

  @Override
  public String kind() {
    return "promo-code-rejected";
  }
}
