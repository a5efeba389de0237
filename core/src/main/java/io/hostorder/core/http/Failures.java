package io.hostorder.core.http;

import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.commit.RequestKind;
import io.hostorder.core.error.HostorderException;
import java.io.IOException;
import java.util.Map;

/**
 * Turns an I/O failure of one request into the right typed error, by {@link AnswerRule#io}. A request that never left (no
 * connection) is always safe to retry; one that left and got no answer is safe to retry only when the
 * step creates nothing, and is an outcome-unknown otherwise.
 */
public final class Failures {
  private Failures() {}

  /**
   * Returns the typed error for {@code e}.
   *
   * @param creates whether the step creates something at the provider (add, confirm, submit, create)
   * @param reference the broker's order reference
   * @param step what was being done, e.g. {@code "checkout"}
   * @param providerIds every provider id obtained so far for this order
   * @param e the failure
   * @return a {@link io.hostorder.core.error.TransientException} or an
   *     {@link io.hostorder.core.error.OutcomeUnknownException}, as {@link AnswerRule#io} decides
   */
  public static HostorderException io(IOException e, boolean creates, String reference, String step,
      Map<String, String> providerIds) {
    return AnswerRule.io(e, new AnswerRule.Request(RequestKind.of(creates), reference, step, providerIds));
  }
}
