package io.hostorder.tck;

/**
 * What a provider's side answers instead of the real answer to a committing request it has already
 * processed (the order, line or payment it made stays): the faults a broker meets when a gateway, a proxy
 * or the network fails after the provider did its work. Armed with {@link
 * ProviderObserver#failAfterProcessing(String, AnswerFault)}; by the rule at the top of SPEC.md every one of
 * them leaves the caller with the order or an {@link io.hostorder.core.error.OutcomeUnknownException},
 * never a "nothing happened" error.
 *
 * <p>The TCK's own names, so that a harness need not expose its simulator's types; the built-in
 * simulators' {@code io.hostorder.simulator.AfterProcessing} has the same constants.
 */
public enum AnswerFault {
  /** HTTP 500 with a plain-text body. */
  HTTP_500,
  /** HTTP 502 with a plain-text body ("Bad Gateway"). */
  HTTP_502,
  /** HTTP 504 with a gateway's HTML error page, as nginx serves it. */
  HTML_504,
  /** HTTP 200 with an HTML login page (a session lost by a proxy, a panel that logged the user out). */
  HTML_LOGIN_PAGE,
  /** HTTP 200 with the real answer cut in the middle. */
  TRUNCATED,
  /** The real answer's headers, then the connection is cut in the middle of its body. */
  CUT_MID_BODY,
  /** HTTP 200 with plain text that is no document at all. */
  NON_DOCUMENT_TEXT,
  /** HTTP 200 with an empty body. */
  EMPTY_200,
  /** The connection is dropped before any answer. */
  DROP,
  /** The answer comes only after {@link ProviderObserver#lateAnswerDelay()}: past the caller's time-out. */
  LATE_ANSWER
}
