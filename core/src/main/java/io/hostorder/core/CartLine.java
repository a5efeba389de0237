package io.hostorder.core;

import io.hostorder.core.model.OrderItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line added to a cart: its id (the provider's cart line id where the cart lives at the provider,
 * e.g. BILLmanager's {@code lineitem.id}; a local id otherwise), the item, and every provider id
 * obtained for it (product and service URLs, …).
 */
public record CartLine(String id, OrderItem item, Map<String, String> providerIds) {
  /**
   * Checks the id and item are given and keeps a copy of the provider ids.
   *
   * @param id the line's id: the provider's cart line id, or a local one
   * @param item the item
   * @param providerIds the provider's ids for it, by name
   */
  public CartLine {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(item, "item == null");
    providerIds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(providerIds));
  }
}
