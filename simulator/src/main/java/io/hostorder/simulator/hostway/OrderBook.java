package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.hostway.HostwayOrder.Account;
import io.hostorder.simulator.hostway.HostwayOrder.Product;
import io.hostorder.simulator.hostway.HostwayOrder.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orders of the simulated OrderAPI and the rules of the document: one open order per owner, the
 * account before products, offerings and service specifications of the catalogue, the server service
 * before the services related to it, and a submitted order that can no longer change. Not
 * thread-safe: {@link HostwayApi} calls it under one lock.
 *
 * <p>Its cost per order is flat: owners, products and the orders of an account are found through maps,
 * and only the last {@code history} submitted orders keep their services' {@code attributes}.
 */
final class OrderBook {
  private static final Pattern OFFERING =
      Pattern.compile(".*/productSpecifications/([^/]+)/offerings/([^/]+)/?");
  private static final Pattern SERVICE_SPEC = Pattern.compile(".*/serviceSpecifications/([^/]+)/?");
  private static final Pattern SERVICE_URL =
      Pattern.compile(".*/orders/([^/]+)/account/products/([^/]+)/services/([^/]+)/?");

  private final HostwaySettings settings;
  private final Ids ids;
  private final Map<String, OrderState> orders = new LinkedHashMap<>();
  /** Every account and its status ({@code open}, {@code suspended}, {@code closed}): the presets, then those created. */
  private final Map<String, String> accountStatus = new LinkedHashMap<>();
  private int submitted;
  /** Every owner seen, with how many open orders it has. */
  private final Map<String, Integer> openByOwner = new HashMap<>();
  private final Map<String, ProductState> productsById = new HashMap<>();
  /** The orders of each account, by creation number. */
  private final Map<String, TreeMap<Long, OrderState>> ordersByAccount = new HashMap<>();
  /** Submitted orders that still keep their services' attributes, oldest first. */
  private final Deque<OrderState> detailed = new ArrayDeque<>();
  private long created;

  OrderBook(HostwaySettings settings) {
    this.settings = settings;
    this.ids = settings.newIds();
    settings.accounts().keySet().forEach(a -> accountStatus.put(a, "open"));
  }

  /** An order being built; products hold immutable services that are replaced when changed. */
  static final class OrderState {
    long number;
    final String id;
    final String url;
    final String owner;
    boolean submitted;
    Account account;
    final List<ProductState> products = new ArrayList<>();
    int validations;

    OrderState(String id, String url, String owner) {
      this.id = id;
      this.url = url;
      this.owner = owner;
    }

    boolean open() {
      return !submitted;
    }

    Optional<Service> service(String serviceUrl) {
      Matcher m = SERVICE_URL.matcher(Json.path(serviceUrl));
      if (!m.matches() || !m.group(1).equals(id)) {
        return Optional.empty();
      }
      return products.stream().filter(p -> p.product.id().equals(m.group(2)))
          .flatMap(p -> p.services.stream()).filter(s -> s.id().equals(m.group(3))).findFirst();
    }

    HostwayOrder snapshot(Instant now, Duration activationDelay) {
      return new HostwayOrder(id, url, owner, HostwaySimulator.STATUS_NEW, submitted, account,
          products.stream().map(p -> p.snapshot(now, activationDelay)).toList(), validations);
    }
  }

  /** A product, its services and its status. */
  static final class ProductState {
    final Product product;
    final OrderState order;
    final List<Service> services = new ArrayList<>();
    private String status = "new";
    private Instant pendingSince;

    ProductState(Product product, OrderState order) {
      this.product = product;
      this.order = order;
    }

    /** Returns the status at {@code now}: a pending product is open once the activation delay has passed. */
    String status(Instant now, Duration activationDelay) {
      if (status.equals("pending") && pendingSince != null
          && !now.isBefore(pendingSince.plus(activationDelay))) {
        status = "open";
        pendingSince = null;
      }
      return status;
    }

