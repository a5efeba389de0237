package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.RequestKind;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.TransientException;
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
 * <p>Only {@code submit} orders anything ("Use POST /orders/{order_id}/action to submit the order and invoke
 * the … provisioning" — Hostway OrderAPI); it goes through the cart's {@link CommitGuard}, so it is sent at
 * most once and an unknown outcome is an {@link OutcomeUnknownException} that blocks the reference. The
 * requests before it build an open order that costs nothing and that only its {@code OwnerId} reaches: their
 * answers are classified by the same rule ({@link StepRule}), and an unknown outcome there is contained in this
 * order — the step is never sent again and the order is never completed or submitted — so the order as a
 * whole is definitively not placed (see docs/hostway.md, "Which answers are definitive").
 *
 * <p>Used by one thread at a time (its cart's); with {@code parallel-services} it creates the services
 * related to one service on several threads.
 */
final class OrderRun {
  static final String CREATE = "create order";
  static final String ACCOUNT = "set account";
  static final String SUBMIT = "submit";
  static final String VALIDATE = "validate";

  private final Connection connection;
  private final OrderRequest order;
  private final List<OrderPlan.Product> plan;
  private final OwnerCookieJar jar;
  private final HostwayApi api;
  private final CommitGuard guard;
  private volatile Redactor redactor;
  private String orderId;
  private boolean accountSet;
  private final Map<String, String> products = new ConcurrentHashMap<>();
  private final Map<String, String> services = new ConcurrentHashMap<>();
  private volatile String uncertainStep;
  private Order placed;

  OrderRun(Connection connection, OrderRequest order, List<OrderPlan.Product> plan, OwnerCookieJar jar,
      CommitGuard guard) {
    this.connection = connection;
    this.order = order;
    this.plan = plan;
    this.jar = jar;
    this.api = connection.api(jar);
    this.guard = guard;
    this.redactor = connection.redactor(jar.ownerId().orElse(null));
  }

  /** Returns a run that goes on with the order in {@code state}. */
  static OrderRun resume(Connection connection, List<OrderPlan.Product> plan, HostwayOrderState state,
      CommitGuard guard) {
    OrderRun run = new OrderRun(connection, state.order(), plan,
        OwnerCookieJar.holding(connection.baseUrl(), state.ownerId().value()), guard);
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
    guard.requireKnown();
    if (placed != null) {
      throw new IllegalStateException("order " + orderId + " was already submitted; there is nothing left to validate");
    }
    build();
    validateAction();
  }

  /** Creates what is missing, validates when configured, and submits; returns the placed order. */
  Order submit() {
    if (placed != null) {
      return placed;
    }
    guard.requireKnown();
    build();
    if (connection.settings().validateBeforeSubmit()) {
      validateAction();
    }
    try {
      guard.send(SUBMIT, ids(), this::submitOnce);
    } catch (OutcomeUnknownException e) {
      connection.submitUnknown(orderId, e);
      throw e;
    } catch (HostorderException e) {
      // A documented refusal, or a request that provably did not reach Hostway: the order stays open.
      throw incomplete(SUBMIT, e);
    }
    placed = Placed.order(connection, order, orderId, plan, products, services);
    return placed;
  }

  private Answer submitOnce() {
    AnswerRule.Request request = AnswerRule.Request.committing(order.reference(), SUBMIT, ids());
    Answer a;
    try {
      a = Exchange.run(api.action(orderId, Map.of("action", SUBMIT)));
    } catch (IOException e) {
      throw AnswerRule.io(e, request);
    }
    if (StepRule.succeeded(a, 202, connection.mapper())) {
      return a;
    }
    if (a.code() == 409 && Exchange.parse(a, connection.mapper()).message().toLowerCase(Locale.ROOT).contains("submitted")) {
      // "already submitted": this order was submitted before (by a run that lost its answer).
      throw AnswerRule.unrecognised(request, a.code(), "HTTP 409 saying the order was already submitted");
    }
    throw StepRule.failure(a, request, connection.mapper(), redactor, ids());
  }

  private void validateAction() {
    Answer a;
    try {
      a = Exchange.run(api.action(orderId, Map.of("action", VALIDATE)));
    } catch (IOException e) {
      throw incomplete(VALIDATE, AnswerRule.io(e, AnswerRule.Request.reading(VALIDATE)));
    }
    // 204; older revisions of the OrderAPI answered 200 or 202.
    boolean ok = (a.code() == 204 || a.code() == 200 || a.code() == 202) && !AnswerRule.isHtml(a.contentType(), a.body());
    if (!ok) {
      throw incomplete(VALIDATE, a.successful() || AnswerRule.isHtml(a.contentType(), a.body())
          ? AnswerRule.unrecognised(AnswerRule.Request.reading(VALIDATE), a.code(), StepRule.describe(a))
          : error(a, VALIDATE));
    }
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
      setAccount();
    }
    for (OrderPlan.Product product : plan) {
      if (!products.containsKey(product.path())) {
        addProduct(product);
      }
      ServiceScheduler.create(this, product, connection.settings().parallelServices());
    }
  }

  /**
   * {@code POST /orders {}} → 201 with {@code orderId}, {@code Location} and the {@code OwnerId} cookie. It
   * creates an empty open order; an answer that is not that success leaves at most an order nobody submits
   * (its {@code OwnerId} was in the lost answer, or this run drops it), so placing the order again is safe.
   */
  private void createOrder() {
    AnswerRule.Request request = AnswerRule.Request.committing(order.reference(), CREATE, Map.of());
    Answer a;
    try {
      a = Exchange.run(api.createOrder(Map.of()));
    } catch (IOException e) {
      throw notCreated(AnswerRule.io(e, request), null);
    }
    String id = a.code() == 201 ? orderId(a) : null;
    if (id == null || !StepRule.succeeded(a, 201, connection.mapper())) {
      String known = orderId(a);
      throw notCreated(StepRule.failure(a, AnswerRule.Request.committing(order.reference(), CREATE,
          known == null ? Map.of() : Map.of("orderId", known)),
          connection.mapper(), connection.redactor(jar.ownerId().orElse(null)), Map.of()), known);
    }
    orderId = id;
    redactor = connection.redactor(jar.ownerId().orElse(null));
    guard.idsKnown(Map.of("orderId", orderId));
    if (jar.ownerId().isEmpty()) {
      uncertainStep = CREATE;
      throw incomplete(CREATE, new ProviderErrorException("no-owner-id",
          "the order was created without an OwnerId cookie, so it cannot be continued"));
    }
    connection.remember(orderId, jar.ownerId().get());
  }

  /**
   * Returns the error of a {@code POST /orders} that did not give a usable order: a refusal stays as it is; an
   * unknown outcome is definitive for the order as a whole (an open order that is never submitted orders
   * nothing), so it is a {@link TransientException} saying so, with the order id when the answer had one.
   */
  private HostorderException notCreated(HostorderException failure, String knownId) {
    if (!(failure instanceof OutcomeUnknownException unknown)) {
      return failure;
    }
    Map<String, String> d = new LinkedHashMap<>();
    d.put("reference", order.reference());
    d.put("step", CREATE);
    if (knownId != null) d.put("orderId", knownId);
    d.put("submitted", "false");
    String what = unknown.getCause() != null && unknown.getCause().getMessage() != null ? unknown.getCause().getMessage() : "no answer";
    return new TransientException("create order: " + what + "; an empty order may have been created at Hostway, but "
        + "it is never submitted (an order is only ordered by its submit), so nothing is ordered and placing the "
        + "order again is safe", unknown, d);
  }

  /** The order id of a {@code POST /orders} answer: its body's {@code orderId}, else the last segment of {@code Location}. */
  private String orderId(Answer a) {
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
    return id == null || id.isBlank() || !id.matches("[A-Za-z0-9._~-]+") ? null : id;
  }

  /**
   * {@code PUT /orders/{id}/account} → 204. A PUT is idempotent (RFC 9110 §9.2.2) and the account is only
   * used at submit, so an answer that is not the success leaves the order resumable: resuming sends it again.
   */
  private void setAccount() {
    Answer a;
    try {
      a = Exchange.run(api.setAccount(orderId, connection.settings().account()));
    } catch (IOException e) {
      throw incomplete(ACCOUNT, AnswerRule.io(e, AnswerRule.Request.reading(ACCOUNT)));
    }
    if (!StepRule.succeeded(a, 204, connection.mapper())) {
      throw incomplete(ACCOUNT, StepRule.documentedRefusal(a, connection.mapper()) ? error(a, ACCOUNT)
          : AnswerRule.unrecognised(new AnswerRule.Request(RequestKind.READING, order.reference(), ACCOUNT, ids()),
              a.code(), StepRule.describe(a)));
    }
    accountSet = true;
  }

  private void addProduct(OrderPlan.Product product) {
    String step = "add product " + product.path();
    Answer a = create(step, api.addProduct(orderId,
        new ProductBody(product.offering(), product.promoCode(), product.displayName(), product.partnerId())));
    HttpUrl location = a == null ? null : a.location();
    Matcher m = location == null ? null : productPath().matcher(location.encodedPath());
    if (m != null && m.matches() && StepRule.succeeded(a, 201, connection.mapper())) {
      products.put(product.path(), location.toString());
      guard.idsKnown(Map.of("product " + product.path(), location.toString()));
      return;
    }
    throw failed(step, a, m != null && m.matches() ? Map.of("product " + product.path(), location.toString()) : Map.of(),
        product.promoCode());
  }

  /** Creates one service; called by {@link ServiceScheduler}, possibly on several threads at once. */
  void addService(OrderPlan.Product product, OrderPlan.Service service) {
    if (services.containsKey(service.path())) {
      return;
    }
    if (uncertainStep != null) {
      // Another service of this order has an unknown outcome (parallel-services): create nothing more.
      throw incomplete(uncertainStep, new ProviderErrorException("uncertain", "the outcome of '" + uncertainStep
          + "' is unknown, so this order is not completed"));
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
    Answer a = create(step, api.addService(orderId, productId, new ServiceBody(service.name(),
        service.specification(), service.billingCycle(), relatedTo, service.promoCode(), service.attributes())));
    HttpUrl location = a == null ? null : a.location();
    if (location != null && StepRule.succeeded(a, 201, connection.mapper())) {
      services.put(service.path(), location.toString());
      guard.idsKnown(Map.of("service " + service.path(), location.toString()));
      return;
    }
    throw failed(step, a, location != null ? Map.of("service " + service.path(), location.toString()) : Map.of(),
        service.promoCode());
  }

  /**
   * Sends a request that creates a product or a service in the open order and returns its answer, or throws
   * when no answer came: a request that never left leaves the order resumable; one that left may have
   * created the thing, so the order is never completed (it is not resumable).
   */
  private Answer create(String step, Call<ResponseBody> call) {
    guard.requireKnown();
    try {
      return Exchange.run(call);
    } catch (IOException e) {
      HostorderException failure = AnswerRule.io(e, AnswerRule.Request.committing(order.reference(), step, ids()));
      if (failure instanceof OutcomeUnknownException) {
        uncertainStep = step;
      }
      throw incomplete(step, failure);
    }
  }

  /**
   * Returns the error of an answer to a product or service that is not its success: a documented refusal (a
   * rejected promo code among them) or a refusal before processing leaves the order resumable; anything else
   * may have created the thing ({@code seen}: its URL when the answer still named it), so the order is never
   * completed.
   */
  private RuntimeException failed(String step, Answer a, Map<String, String> seen, String promoCode) {
    Map<String, String> known = new LinkedHashMap<>(ids());
    known.putAll(seen);
    HostorderException failure = StepRule.failure(a, AnswerRule.Request.committing(order.reference(), step, known),
        connection.mapper(), redactor, orderId == null ? Map.of() : Map.of("orderId", orderId));
    if (failure instanceof OutcomeUnknownException) {
      uncertainStep = step;
      return incomplete(step, failure);
    }
    return failure(step, failure, promoCode);
  }

  private HostorderException error(Answer a, String step) {
    return Exchange.error(a, step, connection.mapper(), redactor, orderId == null ? Map.of() : Map.of("orderId", orderId));
  }

  /**
   * A product or service refused (a 4xx) while it carried a promo code, whose error names a promo code, is a
   * rejected promo code. The OrderAPI documents {@code promoCode} but not the words of its refusal, so the
   * error type, message and details are each looked at, and "promo", "coupon", "voucher" and "discount code"
   * all count (e.g. {@code {"invalidPromoCode": …}}, {@code {"badRequest": {"message": "Invalid promo code
   * X"}}}, {@code {"badRequest": {…, "details": "promoCode"}}}).
   */
  private RuntimeException failure(String step, HostorderException error, String promoCode) {
    if (promoCode != null && error instanceof ProviderErrorException p && namesPromoCode(p)) {
      Map<String, String> d = new LinkedHashMap<>(ids());
      d.put("step", step);
      d.put("submitted", "false");
      return new PromoCodeRejectedException(promoCode, p.providerMessage(), d);
    }
    return incomplete(step, error);
  }

  private static boolean namesPromoCode(ProviderErrorException p) {
    String said = (p.providerMessage() + " " + p.details().getOrDefault("errorType", "") + " "
        + p.details().getOrDefault("providerBody", "")).toLowerCase(Locale.ROOT);
    return said.contains("promo") || said.contains("coupon") || said.contains("voucher")
        || said.contains("discount code");
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
