package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
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
 * from the product type's list function, and reconcile by the key every order carries ({@code domain} /
 * {@code servername}, see {@link ServiceKey}), by {@code remoteid} only where the list shows it.
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
    this.services = new Services(transport, form, form.itemType(null, settings.itemType()), settings.listFunction());
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
   * Returns the order placed with {@code reference}: the services whose key ({@code domain} /
   * {@code servername}) is the one derived from the reference (see {@link ServiceKey}), or whose
   * {@code remoteid} is the reference where the list shows that column; empty when a look at the whole
   * list (its filter reset first) found none. An order placed under the broker's own item name is found
   * only with the ids a journal recorded ({@link #reconcile(String, Map)}).
   *
   * @throws ProviderErrorException {@code list-incomplete} when the list could not be read whole
   */
  @Override
  public Optional<Order> reconcile(String reference) {
    return reconcile(reference, Map.of());
  }

  /**
   * Returns the order placed with {@code reference}, looking with the ids a journal recorded, in this
   * order: the service ids recorded once the order was tracked ({@code orderId}, {@code service.ids}); the
   * {@code remoteid} where the list shows it; the key sent with the order (recorded under {@code domain} /
   * {@code servername}, else the one derived from the reference). A key that is the broker's own name is not
   * unique to one order: services that carry it are never adopted, but listed for an operator.
   *
   * @throws ProviderErrorException {@code list-incomplete} when the list could not be read whole;
   *     {@code needs-operator} when services carry the broker's name and none can be told to be this order's;
   *     {@code not-listed} when a recorded service id is not in the list
   */
  @Override
  public Optional<Order> reconcile(String reference, Map<String, String> knownIds) {
    capabilities.require(type(), Capability.RECONCILE);
    Objects.requireNonNull(reference, "reference == null");
    Objects.requireNonNull(knownIds, "knownIds == null");
    String itemType = knownIds.getOrDefault("item-type", services.defaultType());
    List<JsonNode> all = services.list(itemType, new Step("reconcile", false, reference, null, Map.of()));
    Set<String> recorded = new java.util.LinkedHashSet<>();
    String keyFromRef = null;
    for (String key : new String[] {"orderId", "service.ids"}) {
      String v = knownIds.get(key);
      if (v != null && v.contains("=")) {
        // An order known by its key (checkout answered, no list read): the key is the one to look by.
        keyFromRef = services.keyOf(services.parse(OrderRef.of(v.trim()))[1]);
        continue;
      }
      if (v != null) {
        for (String id : v.split(",")) {
          String plain = id.trim();
          int colon = plain.indexOf(':');
          recorded.add(colon < 0 ? plain : plain.substring(colon + 1));
        }
      }
    }
    recorded.remove("");
    if (!recorded.isEmpty()) {
      List<JsonNode> rows = all.stream().filter(r -> recorded.contains(Doc.field(r, "id"))).toList();
      if (rows.size() < recorded.size()) {
        throw new ProviderErrorException("not-listed", "the journal recorded service(s) " + String.join(", ", recorded)
            + " for order '" + reference + "', but the list " + services.listFunction(itemType) + " shows "
            + rows.size() + " of them; look them up in the panel", Map.of("reference", reference), null);
      }
      return found(reference, itemType, rows);
    }
    String key = keyFromRef != null ? keyFromRef : knownIds.get(services.keyField());
    if (key == null) {
      key = ServiceKey.of(reference);
    }
    Match match = match(reference, key, all);
    if (!match.rows().isEmpty()) {
      return found(reference, itemType, key, match.rows());
    }
    if (!match.candidates().isEmpty()) {
      throw needsOperator(reference, key, itemType, match.candidates());
    }
    return Optional.empty();
  }

  /** What a list says of one order: its services, or the services carrying the broker's (shared) name. */
  private record Match(List<JsonNode> rows, List<JsonNode> candidates) {}

  /**
   * Matches the rows of order {@code reference} sent with {@code key}: by {@code remoteid} where the list
   * shows it, by the key when it is the one derived from the reference; rows carrying a broker's own key
   * are candidates only.
   */
  private Match match(String reference, String key, List<JsonNode> all) {
    boolean remoteidShown = all.stream().anyMatch(r -> Doc.field(r, "remoteid") != null);
    if (remoteidShown && settings.sendRemoteid()) {
      List<JsonNode> rows = all.stream().filter(r -> reference.equals(Doc.field(r, "remoteid"))).toList();
      if (!rows.isEmpty()) {
        return new Match(rows, List.of());
      }
    }
    List<JsonNode> withKey = all.stream().filter(r -> key.equals(services.key(r))).toList();
    return ServiceKey.derived(key, reference) ? new Match(withKey, List.of()) : new Match(List.of(), withKey);
  }

  private Optional<Order> found(String reference, String itemType, List<JsonNode> rows) {
    pending.resolved(reference);
    return Optional.of(services.order(type(), itemType, rows, null, reference));
  }

  /** An order found by the key derived from its reference keeps the ref its checkout gave ({@code domain=…}). */
  private Optional<Order> found(String reference, String itemType, String key, List<JsonNode> rows) {
    return found(reference, itemType, rows).map(o -> services.knownByKey(o, itemType, key, reference));
  }

  private ProviderErrorException needsOperator(String reference, String key, String itemType, List<JsonNode> candidates) {
    StringBuilder list = new StringBuilder();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reference", reference);
    details.put(services.keyField(), key);
    for (JsonNode row : candidates) {
      String id = Doc.field(row, "id");
      list.append(list.length() == 0 ? "" : "; ").append(id).append(" (").append(Services.providerStatus(row));
      for (String column : new String[] {"pricelist", "createdate"}) {
        String v = Doc.field(row, column);
        if (v != null) {
          list.append(", ").append(column).append(' ').append(v);
        }
      }
      list.append(')');
      details.put("candidate." + id, services.ref(itemType, id).id());
    }
    return new ProviderErrorException("needs-operator", "order '" + reference + "' was sent with the " + services.keyField()
        + " '" + key + "', the broker's own name, which other orders may share: " + candidates.size()
        + " service(s) carry it and none can be told to be this order's, so none is adopted. Candidates: " + list
        + ". Decide in the panel which (if any) is this order", details, null);
  }

  /**
   * Places {@code order} as {@link OrderProvider#place(OrderRequest, OrderTrail, PlaceListener)} does: one look
   * at the list finds it when placed before (by the key derived from its reference, or by {@code remoteid}
   * where listed) and also gives the cart the services that existed before it orders, so that its checkout tells
   * the new ones from older services of the same name.
   */
  @Override
  public Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
    PlaceListener heard = PlaceListener.guarded(listener);
    OrderValidator.throwIfAny(type(), validate(order));
    heard.validated(order);
    Set<String> before = null;
    boolean sameType = order.items().stream().allMatch(i -> form.itemType(i, settings.itemType())
        .equals(services.defaultType()));
    Optional<io.hostorder.core.error.OutcomeUnknownException> unknown = pending.get(order.reference());
    // Behind a journal that never sent the reference, nothing can be found: no lookup (unless this instance
    // saw an earlier attempt end unknown, which it resolves first).
    boolean look = !trail.neverSent() || unknown.isPresent();
    if (capabilities.idempotency() != Idempotency.NONE && sameType && look) {
      List<JsonNode> all;
      try {
        all = PlaceListener.step(heard, PlaceStep.lookUp(), () -> services.list(services.defaultType(),
            new Step("reconcile", false, order.reference(), null, Map.of())));
      } catch (HostorderException e) {
        if (unknown.isPresent()) {
          // An earlier attempt's outcome is unknown and the look failed: it stays unknown; nothing is sent.
          throw unknown.get();
        }
        throw e;
      }
      String key = ServiceKey.forItem(order.items().get(0).name(), order.reference());
      Match match = match(order.reference(), key, all);
      if (!match.rows().isEmpty()) {
        Order existing = found(order.reference(), services.defaultType(), key, match.rows()).orElseThrow();
        heard.found(existing, PlaceListener.Source.PROVIDER);
        return existing;
      }
      if (unknown.isPresent()) {
        throw unknown.get();
      }
      before = new HashSet<>();
      for (JsonNode row : all) {
        before.add(Doc.field(row, "id"));
      }
    }
    BillmanagerCart cart = PlaceListener.step(heard, PlaceStep.openCart(),
        () -> (BillmanagerCart) newCart(order.reference(), trail));
    if (before != null) {
      cart.servicesBefore(before);
    }
    return Cart.fillAndCheckout(cart, order, heard);
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
    String key = services.keyOf(typeAndId[1]);
    if (key != null) {
      // One targeted read (the list filtered by the key), whatever the account's size.
      List<JsonNode> rows = services.listWhere(typeAndId[0], services.keyField(), key, Step.reading("order status"));
      if (rows.isEmpty()) {
        throw new NotFoundException("no " + typeAndId[0] + " service with " + services.keyField() + " '" + key
            + "' at this account");
      }
      // Known by its key: the ref stays the one the broker holds; the lines carry the service ids.
      return services.order(type(), typeAndId[0], rows, null, null).toBuilder().ref(ref).build();
    }
    for (JsonNode row : services.listWhere(typeAndId[0], "id", typeAndId[1], Step.reading("order status"))) {
      return services.order(type(), typeAndId[0], List.of(row), null, null);
    }
    throw new NotFoundException("no " + typeAndId[0] + " service with id " + typeAndId[1] + " at this account");
  }

  @Override
  public List<Order> orders() {
    capabilities.require(type(), Capability.ORDER_LIST);
    // One order per key (domain / servername: every order hostorder places carries one), under the ref its
    // checkout gave (domain=…); a service without a key is an order of its own, under its id.
    Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
    for (JsonNode row : services.list(services.defaultType(), Step.reading("order list"))) {
      String key = services.key(row);
      byKey.computeIfAbsent(key != null ? "=" + key : Doc.field(row, "id"), k -> new ArrayList<>()).add(row);
    }
    List<Order> out = new ArrayList<>();
    byKey.forEach((k, rows) -> {
      Order o = services.order(type(), services.defaultType(), rows, null, null);
      out.add(k.startsWith("=") ? o.toBuilder().ref(services.keyRef(services.defaultType(), k.substring(1))).build() : o);
    });
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
