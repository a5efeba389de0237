package io.hostorder.provider.memory;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.CartLine;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.cart.LocalCart;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The in-memory provider: a client of one {@link MemoryAccount}. Each call that would be a request at a
 * real hosting company is one {@link MemoryAccount#request} (counted, subject to faults and to the
 * credentials check); everything else (validation, capability checks) happens here before any request.
 * Safe for concurrent use: it holds no mutable state of its own.
 */
final class MemoryProvider implements OrderProvider {
  private final MemoryAccount account;
  private final Capabilities capabilities;
  private final Set<String> promoCodes;
  private final String password;
  private final Duration callTimeout;
  private final PendingOutcomes pending = new PendingOutcomes();

  private MemoryProvider(MemoryAccount account, Capabilities capabilities, Set<String> promoCodes, String password,
      Duration callTimeout) {
    this.account = account;
    this.capabilities = capabilities;
    this.promoCodes = promoCodes;
    this.password = password;
    this.callTimeout = callTimeout;
  }

  static MemoryProvider create(ProviderConfig config, Capabilities capabilities) {
    String password = config.require("password");
    BigDecimal balance;
    try {
      balance = new BigDecimal(config.optional("balance").orElse("1000"));
    } catch (NumberFormatException e) {
      throw new io.hostorder.core.error.ConfigurationException("balance", "'" + config.values().get("balance")
          + "' is not an amount");
    }
    MemoryAccount account = MemoryAccount.open(config.optional("account").orElse("default"), password, balance);
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (String code : config.optional("promo-codes").orElse("").split(",")) {
      if (!code.isBlank()) {
        codes.add(code.trim());
      }
    }
    Duration timeout = config.duration("call-timeout").orElse(Duration.ofSeconds(60));
    return new MemoryProvider(account, capabilities, Set.copyOf(codes), password, timeout);
  }

  @Override
  public String type() {
    return MemoryProviderFactory.TYPE;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    List<Violation> out = OrderValidator.validate(order, capabilities);
    for (int i = 0; i < order.items().size(); i++) {
      ownRules(order.items().get(i), "items[" + i + "]", out);
    }
    return out;
  }

  /** The memory provider's own rules: it has no addons nor options, so it rejects them rather than drop them. */
  static void ownRules(OrderItem item, String path, List<Violation> out) {
    item.addons().keySet().forEach(k -> out.add(new Violation(path + ".addons." + k,
        "the memory provider takes no addons; order related items instead")));
    item.options().keySet().forEach(k -> out.add(new Violation(path + ".options." + k,
        "the memory provider takes no options")));
    for (int i = 0; i < item.related().size(); i++) {
      ownRules(item.related().get(i), path + ".related[" + i + "]", out);
    }
  }

  @Override
  public Cart newCart(String reference) {
    return newCart(reference, OrderTrail.NONE);
  }

