package io.hostorder.core.error;

import java.util.Objects;

/** One thing wrong with an order or a configuration: the path of the field (e.g. {@code items[0].period}) and why. */
public record Violation(String path, String message, io.hostorder.core.Capability capability) {
  /**
   * Checks the path and message are given.
   *
   * @param path the field's path, e.g. {@code items[0].period}
   * @param message what is wrong with it
   * @param capability the capability the field asks for, or null
   */
  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  /**
   * A field that is wrong in itself.
   *
   * @param path the field's path, e.g. {@code items[0].period}
   * @param message what is wrong with it
   */
  public Violation(String path, String message) {
    this(path, message, null);
  }

  /**
   * A field that asks for a capability the provider lacks.
   *
   * @param path the field's path, e.g. {@code items[0].period}
   * @param message what is wrong with it
   * @param capability the capability the field asks for
   * @return the violation
   */
  public static Violation unsupported(String path, String message, io.hostorder.core.Capability capability) {
    return new Violation(path, message, Objects.requireNonNull(capability, "capability == null"));
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
