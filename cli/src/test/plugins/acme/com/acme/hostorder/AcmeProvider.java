package com.acme.hostorder;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An Acme provider: its "API" is an account in this JVM, reached with the account's API key. */
final class AcmeProvider implements OrderProvider {
  /** The plans Acme sells. */
  static final List<String> PLANS = List.of("acme-s", "acme-m");
  /** The one promo code Acme accepts. */
  static final String PROMO = "ACME5";

  private final Capabilities caps;
  private final Account account;
  private final String apiKey;

  AcmeProvider(ProviderConfig config, Capabilities caps) {
    this.caps = caps;
    this.account = Account.named(config.require("account"));
    this.apiKey = config.optional("api-key").orElse("");
  }

  @Override
  public String type() {
    return AcmeProviderFactory.TYPE;
  }

  @Override
  public Capabilities capabilities() {
    return caps;
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    List<Violation> out = new ArrayList<>(OrderValidator.validate(order, caps));
    for (int i = 0; i < order.items().size(); i++) {
      String plan = order.items().get(i).plan();
      if (plan != null && !PLANS.contains(plan)) {
        out.add(new Violation("items[" + i + "].plan", "Acme sells no plan '" + plan + "'; plans: " + PLANS));
      }
    }
    return out;
  }

  /** Every call of the API checks the key first, as Acme's server would. */
  private void authenticate() {
    if (!account.apiKey.equals(apiKey)) {
      throw new AuthenticationException("Acme refused the API key");
    }
  }

  @Override
  public Cart newCart(String reference) {
    return new AcmeCart(reference);
  }

  @Override
  public Optional<Order> reconcile(String reference) {
    authenticate();
    return account.orders.values().stream().filter(o -> reference.equals(o.reference())).findFirst();
  }

  @Override
  public Order order(OrderRef ref) {
    authenticate();
    Order o = account.orders.get(ref.id());
    if (o == null) {
      throw new NotFoundException("Acme has no order " + ref.id());
    }
    return o;
  }

  @Override
  public List<Order> orders() {
    authenticate();
    return account.orders.values().stream().sorted(Comparator.comparing(o -> Integer.parseInt(o.ref().id()))).toList();
  }

  @Override
  public void cancel(OrderRef ref) {
    caps.require(type(), Capability.CANCEL_ORDER);
    Order o = order(ref);
    List<OrderLine> lines = o.lines().stream().map(l -> l.toBuilder().status(OrderStatus.CANCELLED).build()).toList();
    account.orders.put(ref.id(), o.toBuilder().status(OrderStatus.CANCELLED).lines(lines).build());
  }

  /** A cart kept here until checkout, which sends the whole order at once (Acme has no server-side cart). */
  private final class AcmeCart implements Cart {
    private final String reference;
    private final List<CartLine> lines = new ArrayList<>();
    private String promo;
    private Order placed;

    AcmeCart(String reference) {
      this.reference = reference;
    }

    @Override
    public String reference() {
      return reference;
    }

    @Override
    public CartLine add(OrderItem item) {
      OrderValidator.throwIfAny(type(), AcmeProvider.this.validate(OrderRequest.builder().reference(reference).addItem(item).build()));
      CartLine line = new CartLine("line-" + (lines.size() + 1), item, Map.of("plan", item.plan()));
      lines.add(line);
      return line;
    }

    @Override
    public void applyPromoCode(String code) {
      if (code == null || code.isBlank()) {
        throw new InvalidOrderException(List.of(new Violation("promoCode", "a promo code is needed")));
      }
      authenticate();
      if (!PROMO.equals(code)) {
        throw new PromoCodeRejectedException(code, "Acme knows no code '" + code + "'", Map.of());
      }
      promo = code;
    }

    @Override
    public List<CartLine> lines() {
      return List.copyOf(lines);
    }

    @Override
    public Order checkout() {
      if (placed != null) {
        return placed;
      }
      if (lines.isEmpty()) {
        throw new InvalidOrderException(List.of(new Violation("items", "the cart is empty")));
      }
      authenticate();
      String id = String.valueOf(account.nextId.incrementAndGet());
      Order.Builder b = Order.builder(OrderRef.of(id)).provider(type()).reference(reference).promoCode(promo)
          .status(OrderStatus.PROCESSING).providerStatus("queued");
      for (int i = 0; i < lines.size(); i++) {
        b.addLine(OrderLine.builder(id + "-" + (i + 1)).name(lines.get(i).item().name())
            .status(OrderStatus.PROCESSING).providerId("plan", lines.get(i).item().plan()).build());
      }
      placed = b.build();
      account.orders.put(id, placed);
      return placed;
    }
  }

  /** One Acme account: its API key and its orders, shared by every instance configured with its name. */
  static final class Account {
    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    final AtomicInteger nextId = new AtomicInteger(500);
    volatile String apiKey = "";

    static Account named(String name) {
      return ACCOUNTS.computeIfAbsent(name, n -> new Account());
    }
  }
}