  /**
   * Returns core's {@link LocalCart}: lines are checked by the account as they are added (one reading request
   * each); checkout finds the order again by its reference first where the instance can reconcile, so a retry
   * after a lost answer returns the order instead of placing a second one. The committing requests ({@code
   * checkout}, {@code pay}) are each sent at most once and told to {@code trail}.
   */
  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    return cart(reference, trail, false);
  }

  @Override
  public boolean reportsTrail() {
    return true;
  }

  /**
   * Places the order in one request when the provider may skip the cart (its look-up by reference is part of
   * that one step, whose result is reported as placed); through a cart otherwise.
   */
  @Override
  public Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
    if (!capabilities.has(Capability.SKIP_CART)) {
      return OrderProvider.super.place(order, trail, listener);
    }
    PlaceListener heard = PlaceListener.guarded(listener);
    OrderValidator.throwIfAny(type(), validate(order));
    heard.validated(order);
    Order placed = PlaceListener.step(heard, PlaceStep.placeInOneStep(), () -> {
      LocalCart cart = cart(order.reference(), trail, true);
      order.items().forEach(cart::add);
      if (order.promoCode() != null) {
        cart.applyPromoCode(order.promoCode());
      }
      return cart.checkout();
    });
    heard.placed(placed);
    return placed;
  }

  /**
   * Returns a cart of {@code reference}; {@code oneStep} is the skip-cart path, which sends no request per
   * line and checks a promo code only with the commit (a request only to say it is rejected).
   */
  private LocalCart cart(String reference, OrderTrail trail, boolean oneStep) {
    LocalCart.Builder b = LocalCart.builder(this, reference).trail(trail, pending).step("checkout")
        .create((items, code) -> request(true, reference, "checkout", lineIds(items.size()), () -> {
          checkPlans(items);
          return account.ledger().commit(reference, items, code, code != null);
        }))
        // The account's ledger is the whole truth: after an unknown outcome, reconcile says how it ended.
        .afterUnknown((ref, unknown) -> capabilities.has(Capability.RECONCILE) ? reconcile(ref) : Optional.empty())
        .pay(order -> request(true, reference, "pay", Map.of("orderId", order.ref().id()),
            () -> account.ledger().pay(order.ref().id())))
        .dryRun(items -> request(false, reference, "validate", lineIds(items.size()), () -> {
          checkPlans(items);
          return null;
        }));
    if (oneStep) {
      return b.lines((item, i) -> line(item, i)).promoCheck(code -> {
        if (!acceptsPromoCode(code)) {
          request(false, reference, "promo", Map.of(), () -> {
            throw rejected(code);
          });
        }
      }).build();
    }
    return b.lines((item, i) -> request(false, reference, "add", lineIds(i), () -> {
      checkPlans(item, "items[" + i + "]", false);
      return line(item, i);
    })).promoCheck(code -> request(false, reference, "promo", Map.of(), () -> {
      if (!acceptsPromoCode(code)) {
        throw rejected(code);
      }
      return code;
    })).build();
  }

  /** Checks every item's plans, as the account does for a whole order. */
  private void checkPlans(List<OrderItem> items) {
    for (int i = 0; i < items.size(); i++) {
      checkPlans(items.get(i), "items[" + i + "]", false);
    }
  }

  private static CartLine line(OrderItem item, int index) {
    return new CartLine("cart-" + (index + 1), item, Map.of("plan", item.plan()));
  }

  private static PromoCodeRejectedException rejected(String code) {
    return new PromoCodeRejectedException(code, "the memory account knows no such code", Map.of());
  }

  /** The ids of the first {@code count} lines, as the account's requests name them. */
  private static Map<String, String> lineIds(int count) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      ids.put("items[" + i + "].cartLine", "cart-" + (i + 1));
    }
    return ids;
  }

  @Override
  public Optional<Order> reconcile(String reference) {
    capabilities.require(type(), Capability.RECONCILE);
    return request(false, reference, "reconcile", Map.of(), () -> account.ledger().byReference(reference));
  }

  @Override
  public Order order(OrderRef ref) {
    capabilities.require(type(), Capability.ORDER_STATUS);
    return request(false, null, "status", Map.of("orderId", ref.id()), () -> account.ledger().byId(ref.id())
        .orElseThrow(() -> new io.hostorder.core.error.NotFoundException(
            "memory account '" + account.name() + "' has no order " + ref.id())));
  }

  @Override
  public List<Order> orders() {
    capabilities.require(type(), Capability.ORDER_LIST);
    return request(false, null, "list", Map.of(), () -> new ArrayList<>(account.ledger().all()));
  }

  @Override
  public void cancel(OrderRef ref) {
    capabilities.require(type(), Capability.CANCEL_ORDER);
    request(false, null, "cancel", Map.of("orderId", ref.id()), () -> account.ledger().cancel(ref.id()));
  }

  @Override
  public void cancel(OrderRef ref, String lineId) {
    capabilities.require(type(), Capability.CANCEL_LINE);
    request(false, null, "cancel-line", Map.of("orderId", ref.id(), "lineId", lineId),
        () -> account.ledger().cancelLine(ref.id(), lineId));
  }

  /** Sends one request to the account. */
  <T> T request(boolean creates, String reference, String step, Map<String, String> ids,
      java.util.function.Supplier<T> work) {
    return account.request(new MemoryRequest(password, callTimeout, creates, reference, step, ids), work);
  }

  MemoryAccount account() {
    return account;
  }

  boolean acceptsPromoCode(String code) {
    return promoCodes.contains(code);
  }

  /** The account's check of one item: every plan must exist, and be ordered at the right level. */
  static void checkPlans(OrderItem item, String path, boolean related) {
    MemoryCatalog.Plan plan = MemoryCatalog.plan(item.plan()).orElseThrow(() -> new ProviderErrorException(
        "unknown-plan", "no plan '" + item.plan() + "' at " + path + "; plans: " + MemoryCatalog.ids()));
    if (plan.relatedOnly() != related) {
      throw new ProviderErrorException(related ? "not-related" : "needs-parent", "plan '" + plan.id() + "' at "
          + path + (related ? " is a server, not something related to one" : " can only be ordered related to a server"));
    }
    for (int i = 0; i < item.related().size(); i++) {
      checkPlans(item.related().get(i), path + ".related[" + i + "]", true);
    }
  }

  @Override
  public String toString() {
    return "MemoryProvider{account=" + account.name() + '}';
  }
}
