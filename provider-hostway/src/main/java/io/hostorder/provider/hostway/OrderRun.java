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
import io.hostorder.core.model.SecretScrubber;
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
 * <p>Every request that creates or submits goes through the cart's {@link CommitGuard} and is classified by
 * {@link StepRule}: a recognised success, a documented refusal ({@link HostwayOrderIncompleteException}, the
 * order can be resumed), a refusal before processing ({@link TransientException}: running again continues the
 * same order), or an unknown outcome ({@link OutcomeUnknownException}), after which this run sends nothing
 * more. Only {@code submit} orders anything ("Use POST /orders/{order_id}/action to submit the order and invoke
 * the … provisioning" — Hostway OrderAPI): an unknown outcome before it leaves an open order that is never
 * submitted, which {@link HostwayCart} uses to let a new cart of the reference start again (see
 * docs/hostway.md, "Which answers are definitive").
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
  private volatile SecretScrubber scrubber;
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
    this.scrubber = connection.scrubber(jar.ownerId().orElse(null));
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
    }
    placed = Placed.order(connection, order, orderId, plan, products, services);
    connection.placed(placed);
    return placed;
  }

  private Answer submitOnce() {
    AnswerRule.Request request = AnswerRule.Request.committing(order.reference(), SUBMIT, ids());
    Answer a;
    try {
      a = Exchange.run(api.action(orderId, Map.of("action", SUBMIT)));
    } catch (IOException e) {
      throw stopped(SUBMIT, AnswerRule.io(e, request), Map.of(), null);
    }
    if (StepRule.succeeded(a, 202, connection.mapper())) {
      return a;
    }
    if (a.code() == 409 && Exchange.parse(a, connection.mapper()).message().toLowerCase(Locale.ROOT).contains("submitted")) {
      // "already submitted": this order was submitted before (by a run that lost its answer).
      throw AnswerRule.unrecognised(request, a.code(), "HTTP 409 saying the order was already submitted");
    }
    HostorderException failure = StepRule.failure(a, request, connection.mapper(), scrubber, ids());
    if (failure instanceof OutcomeUnknownException unknown) {
      throw unknown; // the order may be submitted: no "nothing is ordered" explanation
    }
    throw stopped(SUBMIT, failure, Map.of(), null);
  }

  private void validateAction() {
    AnswerRule.Request request = AnswerRule.Request.reading(VALIDATE);
    Answer a;
    try {
      a = Exchange.run(api.action(orderId, Map.of("action", VALIDATE)));
    } catch (IOException e) {
      throw stopped(VALIDATE, AnswerRule.io(e, request), Map.of(), null);
    }
    // 204; older revisions of the OrderAPI answered 200 or 202.
    boolean html = AnswerRule.isHtml(a.contentType(), a.body());
    if ((a.code() == 204 || a.code() == 200 || a.code() == 202) && !html) {
      return;
    }
    throw stopped(VALIDATE, Exchange.read(a, VALIDATE, connection.mapper(), scrubber,
        orderId == null ? Map.of() : Map.of("orderId", orderId)), Map.of(), null);
  }

  private void build() {
    if (uncertainStep != null) {
      throw incomplete(uncertainStep, new ProviderErrorException("uncertain", "the outcome of '" + uncertainStep
          + "' is unknown, so this order cannot be completed safely; abandon it and place a new order"));
    }
    if (orderId == null) {
      guard.send(CREATE, Map.of(), () -> {
        createOrder();
        return orderId;
      });
    }
    if (!accountSet) {
      guard.send(ACCOUNT, ids(), () -> {
        setAccount();
        return ACCOUNT;
      });
    }
    for (OrderPlan.Product product : plan) {
      if (!products.containsKey(product.path())) {
        guard.send("add product " + product.path(), ids(), () -> {
          addProduct(product);
          return product.path();
        });
      }
      ServiceScheduler.create(this, product, connection.settings().parallelServices());
    }
  }

  /**
   * {@code POST /orders {}} → 201 with {@code orderId}, {@code Location} and the {@code OwnerId} cookie. An
   * answer that is not that success may have left an empty open order, which is never submitted.
   */
  private void createOrder() {
    AnswerRule.Request request = AnswerRule.Request.committing(order.reference(), CREATE, Map.of());
    Answer a;
    try {
      a = Exchange.run(api.createOrder(Map.of()));
    } catch (IOException e) {
      throw stopped(CREATE, AnswerRule.io(e, request), Map.of(), null);
    }
    String id = orderId(a);
    if (id == null || a.code() != 201 || !StepRule.succeeded(a, 201, connection.mapper())) {
      Map<String, String> seen = id == null ? Map.of() : Map.of("orderId", id);
      throw stopped(CREATE, StepRule.failure(a, AnswerRule.Request.committing(order.reference(), CREATE, seen),
          connection.mapper(), connection.scrubber(jar.ownerId().orElse(null)), Map.of()), seen, null);
    }
    orderId = id;
    scrubber = connection.scrubber(jar.ownerId().orElse(null));
    guard.idsKnown(Map.of("orderId", orderId));
    if (jar.ownerId().isEmpty()) {
      uncertainStep = CREATE;
      throw incomplete(CREATE, new ProviderErrorException("no-owner-id",
          "the order was created without an OwnerId cookie, so it cannot be continued"));
    }
    connection.remember(orderId, jar.ownerId().get());
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

  /** {@code PUT /orders/{id}/account} → 204: adds an existing account, or creates a new one, in the open order. */
  private void setAccount() {
    Answer a = send(ACCOUNT, api.setAccount(orderId, connection.settings().account()));
    if (!StepRule.succeeded(a, 204, connection.mapper())) {
      throw failed(ACCOUNT, a, Map.of(), null);
    }
    accountSet = true;
  }

  private void addProduct(OrderPlan.Product product) {
    String step = "add product " + product.path();
    Answer a = send(step, api.addProduct(orderId,
        new ProductBody(product.offering(), product.promoCode(), product.displayName(), product.partnerId())));
    HttpUrl location = a.location();
    Matcher m = location == null ? null : productPath().matcher(location.encodedPath());
    boolean named = m != null && m.matches();
    if (named && StepRule.succeeded(a, 201, connection.mapper())) {
      products.put(product.path(), location.toString());
      guard.idsKnown(Map.of("product " + product.path(), location.toString()));
      return;
    }
    throw failed(step, a, named ? Map.of("product " + product.path(), location.toString()) : Map.of(),
        product.promoCode());
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
    ServiceBody body = new ServiceBody(service.name(), service.specification(), service.billingCycle(), relatedTo,
        service.promoCode(), service.attributes());
    // With parallel-services several threads use the guard at once; after one unknown outcome the others'
    // requireKnown refuses every further request into this order.
    guard.send(step, ids(), () -> {
      Answer a = send(step, api.addService(orderId, productId, body));
      HttpUrl location = a.location();
      if (location != null && StepRule.succeeded(a, 201, connection.mapper())) {
        services.put(service.path(), location.toString());
        guard.idsKnown(Map.of("service " + service.path(), location.toString()));
        return location;
      }
      throw failed(step, a, location != null ? Map.of("service " + service.path(), location.toString()) : Map.of(),
          service.promoCode());
    });
  }

  /** Sends a request that builds the open order and returns its answer; an I/O failure is classified by the rule. */
  private Answer send(String step, Call<ResponseBody> call) {
    try {
      return Exchange.run(call);
    } catch (IOException e) {
      throw stopped(step, AnswerRule.io(e, AnswerRule.Request.committing(order.reference(), step, ids())), Map.of(), null);
    }
  }

  /**
   * Returns the error of an answer to a building step that is not its success: a documented refusal (a rejected
   * promo code among them), a refusal before processing, or an unknown outcome ({@code seen}: the URL the answer
   * still named, if any).
   */
  private RuntimeException failed(String step, Answer a, Map<String, String> seen, String promoCode) {
    Map<String, String> known = new LinkedHashMap<>(ids());
    known.putAll(seen);
    HostorderException failure = StepRule.failure(a, AnswerRule.Request.committing(order.reference(), step, known),
        connection.mapper(), scrubber, orderId == null ? Map.of() : Map.of("orderId", orderId));
    return stopped(step, failure, seen, promoCode);
  }

  /**
   * Returns what the broker hears when {@code step} stops this order with {@code failure}:
   * <ul>
   *   <li>an unknown outcome: an {@link OutcomeUnknownException} saying that this order is never submitted
   *       (this run sends nothing more), with every id known and those the answer still named;
   *   <li>a refusal before processing: a {@link TransientException} with the ids; running again continues;
   *   <li>a documented refusal: {@link HostwayOrderIncompleteException} (resumable), or a rejected promo code.
   * </ul>
   */
  private RuntimeException stopped(String step, HostorderException failure, Map<String, String> seen, String promoCode) {
    Map<String, String> known = new LinkedHashMap<>(ids());
    known.putAll(seen);
    if (failure instanceof OutcomeUnknownException unknown) {
      if (step.equals(SUBMIT)) {
        return unknown;
      }
      uncertainStep = step;
      if (orderId != null) {
        connection.abandoned(orderId, step);
      }
      String what = unknown.getCause() != null && unknown.getCause().getMessage() != null
          ? unknown.getCause().getMessage() : "no answer";
      String which = known.containsKey("orderId") ? "order " + known.get("orderId") : "the order, if it was created,";
      return new OutcomeUnknownException(order.reference(), step, known, new IOException(what + "; " + which
          + " is never submitted (only submit orders anything at Hostway), so nothing is ordered: placing the "
          + "reference again on this provider instance starts a new Hostway order", unknown.getCause()));
    }
    if (failure instanceof TransientException t) {
      Map<String, String> d = new LinkedHashMap<>(known);
      t.details().forEach(d::putIfAbsent);
      d.put("step", step);
      d.put("submitted", "false");
      return new TransientException(t.getMessage(), t.getCause(), d);
    }
    if (orderId == null) {
      return failure;
    }
    return failure(step, failure, promoCode);
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
