package io.hostorder.provider.hostway;

import java.util.Objects;

/**
 * The {@code OwnerId} cookie of one Hostway order. It grants access to that order, so it is a secret:
 * {@link #toString()} masks it, and only {@link #value()} gives it (to store it where the broker keeps
 * credentials, and to resume or look up the order later). Immutable.
 */
public final class OwnerId {
  private final String value;

  private OwnerId(String value) {
    this.value = value;
  }

  /** Returns the owner id {@code value}, as the API set it in the {@code OwnerId} cookie. */
  public static OwnerId of(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank() || !value.matches("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]+")) {
      throw new IllegalArgumentException("value is not a cookie value");
    }
    return new OwnerId(value);
  }

  /** Returns the cookie value. Treat it as a credential: never log or print it. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnerId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "OwnerId{****}";
  }
}
