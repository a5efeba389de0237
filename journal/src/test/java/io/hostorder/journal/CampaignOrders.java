package io.hostorder.journal;

import io.hostorder.core.model.OrderRequest;

/** The order each campaign target places for a reference (the child JVM and the campaign agree on it). */
final class CampaignOrders {
  private CampaignOrders() {}

  static OrderRequest order(String type, String reference) {
    return switch (type) {
      case "jsonrest" -> Orders.vps(reference, "srv-" + reference);
      case "memory" -> Orders.memory(reference, "small");
      default -> throw new IllegalArgumentException("no campaign order for provider type " + type);
    };
  }
}
