package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.http.Failures;
import io.hostorder.core.http.Redactor;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.provider.hostway.HostwayApi.ProductBody;
import io.hostorder.provider.hostway.HostwayApi.ServiceBody;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Carries out one Hostway order, step by step as documented: create the order (keeping its
 * {@code OwnerId} cookie in this order's own jar), set the account, add each product, its server
 * service, then the services related to it, and finally validate and/or submit. It remembers what was
 * created, so that running it again carries out only the remaining steps on the same order.
 *
 * <p>Used by one thread at a time (its cart's); with {@code parallel-services} it creates the services
 * related to one service on several threads.
 */
final class OrderRun {
  private final Connection connection;
  private final OrderRequest order;
  private final List<OrderPlan.Product> plan;
  private final OwnerCookieJar jar;
  private final HostwayApi api;
  private volatile Redactor redactor;
  private String orderId;
  private boolean accountSet;
  private final Map<String, String> products = new ConcurrentHashMap<>();
  private final Map<String, String> services = new ConcurrentHashMap<>();
  private volatile String uncertainStep;
  private boolean submitUnknown;
  private Order placed;

  OrderRun(Connection connection, OrderRequest order, List<OrderPlan.Product> plan, OwnerCookieJar jar) {
    this.connection = connection;
    this.order = order;
    this.plan = plan;
    this.jar = jar;
    this.api = connection.api(jar);
    this.redactor = connection.redactor(jar.ownerId().orElse(null));
  }

  /** Returns a run that goes on with the order in {@code state}. */
  static OrderRun resume(Connection connection, List<OrderPlan.Product> plan, HostwayOrderState state) {
    OrderRun run = new OrderRun(connection, state.order(), plan,
        OwnerCookieJar.holding(connection.baseUrl(), state.ownerId().value()));
    run.orderId = state.orderId();
    run.accountSet = state.accountSet();
    run.products.putAll(state.products());
    run.services.putAll(state.services());
    return run;
  }

  boolean started() {
    return orderId != null;
  }

  /** Returns the URLs created so far for the item at {@code path} (product, server service, related services). */
  Map<String, String> createdFor(String path) {
    Map<String, String> out = new LinkedHashMap<>();
    if (products.containsKey(path)) out.put("product", products.get(path));
    services.forEach((p, url) -> {
      if (p.equals(path) || p.startsWith(path + ".")) out.put(p.equals(path) ? "service" : "service " + p, url);
    });
    return out;
  }

  /** Validates the order at the provider without submitting it ({@code {"action":"validate"}} → 204). */
  void validate() {
    if (placed != null || submitUnknown) {
      throw new IllegalStateException("order " + orderId + " was already submitted; there is nothing left to validate");
    }
    build();
    action("validate");
  }

  /** Creates what is missing, validates when configured, and submits; returns the placed order. */
  Order submit() {
    if (placed != null) {
      return placed;
    }
    if (submitUnknown) {
      throw new OutcomeUnknownException(order.reference(), "submit", ids(), null);
    }
    build();
    if (connection.settings().validateBeforeSubmit()) {
      action("validate");
    }
    action("submit");
    placed = Placed.order(connection, order, orderId, plan, products, services);
    return placed;
  }

  private void build() {
    if (uncertainStep != null) {
      throw incomplete(uncertainStep, new ProviderErrorException("uncertain", "the outcome of '" + uncertainStep
          + "' is unknown, so this order cannot be completed safely; abandon it and place a new order"));
    }
    if (orderId == null) {
      createOrder();
    }
    if (!accountSet) {
      Answer a = call("set account", false, api.setAccount(orderId, connection.settings().account()));
      if (!a.successful()) {
        throw incomplete("set account", error(a, "set account"));
      }
      accountSet = true;
    }
    for (OrderPlan.Product product : plan) {
      if (!products.containsKey(product.path())) {
        addProduct(product);
      }
      ServiceScheduler.create(this, product, connection.settings().parallelServices());
    }
  }

  private void createOrder() {
    Answer a;
    try {
      a = Exchange.run(api.createOrder(Map.of()));
    } catch (IOException e) {
      // Nothing can be charged for an order that is never submitted, and without its OwnerId
      // nobody can reach it: retrying the creation is safe.
      throw Failures.io(e, false, order.reference(), "create order", Map.of());
    }
    if (!a.successful()) {
      throw error(a, "create order");
    }
    String id = null;
    try {
      JsonNode body = connection.mapper().readTree(a.body());
      if (body != null && body.hasNonNull("orderId")) id = body.get("orderId").asText();
    } catch (IOException | RuntimeException e) {
      // fall back to the Location header
    }
    HttpUrl location = a.location();
    if ((id == null || id.isBlank()) && location != null && location.pathSize() > 0) {
      id = location.pathSegments().get(location.pathSize() - 1);
    }
    if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._~-]+")) {
      throw new ProviderErrorException("no-order-id", "create order answered HTTP " + a.code()
          + " without a usable orderId or Location; nothing was submitted");
    }
    orderId = id;
    redactor = connection.redactor(jar.ownerId().orElse(null));
    if (jar.ownerId().isEmpty()) {
      uncertainStep = "create order";
      throw incomplete("create order", new ProviderErrorException("no-owner-id",
          "the order was created without an OwnerId cookie, so it cannot be continued"));
    }
    connection.remember(orderId, jar.ownerId().get());
  }

  private void addProduct(OrderPlan.Product product) {
    String step = "add product " + product.path();
    Answer a = call(step, true, api.addProduct(orderId,
        new ProductBody(product.offering(), product.promoCode(), product.displayName(), product.partnerId())));
    if (!a.successful()) {
      throw failure(step, error(a, step), product.promoCode());
    }
    HttpUrl location = a.location();
    Matcher m = location == null ? null : productPath().matcher(location.encodedPath());
    if (m == null || !m.matches()) {
      uncertainStep = step;
      throw incomplete(step, new ProviderErrorException("no-location", step + " answered HTTP " + a.code()
          + " without the product's URL in Location"));
    }
    products.put(product.path(), location.toString());
  }

  /** Creates one service; called by {@link ServiceScheduler}, possibly on several threads at once. */
  void addService(OrderPlan.Product product, OrderPlan.Service service) {
    if (services.containsKey(service.path())) {
      return;
    }
    String step = "add service " + service.path();
    List<String> relatedTo = List.of();
    if (service.relatedTo() != null) {
      String target = services.get(service.relatedTo());
      if (target == null) {
        throw new IllegalStateException("service " + service.relatedTo() + " was not created before " + service.path());
      }
      relatedTo = List.of(target);
    }
    String productId = productId(products.get(product.path()));
    Answer a = call(step, true, api.addService(orderId, productId, new ServiceBody(service.name(),
        service.specification(), service.billingCycle(), relatedTo, service.promoCode(), service.attributes())));
    if (!a.successful()) {
      throw failure(step, error(a, step), service.promoCode());
    }
    HttpUrl location = a.location();
    if (location == null) {
      uncertainStep = step;
      throw incomplete(step, new ProviderErrorException("no-location", step + " answered HTTP " + a.code()
          + " without the service's URL in Location"));
    }
    services.put(service.path(), location.toString());
  }

  private void action(String action) {
    Answer a;
    try {
      a = Exchange.run(api.action(orderId, Map.of("action", action)));
    } catch (IOException e) {
      HostorderException failure = Failures.io(e, action.equals("submit"), order.reference(), action, ids());
      if (failure instanceof OutcomeUnknownException unknown) {
        submitUnknown = true;
        throw unknown;
      }
      throw incomplete(action, failure);
    }
    if (!a.successful()) {
      throw incomplete(action, error(a, action));
    }
  }

  private Answer call(String step, boolean creates, Call<ResponseBody> call) {
    try {
      return Exchange.run(call);
    } catch (IOException e) {
      HostorderException failure = Failures.io(e, creates, order.reference(), step, ids());
      if (failure instanceof OutcomeUnknownException) {
        uncertainStep = step;
      }
      throw incomplete(step, failure);
    }
  }

  private HostorderException error(Answer a, String step) {
    return Exchange.error(a, step, connection.mapper(), redactor, orderId == null ? Map.of() : Map.of("orderId", orderId));
  }

  /** A product or service refused while it carried a promo code that the answer names is a rejected promo code. */
  private RuntimeException failure(String step, HostorderException error, String promoCode) {
    if (promoCode != null && error instanceof ProviderErrorException p
        && p.providerMessage().toLowerCase(Locale.ROOT).contains("promo")) {
      Map<String, String> d = new LinkedHashMap<>(ids());
      d.put("step", step);
      d.put("submitted", "false");
      return new PromoCodeRejectedException(promoCode, p.providerMessage(), d);
    }
    return incomplete(step, error);
  }

  HostwayOrderIncompleteException incomplete(String step, HostorderException cause) {
    return new HostwayOrderIncompleteException(step, cause, state());
  }

  HostwayOrderState state() {
    return new HostwayOrderState(order, orderId, jar.ownerId().map(OwnerId::of).orElse(null), accountSet,
        ordered(products), ordered(services), uncertainStep);
  }

  /** Every provider id obtained so far (never the owner id). */
  private Map<String, String> ids() {
    Map<String, String> ids = new LinkedHashMap<>();
    if (orderId != null) ids.put("orderId", orderId);
    ordered(products).forEach((p, url) -> ids.put("product " + p, url));
    ordered(services).forEach((p, url) -> ids.put("service " + p, url));
    return ids;
  }

  /** Returns {@code map} in the order the plan creates things. */
  private Map<String, String> ordered(Map<String, String> map) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (OrderPlan.Product p : plan) {
      if (map.containsKey(p.path()) && seen.add(p.path())) out.put(p.path(), map.get(p.path()));
      for (OrderPlan.Service s : p.services()) {
        if (map.containsKey(s.path()) && seen.add(s.path())) out.put(s.path(), map.get(s.path()));
      }
    }
    map.forEach(out::putIfAbsent);
    return out;
  }

  private Pattern productPath() {
    return Pattern.compile(".*/orders/" + Pattern.quote(orderId) + "/account/products/([A-Za-z0-9._~-]+)/?");
  }

  private String productId(String productUrl) {
    Matcher m = productPath().matcher(HttpUrl.get(productUrl).encodedPath());
    if (!m.matches()) {
      throw new IllegalStateException("not a product URL of order " + orderId + ": " + productUrl);
    }
    return m.group(1);
  }
}
