package io.hostorder.core.error;

/**
 * The order journal could not be read or written (the file or database is unreachable, locked for too
 * long, or not a journal). When it is thrown before a committing request, that request was not sent.
 */
public final class JournalException extends HostorderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what could not be read or written, without a password
   * @param cause the storage's failure
   */
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "journal";
  }
}
