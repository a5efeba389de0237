package io.hostorder.cli;

/** The command could not do its job for a reason it explains in full (exit status 1, no stack trace). */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailedException(String message) {
    super(message);
  }
}
