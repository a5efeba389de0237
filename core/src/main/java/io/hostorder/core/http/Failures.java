package io.hostorder.core.http;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * Turns an I/O failure of one request into the right typed error. A request that never left (no
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
   */
  public static HostorderException io(IOException e, boolean creates, String reference, String step,
      Map<String, String> providerIds) {
    if (e instanceof ProviderHttp.InsecureHttpException) {
      return new ProviderErrorException("insecure-http", e.getMessage(), providerIds, e);
    }
    boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
    String what = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    if (!creates || neverSent) {
      return new TransientException(step + " failed (" + what + "); safe to retry", e, providerIds);
    }
    return new OutcomeUnknownException(reference, step, providerIds, e);
  }
}