    void status(String status) {
      this.status = status;
      this.pendingSince = null;
    }

    Product snapshot(Instant now, Duration activationDelay) {
      return new Product(product.id(), product.url(), product.offering(), product.specification(),
          product.offeringId(), product.promoCode(), product.displayName(), product.partnerId(),
          status(now, activationDelay), services);
    }
  }

  Optional<OrderState> order(String id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** Returns a snapshot of order {@code id}, or empty. */
  Optional<HostwayOrder> snapshot(String id) {
    return order(id).map(o -> o.snapshot(settings.clock().instant(), settings.activationDelay()));
  }

  boolean knownOwner(String owner) {
    return openByOwner.containsKey(owner);
  }

  boolean hasOpenOrder(String owner) {
    return openByOwner.getOrDefault(owner, 0) > 0;
  }

  OrderState create(String owner, String base) {
    String id = ids.order();
    OrderState order = new OrderState(id, base + "orders/" + id, owner == null ? ids.owner() : owner);
    order.number = created++;
    orders.put(id, order);
    openByOwner.merge(order.owner, 1, Integer::sum);
    return order;
  }

  SimulatedAnswer putAccount(OrderState order, ObjectNode body) {
    JsonNode number = body.get("accountNumber");
    Account account;
    if (number != null) {
      if (body.has("currency") || body.has("language")) {
        return Replies.badRequest("Give either accountNumber, or currency and language.");
      }
      String currency = number.isTextual() ? settings.accounts().get(number.asText()) : null;
      if (currency == null) {
        return Replies.error(403, "forbidden", "Order failed permission check",
            "account " + number.asText() + " is not accessible");
      }
      account = new Account(number.asText(), currency, null, false);
    } else {
      String currency = Json.text(body, "currency");
      String language = Json.text(body, "language");
      if (currency == null || language == null) {
        return Replies.badRequest("Missing language or currency.");
      }
      if (!settings.currencies().contains(currency)) {
        return Replies.badRequest("Currency " + currency + " not allowed for this franchise");
      }
      account = new Account(ids.accountNumber(), currency, language, true);
      accountStatus.put(account.accountNumber(), "open");
    }
    if (!order.products.isEmpty() && !order.account.currency().equals(account.currency())) {
      return Replies.conflict("Currency " + account.currency()
          + " does not match the currency of the order's products " + order.account.currency());
    }
    if (order.account != null) {
      TreeMap<Long, OrderState> before = ordersByAccount.get(order.account.accountNumber());
      if (before != null) {
        before.remove(order.number);
      }
    }
    order.account = account;
    ordersByAccount.computeIfAbsent(account.accountNumber(), k -> new TreeMap<>()).put(order.number, order);
    return Replies.empty(204);
  }

  SimulatedAnswer addProduct(OrderState order, ObjectNode body) {
    if (order.account == null) {
      return Replies.badRequest("Account has not been set");
    }
    if (body.has("existingProductUrl")) {
      return Replies.notFound("existingProductUrl: no existing product of this account matches");
    }
    String offering = Json.text(body, "offering");
    if (offering == null) {
      return Replies.badRequest("No offering attribute set.");
    }
    Matcher m = OFFERING.matcher(Json.path(offering));
    if (!Json.absolute(offering) || !m.matches()) {
      return Replies.badRequest("Invalid offering " + offering
          + ": expected …/productSpecifications/{spec}/offerings/{offering}");
    }
    String currency = settings.offerings().get(m.group(1) + "/" + m.group(2));
    if (currency == null) {
      return Replies.badRequest("Offering " + m.group(2) + " of " + m.group(1) + " not found");
    }
    if (!currency.equals(order.account.currency())) {
      return Replies.conflict("Offering currency " + currency
          + " does not match the account currency " + order.account.currency());
    }
    Optional<SimulatedAnswer> promo = promoProblem(body);
    if (promo.isPresent()) {
      return promo.get();
    }
    String id = ids.product();
    Product product = new Product(id, order.url + "/account/products/" + id, offering, m.group(1),
        m.group(2), Json.text(body, "promoCode"), Json.text(body, "displayName"),
        Json.text(body, "partnerId"), "new", List.of());
    ProductState state = new ProductState(product, order);
    order.products.add(state);
    productsById.put(id, state);
    return Replies.created(product.url());
  }

  SimulatedAnswer addService(OrderState order, ProductState product, ObjectNode body) {
    String name = Json.text(body, "name");
    String specUrl = Json.text(body, "serviceSpecification");
    JsonNode cycle = body.get("billingCycle");
    if (name == null) {
      return Replies.badRequest("No name attribute set.");
    }
    if (specUrl == null) {
      return Replies.badRequest("No serviceSpecification attribute set.");
    }
    if (cycle == null || cycle.isNull()) {
      return Replies.badRequest("No billingCycle attribute set.");
    }
    Matcher m = SERVICE_SPEC.matcher(Json.path(specUrl));
    if (!Json.absolute(specUrl) || !m.matches()) {
      return Replies.badRequest("Invalid serviceSpecification " + specUrl
          + ": expected …/serviceSpecifications/{id}");
    }
    Boolean server = settings.serviceSpecifications().get(m.group(1));
    if (server == null) {
      return Replies.badRequest("Service specification " + m.group(1) + " not found");
    }
    if (!cycle.canConvertToExactIntegral() || cycle.asInt() < 1 || cycle.asInt() > 120) {
      return Replies.badRequest("billingCycle must be a whole number of months from 1 to 120.");
    }
    Optional<List<String>> relatedTo = Json.texts(body, "relatedTo");
    Optional<List<String>> associatedTo = Json.texts(body, "associatedTo");
    if (relatedTo.isEmpty() || associatedTo.isEmpty()) {
      return Replies.badRequest("relatedTo and associatedTo must be arrays of service URLs.");
    }
    List<Service> related = new ArrayList<>();
    for (String url : relatedTo.get()) {
      Optional<Service> target = order.service(url);
      if (target.isEmpty()) {
        return Replies.badRequest("relatedTo " + url + " is not a service of this order");
      }
      related.add(target.get());
    }
    if (!server && related.stream().noneMatch(Service::server)) {
      // "Virtuozzo Server Windows/Linux service needs to be created first before any other VPS
      // Virtuozzo services", and those "can be added only as a child service" of it.
      boolean anyServer = order.products.stream().flatMap(p -> p.services.stream())
          .anyMatch(Service::server);
      return Replies.badRequest(anyServer
          ? "Service " + m.group(1) + " must be related to a Virtuozzo Server service: "
              + "No relatedTo attribute set."
          : "The Virtuozzo Server service must be created before the services related to it.");
    }
    JsonNode quantity = body.get("quantity");
    if (quantity != null && (!quantity.canConvertToExactIntegral() || quantity.asInt() < 1)) {
      return Replies.badRequest("quantity must be a positive whole number.");
    }
    JsonNode attributes = body.get("attributes");
    if (attributes != null && !attributes.isObject()) {
      return Replies.badRequest("attributes must be an object.");
    }
    Optional<SimulatedAnswer> promo = promoProblem(body);
    if (promo.isPresent()) {
      return promo.get();
    }
    String id = ids.service();
    @SuppressWarnings("unchecked")
    Map<String, Object> attrs = attributes == null ? Map.of()
        : Replies.MAPPER.convertValue(attributes, LinkedHashMap.class);
    Service service = new Service(id, product.product.url() + "/services/" + id, name, m.group(1),
        server, cycle.asInt(), relatedTo.get(), Json.text(body, "promoCode"),
        quantity == null ? null : quantity.asInt(), attrs);
    product.services.add(service);
    return Replies.created(service.url());
  }

  SimulatedAnswer changeService(ProductState product, String serviceId, ObjectNode body) {
    int index = -1;
    for (int i = 0; i < product.services.size(); i++) {
      if (product.services.get(i).id().equals(serviceId)) {
        index = i;
      }
    }
    if (index < 0) {
      return Replies.notFound("service " + serviceId);
    }
    Service old = product.services.get(index);
    String name = body.has("name") ? Json.text(body, "name") : old.name();
    JsonNode cycle = body.get("billingCycle");
    if (name == null) {
      return Replies.badRequest("name must be a non-empty string.");
    }
    if (cycle != null && (!cycle.canConvertToExactIntegral() || cycle.asInt() < 1
        || cycle.asInt() > 120)) {
      return Replies.badRequest("billingCycle must be a whole number of months from 1 to 120.");
    }
    product.services.set(index, new Service(old.id(), old.url(), name, old.specification(),
        old.server(), cycle == null ? old.billingCycle() : cycle.asInt(), old.relatedTo(),
        old.promoCode(), old.quantity(), old.attributes()));
    return Replies.empty(204);
  }

  /** Returns what stops the order from being submitted, or empty when it is complete. */
  Optional<String> problem(OrderState order) {
    if (order.account == null) {
      return Optional.of("Account has not been set");
    }
    if (order.products.isEmpty()) {
      return Optional.of("No product attribute set.");
    }
    return Optional.empty();
  }

  /** Submits {@code order}: its products go from {@code new} to {@code pending}, and open after the activation delay. */
  void submit(OrderState order) {
    order.submitted = true;
    Instant now = settings.clock().instant();
    for (ProductState p : order.products) {
      p.status = "pending";
      p.pendingSince = now;
    }
    submitted++;
    openByOwner.merge(order.owner, -1, Integer::sum);
    detailed.addLast(order);
    while (detailed.size() > settings.history()) {
      forgetAttributes(detailed.removeFirst());
    }
  }

  /** Drops the attributes an old order's services were sent with: the API reports nothing from them later. */
  private static void forgetAttributes(OrderState order) {
    for (ProductState p : order.products) {
      p.services.replaceAll(s -> s.attributes().isEmpty() ? s : new Service(s.id(), s.url(), s.name(),
          s.specification(), s.server(), s.billingCycle(), s.relatedTo(), s.promoCode(), s.quantity(), Map.of()));
    }
  }

  /** Returns the status of every account the credentials may see, by account number. */
  Map<String, String> accounts() {
    return accountStatus;
  }

  /** Returns every product placed for account {@code accountNumber}, in creation order. */
  List<ProductState> products(String accountNumber) {
    TreeMap<Long, OrderState> of = ordersByAccount.get(accountNumber);
    return of == null ? List.of() : of.values().stream().flatMap(o -> o.products.stream()).toList();
  }

  /** Returns product {@code productId} of any order, or empty. */
  Optional<ProductState> product(String productId) {
    return Optional.ofNullable(productsById.get(productId));
  }

  /** Returns the current status of {@code product}. */
  String status(ProductState product) {
    return product.status(settings.clock().instant(), settings.activationDelay());
  }

  int submittedCount() {
    return submitted;
  }

  List<HostwayOrder> snapshots() {
    Instant now = settings.clock().instant();
    return orders.values().stream().map(o -> o.snapshot(now, settings.activationDelay())).toList();
  }

  private Optional<SimulatedAnswer> promoProblem(ObjectNode body) {
    JsonNode code = body.get("promoCode");
    if (code == null) {
      return Optional.empty();
    }
    if (!code.isTextual() || !settings.promoCodes().contains(code.asText())) {
      return Optional.of(Replies.error(400, "invalidPromoCode",
          "Promo code '" + code.asText() + "' is not valid.", "promoCode"));
    }
    return Optional.empty();
  }
}
