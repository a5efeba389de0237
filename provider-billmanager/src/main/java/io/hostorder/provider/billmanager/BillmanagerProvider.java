package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
  private final PendingOutcomes pending = new PendingOutcomes();

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
      trackable(order.items().get(i), "items[" + i + "]", out);
    }
    return out;
  }

  /** Returns every problem of {@code item} as the item at {@code path}, portable and provider rules together. */
  List<Violation> validateItem(OrderItem item, String path) {
    List<Violation> out = new ArrayList<>();
    OrderValidator.portableItem(item, path, out);
    OrderValidator.itemForCapabilities(item, path, capabilities, out);
    form.validate(item, path, out);
    trackable(item, path, out);
    return out;
  }

  /**
   * Without {@code remoteid}, a host whose list shows the server name (Zomro) finds the order's services
   * by it: an item without one could not be told from another order's, so it is refused before sending.
   */
  private void trackable(OrderItem item, String path, List<Violation> out) {
    if (!settings.sendRemoteid() && form.tracksByName() && (item.name() == null || item.name().isBlank())) {
      out.add(new Violation(path + ".name", "required while send-remoteid is false: the order's servers are found "
          + "again by their server name"));
    }
  }

  @Override
  public Cart newCart(String reference) {
    return newCart(reference, OrderTrail.NONE);
  }

  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    Objects.requireNonNull(reference, "reference == null");
    Objects.requireNonNull(trail, "trail == null");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference is blank");
    }
    return new BillmanagerCart(this, reference, new CommitGuard(reference, trail, pending));
  }

  /** The cart reports every committing request (add, promo code, confirm) and the ids it learns to its trail. */
  @Override
  public boolean reportsTrail() {
    return true;
  }

  /**
   * Returns the order whose services carry {@code reference} as {@code remoteid}, or empty when a look at
   * the whole list (its filter reset first) found none.
   *
   * @throws ProviderErrorException {@code list-incomplete} when the list could not be read whole, or when
   *     it shows services but no {@code remoteid} at all (then "none" would only mean "not shown")
   */
  @Override
  public Optional<Order> reconcile(String reference) {
    capabilities.require(type(), Capability.RECONCILE);
    Objects.requireNonNull(reference, "reference == null");
    return reconcile(reference, services.list(services.defaultType(), new Step("reconcile", false, reference, null, Map.of())));
  }

  /**
   * Places {@code order} as {@link OrderProvider#place(OrderRequest, OrderTrail)} does; the list read to
   * reconcile first also gives the cart the services that existed before it orders, so that its checkout
   * finds the new ones even where the list does not show {@code remoteid}.
   */
  @Override
  public Order place(OrderRequest order, OrderTrail trail) {
    OrderValidator.throwIfAny(type(), validate(order));
    Set<String> before = null;
    if (capabilities.idempotency() != Idempotency.NONE) {
      List<JsonNode> all = services.list(services.defaultType(),
          new Step("reconcile", false, order.reference(), null, Map.of()));
      Optional<Order> existing = reconcile(order.reference(), all);
      if (existing.isPresent()) {
        return existing.get();
      }
      before = new HashSet<>();
      for (JsonNode row : all) {
        before.add(Doc.field(row, "id"));
      }
    }
    BillmanagerCart cart = (BillmanagerCart) newCart(order.reference(), trail);
    if (before != null && order.items().stream().allMatch(i -> form.itemType(i, settings.itemType())
        .equals(services.defaultType()))) {
      cart.servicesBefore(before);
    }
    for (OrderItem item : order.items()) {
      cart.add(item);
    }
    if (order.promoCode() != null) {
      cart.applyPromoCode(order.promoCode());
    }
    return cart.checkout();
  }

  private Optional<Order> reconcile(String reference, List<JsonNode> all) {
    String itemType = services.defaultType();
    List<JsonNode> rows = new ArrayList<>();
    boolean shown = false;
    for (JsonNode row : all) {
      String remoteid = Doc.field(row, "remoteid");
      shown |= remoteid != null;
      if (reference.equals(remoteid)) {
        rows.add(row);
      }
    }
    if (rows.isEmpty() && !all.isEmpty() && !shown) {
      throw new ProviderErrorException(Services.LIST_INCOMPLETE, "the list " + form.listFunction(itemType) + " shows "
          + all.size() + " services but no remoteid column, so reconcile cannot tell whether one is the order '"
          + reference + "'", Map.of("reference", reference), null);
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    pending.resolved(reference);
    return Optional.of(services.order(type(), itemType, rows, null));
  }

  /** Returns the ids of every service of {@code itemType} listed now (the whole list, its filter reset). */
  Set<String> serviceIds(String itemType, Step step) {
    Set<String> ids = new HashSet<>();
    for (JsonNode row : services.list(itemType, step)) {
      ids.add(Doc.field(row, "id"));
    }
    return ids;
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

  Services services() {
    return services;
  }

  @Override
  public String toString() {
    return "BillmanagerProvider{" + form.type() + ", " + settings + "}";
  }
}
