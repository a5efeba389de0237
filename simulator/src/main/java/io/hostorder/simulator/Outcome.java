package io.hostorder.simulator;

/**
 * What the server does with one request once the simulated API and the faults had their say: answer
 * (after an optional delay before the headers), say nothing, drop the connection, or cut the answer
 * in the middle of its body.
 */
record Outcome(Kind kind, SimulatedAnswer answer, long headersDelayMillis) {

  enum Kind {
    /** Writes {@link #answer}. */
    ANSWER,
    /** Writes nothing and keeps the connection open until the client or the server closes it. */
    SILENT,
    /** Closes the connection without writing anything. */
    DROP,
    /** Writes the headers of {@link #answer} promising its whole body, half the body, then closes; an empty body is whole. */
    CUT_MID_BODY
  }

  static Outcome answer(SimulatedAnswer answer) {
    return new Outcome(Kind.ANSWER, answer, 0);
  }

  static Outcome late(SimulatedAnswer answer, long headersDelayMillis) {
    return new Outcome(Kind.ANSWER, answer, headersDelayMillis);
  }

  static Outcome silent() {
    return new Outcome(Kind.SILENT, null, 0);
  }

  static Outcome drop() {
    return new Outcome(Kind.DROP, null, 0);
  }

  static Outcome cutMidBody(SimulatedAnswer answer) {
    return new Outcome(Kind.CUT_MID_BODY, answer, 0);
  }
}
