package io.hostorder.simulator;

/**
 * What a simulator answers instead of the real answer to a request it has already processed (its effects
 * stay): the faults a broker meets when a gateway, a proxy or the network fails after the provider did its
 * work. Aimed at one operation with {@link Faults#afterProcessing(String, AfterProcessing)}.
 */
public enum AfterProcessing {
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
  /** The answer comes only after {@link Faults#lateAnswerDelay()}: past a client's read time-out. */
  LATE_ANSWER
}
