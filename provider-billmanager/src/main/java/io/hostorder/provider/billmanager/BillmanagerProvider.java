package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One account at a host running BILLmanager: carts on BILLmanager's new-order cart, status and list
 * from the product type's list function, and reconcile by {@code remoteid} where it is sent.
 * Thread-safe; each cart is used by one thread at a time.
 */
final class BillmanagerProvider implements OrderProvider {
  private final ItemForm form;
  private final Settings settings;
  private final Capabilities capabilities;
  private final Transport transport;
  private final Services services;

  BillmanagerProvider(ItemForm form, Settings settings, Capabilities capabilities, Transport transport) {
    this.form = form;
    this.settings = settings;
    this.capabilities = capabilities;
    this.transport = transport;
    this.services = new Services(transport, form, form.itemType(null, settings.itemType()));
  }

  @Override
  public String type() {
    return form.type();
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    Objects.requireNonNull(order, "order == null");
    List<Violation> out = new ArrayList<>(OrderValidator.validate(order, capabilities));
    for (int i = 0; i < order.items().size(); i++) {
      form.validate(order.items().get(i), "items[" + i + "]", out);
    }
    return out;
  }

  /** Returns every problem of {@code item} as the item at {@code path}, portable and provider rules together. */
  List<Violation> validateItem(OrderItem item, String path) {
    List<Violation> out = new ArrayList<>();
    OrderValidator.portableItem(item, path, out);
    OrderValidator.itemForCapabilities(item, path, capabilities, out);
    form.validate(item, path, out);
    return out;
  }

  @Override
  public Cart newCart(String reference) {
    Objects.requireNonNull(reference, "reference == null");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference is blank");
    }
    return new BillmanagerCart(this, reference);
  }

  @Override
  public Optional<Order> reconcile(String reference) {
    capabilities.require(type(), Capability.RECONCILE);
    Objects.requireNonNull(reference, "reference == null");
    return findByRemoteid(services.defaultType(), reference, null);
  }

  /** Returns the order whose services carry {@code remoteid} in the list of {@code itemType}, or empty. */
  Optional<Order> findByRemoteid(String itemType, String remoteid, String promoCode) {
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode row : services.list(itemType, new Step("reconcile", false, remoteid, null, Map.of()))) {
      if (remoteid.equals(Doc.field(row, "remoteid"))) {
        rows.add(row);
      }
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(services.order(type(), itemType, rows, promoCode));
  }

  /** Returns the newest service of {@code itemType} whose server name is {@code name}, or empty. */
  Optional<Order> findNewestByName(String itemType, String name, String promoCode) {
    JsonNode newest = null;
    long newestId = Long.MIN_VALUE;
    for (JsonNode row : services.list(itemType, Step.reading("find by name"))) {
      String id = Doc.field(row, "id");
      if (name.equals(Services.name(row)) && id != null && id.matches("\\d{1,18}") && Long.parseLong(id) > newestId) {
        newest = row;
        newestId = Long.parseLong(id);
      }
    }
    return newest == null ? Optional.empty() : Optional.of(services.order(type(), itemType, List.of(newest), promoCode));
  }

  @Override
  public Order order(OrderRef ref) {
    capabilities.require(type(), Capability.ORDER_STATUS);
    Objects.requireNonNull(ref, "ref == null");
    String[] typeAndId = services.parse(ref);
    for (JsonNode row : services.list(typeAndId[0], Step.reading("order status"))) {
      if (typeAndId[1].equals(Doc.field(row, "id"))) {
        return services.order(type(), typeAndId[0], List.of(row), null);
      }
    }
    throw new NotFoundException("no " + typeAndId[0] + " service with id " + typeAndId[1] + " at this account");
  }

  @Override
  public List<Order> orders() {
    capabilities.require(type(), Capability.ORDER_LIST);
    Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
    for (JsonNode row : services.list(services.defaultType(), Step.reading("order list"))) {
      byId.computeIfAbsent(Doc.field(row, "id"), k -> new ArrayList<>()).add(row);
    }
    List<Order> out = new ArrayList<>();
    byId.values().forEach(rows -> out.add(services.order(type(), services.defaultType(), rows, null)));
    return out;
  }

  ItemForm form() {
    return form;
  }

  Settings settings() {
    return settings;
  }

  Transport transport() {
    return transport;
  }

  @Override
  public String toString() {
    return "BillmanagerProvider{" + form.type() + ", " + settings + "}";
  }
}
