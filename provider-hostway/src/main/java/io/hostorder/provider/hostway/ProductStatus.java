package io.hostorder.provider.hostway;

import io.hostorder.core.model.OrderStatus;
import java.util.Collection;
import java.util.Locale;

/**
 * The portable status of a Hostway product's status word. The words are the Hostway API wiki's: new, pending,
 * open, suspended, close_pending, closed, purge_pending. Stateless.
 */
final class ProductStatus {
  private ProductStatus() {}

  /**
   * {@code new} and {@code pending} are PROCESSING (ordered, not yet provisioned), {@code open} is ACTIVE,
   * {@code close_pending}, {@code closed} and {@code purge_pending} are CANCELLED; {@code suspended} (which may
   * come back) and any other word are UNKNOWN, the word kept as the provider's status.
   */
  static OrderStatus map(String word) {
    return switch (word == null ? "" : word.trim().toLowerCase(Locale.ROOT)) {
      case "new", "pending" -> OrderStatus.PROCESSING;
      case "open" -> OrderStatus.ACTIVE;
      case "close_pending", "closed", "purge_pending" -> OrderStatus.CANCELLED;
      default -> OrderStatus.UNKNOWN;
    };
  }

  /**
   * The status of an order from its products': PROCESSING while any is, ACTIVE when all are, CANCELLED when all
   * are, else UNKNOWN (a suspended product, or a mix of open and closed).
   */
  static OrderStatus of(Collection<OrderStatus> products) {
    if (products.contains(OrderStatus.PROCESSING)) return OrderStatus.PROCESSING;
    if (!products.isEmpty() && products.stream().allMatch(s -> s == OrderStatus.ACTIVE)) return OrderStatus.ACTIVE;
    if (!products.isEmpty() && products.stream().allMatch(s -> s == OrderStatus.CANCELLED)) return OrderStatus.CANCELLED;
    return OrderStatus.UNKNOWN;
  }
}
