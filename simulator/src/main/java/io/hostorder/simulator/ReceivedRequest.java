package io.hostorder.simulator;

import java.util.Objects;

/**
 * A request as a simulator received it, kept for tests and harnesses: method, path with query, headers
 * and body text. A value; safe for concurrent use.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the request target as sent, path and query, e.g. {@code /orders/0001/account}
 * @param headers the request headers
 * @param body the body decoded as UTF-8, empty when there is none
 */
public record ReceivedRequest(String method, String path, SimulatedHeaders headers, String body) {

  /** Checks that no component is null. */
  public ReceivedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(body, "body == null");
  }

  /** Returns the value of header {@code name}, or null when it was not sent. */
  public String header(String name) {
    return headers.get(name);
  }

  /** Returns a short description without headers or body, which may hold secrets. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
