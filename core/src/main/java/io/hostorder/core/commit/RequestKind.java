package io.hostorder.core.commit;

/**
 * Whether a provider request only reads, or commits: creates, submits or pays something at the provider.
 * The kind decides how an answer that is not a plain success is classified (see {@link AnswerRule}).
 */
public enum RequestKind {
  /** Reads or changes nothing that costs money: a list, a status, a login, a dry-run validation. */
  READING,
  /** Creates, submits or pays: add to a cart that creates a line, confirm, pay, submit, {@code order_create}. */
  COMMITTING;

  /**
   * Returns {@link #COMMITTING} when {@code commits} is true, else {@link #READING}.
   *
   * @param commits whether the request may commit
   * @return the kind
   */
  public static RequestKind of(boolean commits) {
    return commits ? COMMITTING : READING;
  }
}
