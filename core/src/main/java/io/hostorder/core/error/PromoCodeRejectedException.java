package io.hostorder.core.error;

import java.util.Map;

/**
 * The provider rejected the promo code. Nothing was paid: the order did not go on at full price. The
 * cart lines already added at the provider are in {@link #details()} so the broker can decide.
 */
public final class PromoCodeRejectedException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The promo code rejected. */
  private final String promoCode;

  /**
   * Creates the error.
   *
   * @param promoCode the code rejected
   * @param message the provider's reason, secret-free
   * @param details the cart lines already added and other ids; never a secret
   */
  public PromoCodeRejectedException(String promoCode, String message, Map<String, String> details) {
    super("promo code '" + promoCode + "' rejected: " + message + "; nothing was paid", null, details);
    this.promoCode = promoCode;
  }

  /**
   * Returns the promo code the provider rejected.
   *
   * @return the code
   */
  public String promoCode() {
    return promoCode;
  }

  @Override
  public String kind() {
    return "promo-code-rejected";
  }
}
