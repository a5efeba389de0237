package io.hostorder.core.error;

/** The provider refused the credentials (or wants a second factor, or a session expired and could not be renewed). */
public final class AuthenticationException extends HostorderException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "authentication";
  }
}
