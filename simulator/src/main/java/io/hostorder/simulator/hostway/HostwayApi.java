package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.SimulatedApi;
import io.hostorder.simulator.SimulatedRequest;
import io.hostorder.simulator.hostway.OrderBook.OrderState;
import io.hostorder.simulator.hostway.OrderBook.ProductState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hostway OrderAPI over HTTP: authentication, routes, the {@code OwnerId} cookie and JSON bodies;
 * the rules live in {@link OrderBook}. Safe for concurrent use: every request is handled under one
 * lock (latency faults are applied outside it, so slow requests still overlap).
 */
final class HostwayApi implements SimulatedApi {
  private static final Pattern ORDERS = Pattern.compile("/orders/?");
  private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");
  private static final Pattern ACCOUNT = Pattern.compile("/orders/([^/]+)/account");
  private static final Pattern PRODUCTS = Pattern.compile("/orders/([^/]+)/account/products");
  private static final Pattern SERVICES =
      Pattern.compile("/orders/([^/]+)/account/products/([^/]+)/services");
  private static final Pattern SERVICE =
      Pattern.compile("/orders/([^/]+)/account/products/([^/]+)/services/([^/]+)");
  private static final Pattern ACTION = Pattern.compile("/orders/([^/]+)/action");
  private static final Pattern PRODUCT = Pattern.compile("/orders/([^/]+)/account/products/([^/]+)");
  private static final Pattern ACCOUNTS = Pattern.compile("/accounts/?");
  private static final Pattern ACCOUNT_PRODUCTS = Pattern.compile("/accounts/([^/]+)/products/?");

  private final HostwaySettings settings;
  private final Object lock = new Object();
  private volatile String base = "http://127.0.0.1/";
  private OrderBook book;
  private int productReadFailures;

  HostwayApi(HostwaySettings settings) {
    this.settings = settings;
    this.book = new OrderBook(settings);
  }

