package io.hostorder.core.http;

import io.hostorder.core.error.HostorderException;

/**
 * Sends a provider instance's HTTP calls. Obtained from {@link io.hostorder.core.ProviderContext#http()}: it
 * shares the registry's connections, applies the instance's time-outs, sends {@code User-Agent:
 * hostorder/VERSION}, refuses plain HTTP to a host that is not loopback unless {@code allow-insecure-http} is
 * set, follows no redirect, and logs the wire with secrets masked on the logger {@code io.hostorder.wire} at
 * DEBUG. Safe for concurrent use.
 */
public interface HttpCaller {

  /**
   * Sends {@code call} once and returns its answer, whatever the status. Never sends it again by itself.
   *
   * @param call the call
   * @return the answer
   * @throws io.hostorder.core.error.TransientException when the call never left (connection refused, unknown
   *     host) or only reads and failed, or its answer could not be read in full while it only reads: safe to
   *     retry
   * @throws io.hostorder.core.error.OutcomeUnknownException when a committing call failed after it may have
   *     reached the provider (reset, time-out, an answer cut short or larger than
   *     {@link HttpAnswer#MAX_BODY_BYTES}): it may have taken effect; reconcile, do not send it again blindly
   * @throws io.hostorder.core.error.ProviderErrorException {@code insecure-http} when the call would leave in
   *     plain HTTP for a host that is not loopback (nothing was sent)
   */
  HttpAnswer send(HttpCall call) throws HostorderException;
}
