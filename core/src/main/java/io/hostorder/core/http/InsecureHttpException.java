package io.hostorder.core.http;

import java.io.IOException;

/**
 * Thrown, as an I/O failure, when a request would leave in plain HTTP for a host that is not loopback and
 * {@code allow-insecure-http} is not set. It is raised before anything is sent, so nothing reached the
 * provider; {@link io.hostorder.core.commit.AnswerRule#io} turns it into a provider error
 * {@code insecure-http} (a configuration to fix, not a failure to retry).
 */
public final class InsecureHttpException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message names the host refused and how to allow it; holds no secret
   */
  public InsecureHttpException(String message) {
    super(message);
  }
}
