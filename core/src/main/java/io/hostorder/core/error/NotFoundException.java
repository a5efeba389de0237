package io.hostorder.core.error;

/** The provider has no such order, line or resource. */
public final class NotFoundException extends HostorderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what was not found, secret-free
   */
  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "not-found";
  }
}
