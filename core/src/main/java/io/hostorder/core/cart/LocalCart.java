package io.hostorder.core.cart;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The cart of an API that has none of its own: it keeps the items and the promo code here and places the
 * whole order with one committing request, the provider's {@link Create}, at checkout.
 *
 * <p>What it guarantees, so that a provider does not write it again:
 *
 * <ul>
 *   <li>{@link #add} validates the item with the provider's one declaration, {@link
 *       OrderProvider#validate(OrderRequest)} of the items so far plus this one, and throws {@link
 *       InvalidOrderException} naming the field ({@code items[n].plan}) before any request;
 *   <li>checkout first looks the order up by its reference where the provider can ({@link
 *       Capability#RECONCILE}, or a lookup given to the builder): an order that exists is returned and
 *       nothing is created;
 *   <li>the create goes through the cart's {@link CommitGuard}, so it is sent at most once and a journal
 *       hears it before and after; the order placed is remembered and a second checkout returns it without a
 *       request;
 *   <li>after an unknown outcome every checkout of the reference on this provider instance throws that same
 *       {@link OutcomeUnknownException} without a request (or, when the provider gives a lookup for it, only
 *       reads: an order found is returned, anything else throws the same error);
 *   <li>an order this cart created that awaits payment is a {@link PaymentRequiredException}, repeated by a
 *       second checkout (or paid by the provider's {@link Pay} step when it has one); an order found by a
 *       lookup is returned as the provider holds it (or paid, with a {@link Pay} step).
 * </ul>
 *
 * <p>Safe for concurrent use: every method holds the cart's lock, so two threads never check out at once.
 */
public final class LocalCart implements Cart {

  /**
   * The provider's one committing request: creates the order of {@code items} at the provider.
   */
  @FunctionalInterface
  public interface Create {
    /**
     * Sends the create request once and returns the order it created. A provider whose answer says the order
     * exists but awaits payment may return that order with {@link OrderStatus#PENDING_PAYMENT}, or throw a
     * {@link PaymentRequiredException} that carries the order; both count as created.
     *
     * @param items the items, in the order they were added
     * @param promoCode the promo code applied, or null
     * @return the order created
     * @throws OutcomeUnknownException when the order may or may not have been created
     * @throws io.hostorder.core.error.HostorderException a documented refusal: nothing was created
     */
    Order create(List<OrderItem> items, String promoCode);
  }

  /** Looks an order up by the broker's reference with reading requests only. */
  @FunctionalInterface
  public interface Lookup {
    /**
     * Returns the order placed with {@code reference}, or empty when none is found.
     *
     * @param reference the broker's reference
     * @param unknown the unknown outcome that asks for the lookup, or null for the lookup before creating
     * @return the order, or empty
     */
    Optional<Order> find(String reference, OutcomeUnknownException unknown);
  }

  /** A reading check the provider makes as an item is added, and the line it gives the item. */
  @FunctionalInterface
  public interface Lines {
    /**
     * Returns the cart line of {@code item}, already validated, checking it with the provider first where
     * the provider wants to (a reading request).
     *
     * @param item the item
     * @param index its position in the cart, from 0
     * @return its line
     */
    CartLine line(OrderItem item, int index);
  }

  /** The provider's payment of an order that awaits it: a second committing request. */
  @FunctionalInterface
  public interface Pay {
    /**
     * Pays {@code order} and returns it as it then stands.
     *
     * @param order the order awaiting payment
     * @return the order after payment
     */
    Order pay(Order order);
  }

  private final OrderProvider provider;
  private final String reference;
  private final CommitGuard guard;
  private final String step;
  private final Create create;
  private final Lookup reconcile;
  private final Lookup afterUnknown;
  private final Lines lineMaker;
  private final java.util.function.Consumer<String> promoCheck;
  private final java.util.function.Consumer<List<OrderItem>> dryRun;
  private final Pay pay;
  private final List<CartLine> lines = new ArrayList<>();
  private String promoCode;
  private Order placed;
  private PaymentRequiredException paymentRequired;
  private boolean sent;
  private boolean lookedUp;

  private LocalCart(Builder b) {
    this.provider = b.provider;
    this.reference = b.reference;
    this.guard = new CommitGuard(b.reference, b.trail, b.pending);
    this.step = b.step;
    this.create = Objects.requireNonNull(b.create, "create == null");
    this.reconcile = b.noReconcile ? null : b.reconcile != null ? b.reconcile
        : b.provider.capabilities().has(Capability.RECONCILE) ? (ref, unknown) -> b.provider.reconcile(ref) : null;
    this.afterUnknown = b.afterUnknown;
    this.lineMaker = b.lines != null ? b.lines : (item, i) -> new CartLine(Integer.toString(i + 1), item, Map.of());
    this.promoCheck = b.promoCheck;
    this.dryRun = b.dryRun;
    this.pay = b.pay;
  }

  /**
   * Returns a builder of a cart of {@code provider} for the order {@code reference}.
   *
   * @param provider the provider whose {@link OrderProvider#validate(OrderRequest)}, capabilities and
   *     {@link OrderProvider#reconcile(String)} the cart uses
   * @param reference the broker's reference of the order, its idempotency key
   * @return a new builder
   * @throws InvalidOrderException when the reference is blank
   */
  public static Builder builder(OrderProvider provider, String reference) {
    return new Builder(provider, reference);
  }

  /**
   * Returns the broker's reference this cart places.
   *
   * @return the reference
   */
  @Override
  public String reference() {
    return reference;
  }

  /**
   * Validates {@code item} with the provider's declaration and keeps it.
   *
   * @param item the item to add
   * @return its line
   * @throws InvalidOrderException naming each field that is wrong, before any request
   * @throws IllegalStateException when the order was already sent; start a new cart
   */
  @Override
  public synchronized CartLine add(OrderItem item) {
    Objects.requireNonNull(item, "item == null");
    if (sent) {
      throw new IllegalStateException("the order " + reference + " was already sent; start a new cart");
    }
    List<OrderItem> items = new ArrayList<>(items());
    items.add(item);
    OrderValidator.throwIfAny(provider.type(),
        provider.validate(OrderRequest.builder().reference(reference).items(items).build()));
    CartLine line = lineMaker.line(item, lines.size());
    lines.add(line);
    return line;
  }

  /**
   * Keeps {@code code} for the create request, after the provider's check where it has one.
   *
   * @param code the promo code
   * @throws UnsupportedCapabilityException without {@link Capability#PROMO_CODE}
   * @throws InvalidOrderException when the code is blank
   * @throws io.hostorder.core.error.PromoCodeRejectedException when the provider's check rejects it
   */
  @Override
  public synchronized void applyPromoCode(String code) {
    provider.capabilities().require(provider.type(), Capability.PROMO_CODE);
    if (code == null || code.isBlank()) {
      throw new InvalidOrderException(new Violation("promoCode", "must not be blank"));
    }
    if (promoCheck != null) {
      promoCheck.accept(code);
    }
    promoCode = code;
  }

  /**
   * Runs the provider's dry run of the items so far.
   *
   * @throws UnsupportedCapabilityException without {@link Capability#VALIDATE_ONLY} or a dry run
   * @throws InvalidOrderException when the cart is empty
   */
  @Override
  public synchronized void validate() {
    provider.capabilities().require(provider.type(), Capability.VALIDATE_ONLY);
    if (dryRun == null) {
      throw new UnsupportedCapabilityException(provider.type(), Capability.VALIDATE_ONLY);
    }
    requireLines();
    dryRun.accept(items());
  }

  /**
   * Returns the lines added so far.
   *
   * @return a copy of the lines, in the order they were added
   */
  @Override
  public synchronized List<CartLine> lines() {
    return List.copyOf(lines);
  }

  /**
   * Tells the cart that its order was just looked up by reference and not found, so that {@link #checkout}
   * does not look a second time: {@link OrderProvider#place} calls it after its own look-up, which keeps a
   * placement at the documented number of requests. A cart used step by step looks itself.
   */
  public synchronized void lookedUp() {
    lookedUp = true;
  }

  /**
   * Places the order: returns the order this cart placed before, or the one found by its reference, or
   * sends the one create.
   *
   * @return the order as placed
   * @throws InvalidOrderException when the cart is empty; nothing was sent
   * @throws PaymentRequiredException when the order exists and awaits payment
   * @throws OutcomeUnknownException when the order may or may not have been created, now or before
   * @throws io.hostorder.core.error.HostorderException the provider's documented refusal; nothing was created
   */
  @Override
  public synchronized Order checkout() {
    if (placed != null) {
      return again();
    }
    OutcomeUnknownException unknown = guard.unknown();
    if (unknown != null) {
      Optional<Order> found = afterUnknown == null ? Optional.empty() : afterUnknown.find(reference, unknown);
      if (found.isEmpty()) {
        throw unknown;
      }
      // The reference stays pending on purpose: every later cart of it looks again instead of creating.
      sent = true;
      placed = found.get();
      return again();
    }
    requireLines();
    if (reconcile != null && !lookedUp) {
      Optional<Order> existing = reconcile.find(reference, null);
      if (existing.isPresent()) {
        sent = true;
        placed = existing.get();
        return again();
      }
    }
    List<OrderItem> items = items();
    String code = promoCode;
    sent = true;
    Created created;
    try {
      created = guard.send(step, lineIds(), () -> {
        try {
          // A create that answers nothing is a bug reading an odd answer: the guard makes it an unknown outcome.
          return new Created(Objects.requireNonNull(create.create(items, code), "create returned no order"), null);
        } catch (PaymentRequiredException e) {
          if (e.order() == null) {
            throw e;
          }
          return new Created(e.order(), e); // created, and awaiting payment
        }
      });
    } catch (RuntimeException e) {
      sent = guard.unknown() != null; // a definitive refusal leaves the cart as it was
      throw e;
    }
    guard.idsKnown(Map.of("orderId", created.order().ref().id()));
    paymentRequired = created.payment();
    return done(created.order());
  }

  private record Created(Order order, PaymentRequiredException payment) {}

  /** Remembers {@code order}, just created, and returns it, or throws its payment error when it awaits payment. */
  private Order done(Order order) {
    placed = order;
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      return order;
    }
    if (paymentRequired == null) {
      paymentRequired = paymentError(order);
    }
    throw paymentRequired;
  }

  /** Answers a checkout of the order already placed or found: returns it, pays it, or repeats its payment error. */
  private Order again() {
    if (placed.status() != OrderStatus.PENDING_PAYMENT) {
      return placed;
    }
    if (pay == null) {
      if (paymentRequired == null) {
        return placed; // found, not created here: returned as the provider holds it, as place() returns it
      }
      throw paymentRequired;
    }
    Order awaiting = placed;
    Order paid = guard.send("pay", Map.of("orderId", awaiting.ref().id()), () -> pay.pay(awaiting));
    paymentRequired = null;
    return done(paid);
  }

  private PaymentRequiredException paymentError(Order order) {
    String said = order.invoice() == null || order.invoice().message() == null ? "" : ": " + order.invoice().message();
    return new PaymentRequiredException("order " + order.ref() + " waits for payment" + said, order, order.invoice(),
        Map.of("reference", reference));
  }

  private List<OrderItem> items() {
    return lines.stream().map(CartLine::item).toList();
  }

  private Map<String, String> lineIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      ids.put("items[" + i + "].cartLine", lines.get(i).id());
    }
    return ids;
  }

  private void requireLines() {
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "an order needs at least one item"));
    }
  }

  @Override
  public synchronized String toString() {
    return "LocalCart{provider=" + provider.type() + ", reference=" + reference + ", lines=" + lines.size()
        + (placed != null ? ", placed " + placed.ref() : "") + '}';
  }

  /** Builds a {@link LocalCart}; only {@link #create} is required. Not safe for concurrent use. */
  public static final class Builder {
    private final OrderProvider provider;
    private final String reference;
    private OrderTrail trail = OrderTrail.NONE;
    private PendingOutcomes pending = new PendingOutcomes();
    private String step = "create";
    private Create create;
    private Lookup reconcile;
    private boolean noReconcile;
    private Lookup afterUnknown;
    private Lines lines;
    private java.util.function.Consumer<String> promoCheck;
    private java.util.function.Consumer<List<OrderItem>> dryRun;
    private Pay pay;

    private Builder(OrderProvider provider, String reference) {
      this.provider = Objects.requireNonNull(provider, "provider == null");
      Objects.requireNonNull(reference, "reference == null");
      if (reference.isBlank()) {
        throw new InvalidOrderException(new Violation("reference", "must not be blank"));
      }
      this.reference = reference;
    }

    /**
     * Sets the trail that hears the create before and after it is sent, and the provider instance's pending
     * outcomes, shared by all its carts (keep one per provider instance: it is what makes a new cart of a
     * reference whose create had an unknown outcome refuse to create again).
     *
     * @param trail the trail, {@link OrderTrail#NONE} by default
     * @param pending the provider instance's unknown outcomes
     * @return this builder
     */
    public Builder trail(OrderTrail trail, PendingOutcomes pending) {
      this.trail = Objects.requireNonNull(trail, "trail == null");
      this.pending = Objects.requireNonNull(pending, "pending == null");
      return this;
    }

    /**
     * Sets the create request's name, as the trail and errors show it ({@code "create"} by default).
     *
     * @param step the name, e.g. {@code "order_create"}
     * @return this builder
     */
    public Builder step(String step) {
      this.step = Objects.requireNonNull(step, "step == null");
      return this;
    }

    /**
     * Sets the one committing request that creates the order. Required.
     *
     * @param create the create request
     * @return this builder
     */
    public Builder create(Create create) {
      this.create = Objects.requireNonNull(create, "create == null");
      return this;
    }

    /**
     * Sets the lookup made before creating, in place of {@link OrderProvider#reconcile(String)} (which is
     * the default when the provider has {@link Capability#RECONCILE}).
     *
     * @param lookup a lookup whose empty answer means the provider holds no such order, or null for none
     * @return this builder
     */
    public Builder reconcile(Lookup lookup) {
      this.reconcile = lookup;
      this.noReconcile = lookup == null;
      return this;
    }

    /**
     * Sets a lookup made, with reading requests only, when a checkout meets an unknown outcome: an order
     * found is returned; an empty answer throws the unknown outcome again. Without it the unknown outcome is
     * thrown again without any request.
     *
     * @param lookup the lookup
     * @return this builder
     */
    public Builder afterUnknown(Lookup lookup) {
      this.afterUnknown = Objects.requireNonNull(lookup, "lookup == null");
      return this;
    }

    /**
     * Sets how an item, already validated, becomes a line (by default line ids are {@code "1"}, {@code "2"},
     * … and nothing is sent).
     *
     * @param lines the line maker, which may check the item with a reading request
     * @return this builder
     */
    public Builder lines(Lines lines) {
      this.lines = Objects.requireNonNull(lines, "lines == null");
      return this;
    }

    /**
     * Sets the provider's check of a promo code, which throws {@link
     * io.hostorder.core.error.PromoCodeRejectedException} to reject it (by default a code is kept unchecked
     * and sent with the create).
     *
     * @param check the check
     * @return this builder
     */
    public Builder promoCheck(java.util.function.Consumer<String> check) {
      this.promoCheck = Objects.requireNonNull(check, "check == null");
      return this;
    }

    /**
     * Sets the provider's dry run for {@link Cart#validate()} (needs {@link Capability#VALIDATE_ONLY}).
     *
     * @param dryRun checks the items without placing them; throws a typed error for a problem
     * @return this builder
     */
    public Builder dryRun(java.util.function.Consumer<List<OrderItem>> dryRun) {
      this.dryRun = Objects.requireNonNull(dryRun, "dryRun == null");
      return this;
    }

    /**
     * Sets the payment step: a checkout after the order was found awaiting payment pays it, once, through
     * the guard as the committing step {@code "pay"} (without it, that checkout throws the same {@link
     * PaymentRequiredException} again).
     *
     * @param pay the payment request
     * @return this builder
     */
    public Builder pay(Pay pay) {
      this.pay = Objects.requireNonNull(pay, "pay == null");
      return this;
    }

    /**
     * Returns the cart.
     *
     * @return a new empty cart
     * @throws NullPointerException when no {@link #create} was set
     */
    public LocalCart build() {
      return new LocalCart(this);
    }
  }
}
