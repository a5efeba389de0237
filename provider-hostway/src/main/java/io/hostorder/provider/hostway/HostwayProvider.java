package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.Capability;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
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
  private final OrderReader reader;

  HostwayProvider(HostwaySettings settings, Capabilities capabilities, OkHttpClient client, ObjectMapper mapper) {
    this.capabilities = capabilities;
    this.connection = new Connection(settings, client, mapper);
    this.reader = new OrderReader(connection);
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
    OrderPlan.map(order.items(), order.reference(), order.promoCode(), baseUrl(), out);
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
   * Finds the order placed with {@code reference}, by the keys below in this order (docs/hostway.md, "Finding an
   * order again"); needs the {@code Authorization} header (a configured {@code login}), since without its {@code
   * OwnerId} Hostway lets only credentials read an order or an account's products.
   * <ol>
   *   <li>the order id a journal recorded ({@code knownIds.orderId}, told to the trail as soon as {@code POST
   *       /orders} answered): {@code GET /orders/{id}} without the {@code OwnerId}. "Authorization optional, for
   *       submitted orders" and "a wrong or missing OwnerId answers 401 with {@code Content-Type: text/plain}"
   *       (OrderAPI notes): a 200 is the submitted order, and a plain-text 401 an order never submitted, which
   *       orders nothing (empty). Its products' status is then read ({@code GET …/products/{pid}});
   *   <li>else the {@code partnerId}, which is the reference: {@code GET /accounts/{accountId}/products?
   *       filterPartnerId=<reference>} of the configured {@code account-number} (or {@code knownIds.accountNumber}),
   *       see {@link PartnerIdLookup};
   *   <li>nothing else is adopted.
   * </ol>
   * Any answer but those is an error, never "not found". Without a login, or with no order id recorded and no
   * account number known, it cannot look: {@link UnsupportedCapabilityException} naming what is missing.
   */
  @Override
  public Optional<Order> reconcile(String reference, Map<String, String> knownIds) {
    Objects.requireNonNull(reference, "reference == null");
    Map<String, String> ids = knownIds == null ? Map.of() : knownIds;
    String orderId = ids.get("orderId");
    if (connection.settings().authHeaderValue() == null) {
      throw new UnsupportedCapabilityException(type(), Capability.RECONCILE, List.of(new Violation(HostwayProviderFactory.LOGIN,
          "no Authorization is configured (login=none): without an order's OwnerId Hostway lets only credentials read "
              + "a submitted order or an account's products, so reconcile cannot look; an operator must decide")));
    }
    if (orderId != null && !orderId.isBlank()) {
      if (!orderId.matches("[A-Za-z0-9._~-]+")) {
        throw new InvalidOrderException(new Violation("orderId", "'" + orderId + "' is not a Hostway order id"));
      }
      return reader.read(orderId, null, ids, reference, "reconcile: order status", true);
    }
    String account = connection.settings().accountNumber() != null ? connection.settings().accountNumber()
        : ids.get("accountNumber");
    if (account == null || account.isBlank()) {
      throw new UnsupportedCapabilityException(type(), Capability.RECONCILE, List.of(new Violation(
          HostwayProviderFactory.ACCOUNT_NUMBER, "no order id was recorded and no account number is known (a new "
              + "account is created per order): the products with partnerId '" + reference + "' cannot be looked "
              + "for; an operator must decide")));
    }
    return new PartnerIdLookup(connection, reader).find(reference, account);
  }

  /** Finds the order placed with {@code reference} by its products' {@code partnerId}; see {@link #reconcile(String, Map)}. */
  @Override
  public Optional<Order> reconcile(String reference) {
    return reconcile(reference, Map.of());
  }

  /**
   * Returns order {@code ref} as Hostway sees it, sent with the owner id this instance knows: {@code GET
   * /orders/{id}}, and with a configured login each product's {@code GET …/products/{pid}} (see {@link
   * #order(OrderRef, OwnerId)}).
   */
  @Override
  public Order order(OrderRef ref) {
    Objects.requireNonNull(ref, "ref == null");
    return order(ref, connection.owner(ref.id()).map(OwnerId::of).orElse(null));
  }

  /**
   * Returns order {@code ref} as Hostway sees it, sent with {@code owner} (the order's {@code OwnerId}
   * cookie), or with none when it is null (then the configured credentials must give access). Its status is
   * the order's {@code Status} ({@code new}, the only documented value, is PROCESSING) or, with a configured
   * login, its products' status (new/pending PROCESSING, open ACTIVE, close_pending/closed/purge_pending
   * CANCELLED, suspended UNKNOWN); each product line carries its {@link io.hostorder.core.model.Server}.
   *
   * @throws io.hostorder.core.error.AuthenticationException 401/403
   * @throws io.hostorder.core.error.NotFoundException 404
   * @throws io.hostorder.core.error.TransientException 5xx, e.g. a product's 502 "Unexpected backend response"
   */
  public Order order(OrderRef ref, OwnerId owner) {
    Objects.requireNonNull(ref, "ref == null");
    if (!ref.id().matches("[A-Za-z0-9._~-]+")) {
      throw new InvalidOrderException(new Violation("ref", "'" + ref.id() + "' is not a Hostway order id"));
    }
    return reader.read(ref.id(), owner == null ? null : owner.value(), Map.of(), null, "order status", false)
        .orElseThrow();
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
    List<OrderPlan.Product> plan = OrderPlan.map(request.items(), request.reference(), request.promoCode(), baseUrl(),
        problems);
    OrderValidator.throwIfAny(type(), problems);
    return plan;
  }

  @Override
  public String toString() {
    return "HostwayProvider{" + connection.settings() + '}';
  }
}
