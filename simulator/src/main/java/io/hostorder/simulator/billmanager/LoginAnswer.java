package io.hostorder.simulator.billmanager;

/** What the simulator answers to a request that is not authenticated (no, wrong or expired credentials). */
public enum LoginAnswer {
  /** An error document: {@code auth}/{@code badpassword} for a wrong password, the configured expiry type otherwise. */
  ERROR,
  /** An HTML login page ({@code text/html}), whatever {@code out} asked for. */
  HTML_PAGE,
  /** A document whose function is {@code logon} (XML {@code <doc func="logon">}, JSON {@code "$func": "logon"}). */
  LOGON_DOC
}
