package io.hostorder.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The answer a {@link SimulatedApi} gives to one request: status, headers and body. An immutable value;
 * safe for concurrent use. The server writes {@code Content-Length} itself (from the body), so a
 * {@code Content-Length} or {@code Transfer-Encoding} set here is ignored.
 */
public final class SimulatedAnswer {
  private final int status;
  private final SimulatedHeaders headers;
  private final byte[] body;

  private SimulatedAnswer(int status, SimulatedHeaders headers, byte[] body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be 100..999: " + status);
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = Objects.requireNonNull(body, "body == null");
  }

  /** Returns an answer with HTTP {@code status}, no header and an empty body. */
  public static SimulatedAnswer status(int status) {
    return new SimulatedAnswer(status, SimulatedHeaders.empty(), new byte[0]);
  }

  /** Returns an answer with HTTP {@code status}, {@code Content-Type: contentType} and {@code body} (copied). */
  public static SimulatedAnswer of(int status, String contentType, byte[] body) {
    Objects.requireNonNull(body, "body == null");
    return new SimulatedAnswer(status, SimulatedHeaders.of("Content-Type", contentType), body.clone());
  }

  /** Returns an answer with HTTP {@code status}, {@code Content-Type: contentType} and {@code body} in UTF-8. */
  public static SimulatedAnswer of(int status, String contentType, String body) {
    Objects.requireNonNull(body, "body == null");
    return new SimulatedAnswer(status, SimulatedHeaders.of("Content-Type", contentType),
        body.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns an answer with {@code application/json; charset=UTF-8} and {@code json}. */
  public static SimulatedAnswer json(int status, String json) {
    return of(status, "application/json; charset=UTF-8", json);
  }

  /** Returns an answer with {@code text/plain; charset=UTF-8} and {@code text}. */
  public static SimulatedAnswer text(int status, String text) {
    return of(status, "text/plain; charset=UTF-8", text);
  }

  /** Returns an answer with {@code text/html; charset=UTF-8} and {@code html}. */
  public static SimulatedAnswer html(int status, String html) {
    return of(status, "text/html; charset=UTF-8", html);
  }

  /** Returns an answer with {@code text/xml; charset=UTF-8} and {@code xml}. */
  public static SimulatedAnswer xml(int status, String xml) {
    return of(status, "text/xml; charset=UTF-8", xml);
  }

  /** Returns the HTTP status, e.g. 200. */
  public int status() {
    return status;
  }

  /** Returns the headers, without {@code Content-Length}, which the server adds. */
  public SimulatedHeaders headers() {
    return headers;
  }

  /** Returns the last value of header {@code name} (ignoring case), or null when it is not set. */
  public String header(String name) {
    return headers.get(name);
  }

  /** Returns a copy of the body; empty when there is none. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body's length in bytes. */
  public int bodySize() {
    return body.length;
  }

  /** Returns the body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns this answer with HTTP {@code status} instead. */
  public SimulatedAnswer withStatus(int status) {
    return new SimulatedAnswer(status, headers, body);
  }

  /** Returns this answer with header {@code name} set to {@code value}, replacing any value it had. */
  public SimulatedAnswer withHeader(String name, String value) {
    return new SimulatedAnswer(status, headers.with(name, value), body);
  }

  /** Returns this answer with {@code name: value} added, keeping the values {@code name} already had. */
  public SimulatedAnswer addHeader(String name, String value) {
    return new SimulatedAnswer(status, headers.plus(name, value), body);
  }

  /** Returns this answer with {@code body} (copied) instead, the headers unchanged. */
  public SimulatedAnswer withBody(byte[] body) {
    return new SimulatedAnswer(status, headers, Objects.requireNonNull(body, "body == null").clone());
  }

  /** Returns this answer with {@code body} in UTF-8 instead, the headers unchanged. */
  public SimulatedAnswer withBody(String body) {
    return new SimulatedAnswer(status, headers,
        Objects.requireNonNull(body, "body == null").getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the status and the body's size; the body itself may hold secrets. */
  @Override
  public String toString() {
    return "HTTP " + status + " (" + body.length + " bytes)";
  }

  /** Returns the body without copying, for the server. */
  byte[] bodyBytes() {
    return body;
  }
}
