package io.hostorder.core.error;

/** The provider refused the credentials (or wants a second factor, or a session expired and could not be renewed). */
public final class AuthenticationException extends HostorderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what was refused, secret-free
   */
  public AuthenticationException(String message) {
    super(message);
  }

  /**
   * Creates the error with its cause.
   *
   * @param message what was refused, secret-free
   * @param cause the underlying failure
   */
  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "authentication";
  }
}
