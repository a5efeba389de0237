package io.hostorder.cli;

/** The command was used wrongly (a missing file, an option that does not fit); exit status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
