package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A billing period, written in ISO-8601 ({@code P1D}, {@code P1M}, … {@code P36M}). */
public enum BillingPeriod {
  /** One day. */
  P1D,
  /** One month. */
  P1M,
  /** Three months. */
  P3M,
  /** Six months. */
  P6M,
  /** Twelve months. */
  P12M,
  /** Twenty-four months. */
  P24M,
  /** Thirty-six months. */
  P36M;

  /**
   * Returns the ISO-8601 form, e.g. {@code "P1M"}.
   *
   * @return the period's ISO-8601 form
   */
  @JsonValue
  public String iso() {
    return name();
  }

  /**
   * Returns the number of whole months of this period, or 0 for {@link #P1D}.
   *
   * @return the months, 1 to 36, or 0
   */
  public int months() {
    return this == P1D ? 0 : Integer.parseInt(name().substring(1, name().length() - 1));
  }

  /**
   * Returns the period written as {@code iso}.
   *
   * @throws IllegalArgumentException naming the allowed values if {@code iso} is not one of them
   * @param iso the period in ISO-8601, any case, surrounding blanks ignored
   * @return the period
   */
  @JsonCreator
  public static BillingPeriod parse(String iso) {
    if (iso != null) {
      for (BillingPeriod p : values()) {
        if (p.name().equals(iso.trim().toUpperCase(java.util.Locale.ROOT))) {
          return p;
        }
      }
    }
    throw new IllegalArgumentException("'" + iso + "' is not a billing period; use one of " + allowed());
  }

  /**
   * Returns the allowed values, comma separated.
   *
   * @return the allowed values, e.g. {@code "P1D, P1M, …"}
   */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