  void base(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  OrderBook book() {
    return book;
  }

  Object lock() {
    return lock;
  }

  void reset() {
    synchronized (lock) {
      book = new OrderBook(settings);
      productReadFailures = 0;
    }
  }

  /** Makes the next {@code count} product reads answer 502 "Unexpected backend response". */
  void failProductReads(int count) {
    synchronized (lock) {
      productReadFailures = count;
    }
  }

  @Override
  public String operation(SimulatedRequest request) {
    return operations(request).get(0);
  }

  @Override
  public List<String> operations(SimulatedRequest request) {
    String path = path(request);
    String method = request.method();
    List<String> names = new ArrayList<>();
    if (ORDERS.matcher(path).matches()) {
      names.add(method + " /orders");
    } else if (ORDER.matcher(path).matches()) {
      names.add(method + " /orders/{id}");
    } else if (ACCOUNT.matcher(path).matches()) {
      names.add(method + " /orders/{id}/account");
    } else if (PRODUCTS.matcher(path).matches()) {
      names.add(method + " /orders/{id}/account/products");
    } else if (SERVICES.matcher(path).matches()) {
      names.add(method + " /orders/{id}/account/products/{pid}/services");
      body(request).map(b -> Json.text(b, "serviceSpecification")).map(Json::path)
          .map(p -> p.substring(p.lastIndexOf('/') + 1)).ifPresent(names::add);
    } else if (SERVICE.matcher(path).matches()) {
      names.add(method + " /orders/{id}/account/products/{pid}/services/{sid}");
    } else if (ACTION.matcher(path).matches()) {
      names.add(method + " /orders/{id}/action");
      body(request).map(b -> Json.text(b, "action")).ifPresent(names::add);
    } else if (PRODUCT.matcher(path).matches()) {
      names.add(method + " /orders/{id}/account/products/{pid}");
    } else if (ACCOUNTS.matcher(path).matches()) {
      names.add(method + " /accounts");
    } else if (ACCOUNT_PRODUCTS.matcher(path).matches()) {
      names.add(method + " /accounts/{id}/products");
    } else {
      names.add(method + " " + path);
    }
    return names;
  }

  @Override
  public SimulatedAnswer handle(SimulatedRequest request) {
    if (!settings.auth().accepts(request.headers())) {
      SimulatedAnswer denied = Replies.error(401, "unauthorized", "Authentication required",
          settings.auth().present(request.headers()) ? "credentials refused" : "");
      return settings.auth().mode() == HostwayAuth.Mode.BASIC
          ? denied.withHeader("WWW-Authenticate", "Basic realm=\"OrderAPI\"") : denied;
    }
    synchronized (lock) {
      return route(request, path(request), request.method());
    }
  }

  private SimulatedAnswer route(SimulatedRequest request, String path, String method) {
    Matcher m;
    if (ORDERS.matcher(path).matches()) {
      return allow(method, "POST").orElseGet(() -> withBody(request, b -> createOrder(request, b)));
    }
    if ((m = ORDER.matcher(path)).matches()) {
      String id = m.group(1);
      return allow(method, "GET").orElseGet(() -> access(request, id, false, OrderView::describe));
    }
    if ((m = ACCOUNT.matcher(path)).matches()) {
      String id = m.group(1);
      return allow(method, "PUT").orElseGet(() -> change(request, id, Set.of("currency",
          "language", "accountNumber"), (o, b) -> book.putAccount(o, b)));
    }
    if ((m = PRODUCTS.matcher(path)).matches()) {
      String id = m.group(1);
      return allow(method, "POST").orElseGet(() -> change(request, id, Set.of("offering",
          "promoCode", "displayName", "partnerId", "existingProductUrl"),
          (o, b) -> book.addProduct(o, b)));
    }
    if ((m = SERVICES.matcher(path)).matches()) {
      String id = m.group(1);
      String pid = m.group(2);
      return allow(method, "POST").orElseGet(() -> change(request, id, Set.of("name",
          "serviceSpecification", "billingCycle", "relatedTo", "associatedTo", "promoCode",
          "quantity", "attributes"), (o, b) -> product(o, pid)
          .map(p -> book.addService(o, p, b)).orElseGet(() -> Replies.notFound("product " + pid))));
    }
    if ((m = SERVICE.matcher(path)).matches()) {
      String id = m.group(1);
      String pid = m.group(2);
      String sid = m.group(3);
      return allow(method, "PUT").orElseGet(() -> change(request, id, Set.of("name",
          "billingCycle"), (o, b) -> product(o, pid).map(p -> book.changeService(p, sid, b))
          .orElseGet(() -> Replies.notFound("product " + pid))));
    }
    if ((m = ACTION.matcher(path)).matches()) {
      String id = m.group(1);
      return allow(method, "POST").orElseGet(() -> access(request, id, true,
          o -> withBody(request, b -> action(o, b))));
    }
    if ((m = PRODUCT.matcher(path)).matches()) {
      String id = m.group(1);
      String pid = m.group(2);
      return allow(method, "GET").orElseGet(() -> access(request, id, false, o -> product(o, pid)
          .map(this::readProduct).orElseGet(() -> Replies.notFound("product " + pid))));
    }
    if (ACCOUNTS.matcher(path).matches()) {
      return allow(method, "GET").orElseGet(() -> authorized()
          .orElseGet(() -> AccountView.accounts(request, book.accounts())));
    }
    if ((m = ACCOUNT_PRODUCTS.matcher(path)).matches()) {
      String account = m.group(1);
      return allow(method, "GET").orElseGet(() -> authorized()
          .orElseGet(() -> AccountView.products(request, account, book)));
    }
    return Replies.notFound(path);
  }

  /** The product GET; a fault armed with {@link #failProductReads} answers the documented 502 instead. */
  private SimulatedAnswer readProduct(ProductState product) {
    if (productReadFailures > 0) {
      productReadFailures--;
      return Replies.error(502, "backendError", "Unexpected backend response", "");
    }
    return Replies.json(200, AccountView.product(product, book.status(product)));
  }

  /**
   * The account resources "need the Authorization header" (Hostway API wiki): {@link #handle} has
   * checked the credentials already, so only a simulator that demands none refuses here.
   */
  private Optional<SimulatedAnswer> authorized() {
    return settings.auth().mode() == HostwayAuth.Mode.NONE
        ? Optional.of(Replies.error(401, "unauthorized", "Authentication required",
            "the account resources need the Authorization header"))
        : Optional.empty();
  }

  private SimulatedAnswer createOrder(SimulatedRequest request, ObjectNode body) {
    Optional<SimulatedAnswer> unknown = unknownAttribute(body, Set.of("clientIp"));
    if (unknown.isPresent()) {
      return unknown.get();
    }
    if (body.has("clientIp") && !settings.clientIpPermitted()) {
      return Replies.badRequest("Permission denied: clientIp requires elevated permissions.");
    }
    String owner = Cookies.ownerId(request.headers()).filter(book::knownOwner).orElse(null);
    if (owner != null && book.hasOpenOrder(owner)) {
      return Replies.conflict("A new order has already been created for this ownerID");
    }
    OrderState order = book.create(owner, base);
    ObjectNode answer = Replies.MAPPER.createObjectNode().put("orderId", order.id);
    answer.putArray("links").add(link(base + "orders/", "self")).add(link(order.url, "item"));
    return Replies.json(201, answer).withHeader("Location", order.url)
        .withHeader("Set-Cookie", "OwnerId=" + order.owner + "; Path=/");
  }

  private SimulatedAnswer action(OrderState order, ObjectNode body) {
    Optional<SimulatedAnswer> unknown = unknownAttribute(body, Set.of("action"));
    if (unknown.isPresent()) {
      return unknown.get();
    }
    String action = Json.text(body, "action");
    if (action == null) {
      return Replies.badRequest("No action attribute set.");
    }
    if (!action.equals("submit") && !action.equals("validate")) {
      return Replies.badRequest("Unknown action " + action + ": expected submit or validate.");
    }
    if (!order.open()) {
      return Replies.conflict("Order " + order.id + " has already been submitted.");
    }
    Optional<String> problem = book.problem(order);
    if (problem.isPresent()) {
      return Replies.badRequest(problem.get());
    }
    if (action.equals("validate")) {
      order.validations++;
      return Replies.empty(204);
    }
    book.submit(order);
    return Replies.empty(202);
  }

  /** Checks the order exists and belongs to the request's owner, then runs {@code then}. */
  private SimulatedAnswer access(SimulatedRequest request, String id, boolean changes,
      Function<OrderState, SimulatedAnswer> then) {
    Optional<OrderState> found = book.order(id);
    if (found.isEmpty()) {
      return Replies.notFound("order " + id);
    }
    OrderState order = found.get();
    boolean owner = Cookies.ownerId(request.headers()).filter(order.owner::equals).isPresent();
    // "Authorization optional, for submitted orders": reading a submitted order with accepted
    // credentials works without the cookie (only when credentials are demanded at all).
    boolean authorized = !changes && !order.open()
        && settings.auth().mode() != HostwayAuth.Mode.NONE;
    if (!owner && !authorized) {
      return Replies.text(401, "Unauthorized: the OwnerId cookie is missing or does not own order "
          + id);
    }
    return then.apply(order);
  }

  private SimulatedAnswer change(SimulatedRequest request, String id, Set<String> allowed,
      BiFunction<OrderState, ObjectNode, SimulatedAnswer> then) {
    return access(request, id, true, order -> withBody(request, body -> {
      Optional<SimulatedAnswer> unknown = unknownAttribute(body, allowed);
      if (unknown.isPresent()) {
        return unknown.get();
      }
      if (!order.open()) {
        return Replies.conflict("Order " + order.id + " has already been submitted.");
      }
      return then.apply(order, body);
    }));
  }

  private SimulatedAnswer withBody(SimulatedRequest request,
      Function<ObjectNode, SimulatedAnswer> then) {
    if (!"application/json".equals(request.mediaType())) {
      return Replies.text(415, "Unsupported media type: send application/json; charset=UTF-8");
    }
    return body(request).map(then)
        .orElseGet(() -> Replies.badRequest("The request body must be a JSON object."));
  }

  private static Optional<ObjectNode> body(SimulatedRequest request) {
    try {
      JsonNode node = Replies.MAPPER.readTree(request.bodyText());
      return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<SimulatedAnswer> unknownAttribute(ObjectNode body, Set<String> allowed) {
    List<String> unknown = new ArrayList<>();
    body.fieldNames().forEachRemaining(f -> {
      if (!allowed.contains(f)) {
        unknown.add(f);
      }
    });
    return unknown.isEmpty() ? Optional.empty()
        : Optional.of(Replies.badRequest("Unknown attribute " + unknown.get(0) + "."));
  }

  private static Optional<ProductState> product(OrderState order, String pid) {
    return order.products.stream().filter(p -> p.product.id().equals(pid)).findFirst();
  }

  private static Optional<SimulatedAnswer> allow(String method, String allowed) {
    return allowed.equals(method) ? Optional.empty()
        : Optional.of(Replies.text(405, "Method " + method + " not allowed").withHeader("Allow",
            allowed));
  }

  private static ObjectNode link(String href, String rel) {
    return Replies.MAPPER.createObjectNode().put("href", href).put("rel", rel);
  }

  private static String path(SimulatedRequest request) {
    return request.path();
  }
}
