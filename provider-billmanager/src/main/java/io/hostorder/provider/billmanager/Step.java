package io.hostorder.provider.billmanager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one request does, for its errors: the step's name ({@code add}, {@code promo-code},
 * {@code checkout}, {@code list}, {@code login}), whether it creates or pays something at the provider
 * (then a lost answer is an outcome-unknown), the broker's reference, the promo code it applies, and the
 * provider ids obtained so far.
 */
record Step(String name, boolean creates, String reference, String promoCode, Map<String, String> ids) {
  Step {
    ids = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ids));
  }

  static Step reading(String name) {
    return new Step(name, false, null, null, Map.of());
  }
}
