package io.hostorder.simulator.jsonrest;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one order held by the {@link JsonActionSimulator}. A value; later changes to the
 * simulator do not show here.
 *
 * @param orderId the order id ({@code order_id})
 * @param reference the order's {@code reference}, or null when none was sent
 * @param status the status code the API reports for the order (200 being processed, 402 awaiting
 *     payment, 410 cancelled, the active code once every item is active, or what {@link
 *     JsonActionSimulator#setOrderStatus} set)
 * @param message the message the API reports for the order
 * @param items the order's items in request order
 * @param invoice the invoice created because credit was short, or null
 */
public record JsonOrder(long orderId, String reference, int status, String message,
    List<Item> items, Invoice invoice) {

  public JsonOrder {
    Objects.requireNonNull(message, "message == null");
    items = List.copyOf(items);
  }

  /** Returns the invoice, or empty when the order was paid from credit. */
  public Optional<Invoice> invoiceIfAny() {
    return Optional.ofNullable(invoice);
  }

  /** Returns the item {@code itemId}, or empty. */
  public Optional<Item> item(long itemId) {
    return items.stream().filter(i -> i.id() == itemId).findFirst();
  }

  /**
   * An item (a server) of the order.
   *
   * @param id the item id ({@code order_items[].id}, {@code order_item_id})
   * @param name the item's {@code name} as sent (reported as {@code reference} by order_status)
   * @param product the product name, e.g. {@code VPS} (reported as {@code name} by order_status)
   * @param options the item's {@code product.options} as sent, JSON values as Java maps and lists
   * @param status the item's status code
   * @param message the item's message
   * @param cancelled true once cancelled (not renewed; ends after the paid period)
   * @param price the monthly price the simulator charged for it
   * @param active true once its server is set up and running (after the activation delay)
   * @param ipAddresses the server's addresses as server_list shows them: empty until active
   */
  public record Item(long id, String name, String product, Map<String, Object> options,
      int status, String message, boolean cancelled, BigDecimal price, boolean active,
      List<String> ipAddresses) {
    public Item {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
      ipAddresses = List.copyOf(ipAddresses);
    }
  }

  /**
   * An invoice created when the credit was short.
   *
   * @param id the invoice id
   * @param orderId the order it bills
   * @param amount the amount due
   * @param currency the currency, e.g. {@code EUR}
   * @param paid true once paid through {@link JsonActionSimulator#payInvoice}
   */
  public record Invoice(long id, long orderId, BigDecimal amount, String currency, boolean paid) {}
}
