package io.hostorder.provider.billmanager;

import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.commit.RequestKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one request does, for its errors: the step's name ({@code add}, {@code promo-code},
 * {@code checkout}, {@code list}, {@code login}), whether it commits (creates a cart line, changes the cart
 * or pays at the provider; then an answer that is not a recognised success or a documented refusal is an
 * outcome unknown, and the request is never sent again), the broker's reference, the promo code it
 * applies, and the provider ids obtained so far.
 */
record Step(String name, boolean creates, String reference, String promoCode, Map<String, String> ids) {
  Step {
    ids = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ids));
  }

  static Step reading(String name) {
    return new Step(name, false, null, null, Map.of());
  }

  /** Returns the request as {@link AnswerRule} sees it. */
  AnswerRule.Request request() {
    return new AnswerRule.Request(RequestKind.of(creates), reference, name, ids);
  }
}
