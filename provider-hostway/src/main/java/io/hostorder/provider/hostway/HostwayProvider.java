package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.http.Failures;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A Hostway OrderAPI account. Beyond {@link OrderProvider}, it can {@link #resume} an order whose
 * creation stopped half-way, and look an order up with its {@link OwnerId}. Each order has its own
 * {@code OwnerId} cookie jar, so carts filled on several threads at once never mix their cookies. A
 * reference whose submit had an unknown outcome is refused by every later cart of this instance without a
 * request. Safe for concurrent use.
 */
public final class HostwayProvider implements OrderProvider {
  private final Capabilities capabilities;
  private final Connection connection;
  private final PendingOutcomes pending = new PendingOutcomes();

  HostwayProvider(HostwaySettings settings, Capabilities capabilities, OkHttpClient client, ObjectMapper mapper) {
    this.capabilities = capabilities;
    this.connection = new Connection(settings, client, mapper);
  }

  @Override
  public String type() {
    return HostwayProviderFactory.TYPE;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  /** Returns the portable and capability problems of {@code order}, and everything Hostway cannot take. */
  @Override
  public List<Violation> validate(OrderRequest order) {
    List<Violation> out = new ArrayList<>(OrderValidator.validate(order, capabilities));
    OrderPlan.map(order.items(), order.promoCode(), baseUrl(), out);
    return out;
  }

  @Override
  public Cart newCart(String reference) {
    return newCart(reference, OrderTrail.NONE);
  }

  /**
   * Returns a cart whose submit goes through a {@link CommitGuard} reporting to {@code trail}, and which tells
   * {@code trail} the order id and every product and service URL as each is created. The {@code OwnerId}
   * is a secret and is never given to the trail: an order left open by a crash cannot be resumed from it.
   */
  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    Objects.requireNonNull(trail, "trail == null");
    return new HostwayCart(this, reference, guard(reference, trail));
  }

  /** Returns true: {@link #newCart(String, OrderTrail)} reports to its trail. */
  @Override
  public boolean reportsTrail() {
    return true;
  }

  /**
   * Returns a cart that carries out the remaining steps of the unsubmitted order in {@code state} (from
   * {@link HostwayOrderIncompleteException#state()}, or rebuilt with {@link HostwayOrderState#of}); its
   * {@code checkout()} creates only what is missing, then submits.
   *
   * @throws IllegalArgumentException when the state is not {@link HostwayOrderState#resumable() resumable}, or
   *     this instance abandoned the order after an unknown outcome of one of its steps
   * @throws OutcomeUnknownException when this instance sent the order's submit and lost its answer, or the
   *     order's reference has an unknown outcome here: nothing is sent
   */
  public Cart resume(HostwayOrderState state) {
    Objects.requireNonNull(state, "state == null");
    if (!state.resumable()) {
      throw new IllegalArgumentException("order " + state.orderId() + " cannot be resumed safely"
          + (state.uncertainStep() != null ? " (the outcome of '" + state.uncertainStep() + "' is unknown)" : " (no owner id)")
          + "; abandon it and place a new order");
    }
    connection.abandoned(state.orderId()).ifPresent(step -> {
      throw new IllegalArgumentException("order " + state.orderId() + " cannot be resumed safely (the outcome of '"
          + step + "' is unknown, and a new order of its reference may have been placed since); place a new order");
    });
    connection.submitUnknown(state.orderId()).ifPresent(e -> {
      throw e; // its submit was sent and its answer lost: never submitted again
    });
    CommitGuard guard = guard(state.order().reference(), OrderTrail.NONE);
    guard.requireKnown();
    return HostwayCart.resume(this, state, guard);
  }

  private CommitGuard guard(String reference, OrderTrail trail) {
    return new CommitGuard(reference, new SerialTrail(trail), pending);
  }

  /** Returns the owner id of order {@code ref} when this instance created it, or empty. */
  public Optional<OwnerId> ownerId(OrderRef ref) {
    return connection.owner(ref.id()).map(OwnerId::of);
  }

  /**
   * Looks up the order a write-ahead journal recorded for {@code reference} by its {@code orderId} (told to
   * the trail as soon as {@code POST /orders} answered): {@code GET /orders/{id}} with the configured
   * {@code Authorization} and <em>without</em> the order's {@code OwnerId}. The API notes: "{@code
   * Authorization} optional, for submitted orders" and "a wrong or missing OwnerId answers 401 with {@code
   * Content-Type: text/plain}". So a 200 is the submitted order (found), and a plain-text 401 is an order
   * that was never submitted: it orders nothing, so the reference holds no order (empty) and may be placed
   * again (the open order is left as it is, which orders nothing). Any other answer is an error, never
   * "not found". Without a recorded order id, or without a configured login (then every order answers 401),
   * it cannot look: {@link io.hostorder.core.error.UnsupportedCapabilityException}.
   */
  @Override
  public Optional<Order> reconcile(String reference, Map<String, String> knownIds) {
    Objects.requireNonNull(reference, "reference == null");
    String orderId = knownIds == null ? null : knownIds.get("orderId");
    if (orderId == null || orderId.isBlank() || connection.settings().authHeaderValue() == null) {
      return reconcile(reference);
    }
    if (!orderId.matches("[A-Za-z0-9._~-]+")) {
      throw new InvalidOrderException(new Violation("orderId", "'" + orderId + "' is not a Hostway order id"));
    }
    Answer a;
    try {
      a = Exchange.run(connection.api(new OwnerCookieJar()).order(orderId));
    } catch (IOException e) {
      throw Failures.io(e, false, reference, "reconcile: order status", Map.of("orderId", orderId));
    }
    if (a.code() == 401 && !AnswerRule.isHtml(a.contentType(), a.body())
        && (a.contentType() == null || a.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain"))) {
      return Optional.empty();
    }
    if (!a.successful()) {
      throw Exchange.error(a, "GET /orders/" + orderId, connection.mapper(), connection.redactor(null),
          Map.of("orderId", orderId, "reference", reference));
    }
    JsonNode root;
    try {
      root = connection.mapper().readTree(a.body());
    } catch (IOException e) {
      throw new ProviderErrorException("malformed", "GET /orders/" + orderId + " answered with a body that is not JSON");
    }
    return Optional.of(Placed.status(orderId, root));
  }

  /** Returns order {@code ref} as Hostway sees it ({@code GET /orders/{id}}), sent with the owner id this instance knows. */
  @Override
  public Order order(OrderRef ref) {
    Objects.requireNonNull(ref, "ref == null");
    return order(ref, connection.owner(ref.id()).map(OwnerId::of).orElse(null));
  }

  /**
   * Returns order {@code ref} as Hostway sees it, sent with {@code owner} (the order's {@code OwnerId}
   * cookie), or with none when it is null (then the configured credentials must give access).
   *
   * @throws io.hostorder.core.error.AuthenticationException 401/403
   * @throws io.hostorder.core.error.NotFoundException 404
   */
  public Order order(OrderRef ref, OwnerId owner) {
    Objects.requireNonNull(ref, "ref == null");
    if (!ref.id().matches("[A-Za-z0-9._~-]+")) {
      throw new InvalidOrderException(new Violation("ref", "'" + ref.id() + "' is not a Hostway order id"));
    }
    OwnerCookieJar jar = owner == null ? new OwnerCookieJar() : OwnerCookieJar.holding(baseUrl(), owner.value());
    Answer a;
    try {
      a = Exchange.run(connection.api(jar).order(ref.id()));
    } catch (IOException e) {
      throw Failures.io(e, false, ref.id(), "order status", Map.of("orderId", ref.id()));
    }
    if (!a.successful()) {
      throw Exchange.error(a, "GET /orders/" + ref.id(), connection.mapper(),
          connection.redactor(owner == null ? null : owner.value()), Map.of("orderId", ref.id()));
    }
    JsonNode root;
    try {
      root = connection.mapper().readTree(a.body());
    } catch (IOException e) {
      throw new ProviderErrorException("malformed", "GET /orders/" + ref.id() + " answered with a body that is not JSON");
    }
    return Placed.status(ref.id(), root);
  }

  HttpUrl baseUrl() {
    return connection.baseUrl();
  }

  OrderRun newRun(OrderRequest request, CommitGuard guard) {
    return new OrderRun(connection, request, plan(request), new OwnerCookieJar(), guard);
  }

  OrderRun resumeRun(OrderRequest request, HostwayOrderState state, CommitGuard guard) {
    return OrderRun.resume(connection, plan(request), state, guard);
  }

  private List<OrderPlan.Product> plan(OrderRequest request) {
    List<Violation> problems = new ArrayList<>();
    List<OrderPlan.Product> plan = OrderPlan.map(request.items(), request.promoCode(), baseUrl(), problems);
    OrderValidator.throwIfAny(type(), problems);
    return plan;
  }

  @Override
  public String toString() {
    return "HostwayProvider{" + connection.settings() + '}';
  }
}
