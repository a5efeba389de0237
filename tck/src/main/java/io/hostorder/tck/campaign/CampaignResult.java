package io.hostorder.tck.campaign;

import java.util.List;
import java.util.Objects;

/**
 * What one campaign counted: the orders it asked for, how many of them had a fault armed, the
 * references the provider holds more than one order for ({@code duplicates}), the references the provider
 * holds an order for although the broker believes it was not placed ({@code lost}), the references the
 * broker holds as outcome unknown ({@code unknownPending}), the references the broker believes placed for
 * which the provider holds no order ({@code phantoms}), and one line per incident (each duplicate, lost
 * order, phantom and untyped error), naming the order's number, step and fault. Immutable.
 */
public record CampaignResult(String provider, long seed, int orders, int faults, int duplicates, int lost,
    int unknownPending, int phantoms, List<String> incidents) {

  public CampaignResult {
    Objects.requireNonNull(provider, "provider == null");
    incidents = List.copyOf(incidents);
  }

  /**
   * Returns the line a campaign prints: {@code zomro: orders 300, faults 212, duplicates 0, lost 0, unknown-pending
   * 9 (seed 7)}, with {@code phantoms N} before the seed when there are any.
   */
  public String line() {
    return provider + ": orders " + orders + ", faults " + faults + ", duplicates " + duplicates + ", lost " + lost
        + ", unknown-pending " + unknownPending + (phantoms > 0 ? ", phantoms " + phantoms : "") + " (seed " + seed + ")";
  }

  @Override
  public String toString() {
    return line();
  }
}
