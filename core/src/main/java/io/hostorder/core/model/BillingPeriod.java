package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A billing period, written in ISO-8601 ({@code P1D}, {@code P1M}, … {@code P36M}). */
public enum BillingPeriod {
  P1D, P1M, P3M, P6M, P12M, P24M, P36M;

  /** Returns the ISO-8601 form, e.g. {@code "P1M"}. */
  @JsonValue
  public String iso() {
    return name();
  }

  /** Returns the number of whole months of this period, or 0 for {@link #P1D}. */
  public int months() {
    return this == P1D ? 0 : Integer.parseInt(name().substring(1, name().length() - 1));
  }

  /**
   * Returns the period written as {@code iso}.
   *
   * @throws IllegalArgumentException naming the allowed values if {@code iso} is not one of them
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

  /** Returns the allowed values, comma separated. */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
