package io.hostorder.cli.testshop;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The test shop's provider: every call counts as one request to the store. */
final class TestShop implements OrderProvider {
  private final ProviderConfig config;
  private final Capabilities caps;
  private final Store store;

  TestShop(ProviderConfig config, Capabilities caps) {
    this.config = config;
    this.caps = caps;
    this.store = Store.named(config.require("store"));
  }

  @Override
  public String type() {
    return "testshop";
  }

  @Override
  public Capabilities capabilities() {
    return caps;
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    List<Violation> out = new ArrayList<>(OrderValidator.validate(order, caps));
    for (int i = 0; i < order.items().size(); i++) {
      String region = order.items().get(i).region();
      if (region != null && !region.equals("eu") && !region.equals("us")) {
        out.add(new Violation("items[" + i + "].region", "unknown region '" + region + "'; use eu or us"));
      }
    }
    return out;
  }

  private void call() {
    store.requests.incrementAndGet();
    if (!config.optional("token").orElse("").startsWith("good-")) {
      throw new AuthenticationException("the test shop refused the token");
    }
  }

  @Override
  public Cart newCart(String reference) {
    return new Cart() {
      private final List<CartLine> lines = new ArrayList<>();
      private String promo;
      private Order placed;

      @Override public String reference() { return reference; }

      @Override
      public CartLine add(OrderItem item) {
        call();
        CartLine line = new CartLine("cl" + (lines.size() + 1), item, Map.of("product", item.plan()));
        lines.add(line);
        return line;
      }

      @Override
      public void applyPromoCode(String code) {
        call();
        if (config.require("fail").equals("promo-rejected")) {
          throw new PromoCodeRejectedException(code, "the code has expired", Map.of("cartLines", String.valueOf(lines.size())));
        }
        promo = code;
      }

      @Override public List<CartLine> lines() { return List.copyOf(lines); }

      @Override
      public Order checkout() {
        if (placed != null) {
          return placed;
        }
        call();
        String fail = config.require("fail");
        String id = String.valueOf(store.nextId.incrementAndGet());
        Order.Builder b = Order.builder(OrderRef.of(id)).provider("testshop").reference(reference).promoCode(promo)
            .status(OrderStatus.PROCESSING).providerStatus("open");
        for (int i = 0; i < lines.size(); i++) {
          b.addLine(OrderLine.builder(id + "-" + (i + 1)).name(lines.get(i).item().name()).status(OrderStatus.PROCESSING)
              .providerId("cartLine", lines.get(i).id()).build());
        }
        switch (fail) {
          case "payment" -> {
            Invoice invoice = new Invoice("inv-" + id, new BigDecimal("12.50"), "EUR", "balance too low");
            Order o = b.status(OrderStatus.PENDING_PAYMENT).invoice(invoice).build();
            store.orders.put(id, o);
            throw new PaymentRequiredException("the test shop wants payment", o, invoice, Map.of());
          }
          case "provider-error" -> throw new ProviderErrorException("E42", "plan sold out");
          case "outcome-unknown" -> {
            store.orders.put(id, b.build());
            throw new OutcomeUnknownException(reference, "checkout", Map.of("cartLine", lines.get(0).id()), null);
          }
          case "transient" -> throw new TransientException("the test shop is busy", null);
          // A careless provider: its message repeats the token. The command must still not print it.
          case "leaky-error" -> throw new ProviderErrorException("E9", "token " + config.require("token") + " is over quota");
          default -> { }
        }
        placed = b.build();
        store.orders.put(id, placed);
        return placed;
      }
    };
  }

  @Override
  public Optional<Order> reconcile(String reference) {
    call();
    return store.orders.values().stream().filter(o -> reference.equals(o.reference())).findFirst();
  }

  @Override
  public Order order(OrderRef ref) {
    call();
    Order o = store.orders.get(ref.id());
    if (o == null) {
      throw new NotFoundException("no order " + ref.id() + " in the test shop");
    }
    return o;
  }

  @Override
  public List<Order> orders() {
    call();
    return store.orders.values().stream().sorted(java.util.Comparator.comparing(o -> Integer.parseInt(o.ref().id()))).toList();
  }

  @Override
  public void cancel(OrderRef ref) {
    caps.require(type(), Capability.CANCEL_ORDER);
    Order o = order(ref);
    store.orders.put(ref.id(), o.toBuilder().status(OrderStatus.CANCELLED).build());
  }

  @Override
  public void cancel(OrderRef ref, String lineId) {
    caps.require(type(), Capability.CANCEL_LINE);
    Order o = order(ref);
    List<OrderLine> lines = new ArrayList<>();
    boolean found = false;
    for (OrderLine l : o.lines()) {
      if (l.id().equals(lineId)) {
        found = true;
        lines.add(l.toBuilder().status(OrderStatus.CANCELLED).build());
      } else {
        lines.add(l);
      }
    }
    if (!found) {
      throw new NotFoundException("order " + ref.id() + " has no line " + lineId);
    }
    store.orders.put(ref.id(), o.toBuilder().lines(lines).build());
  }

  /** The orders and request count of one named store, shared by every instance configured with its name. */
  static final class Store {
    private static final Map<String, Store> STORES = new ConcurrentHashMap<>();
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger nextId = new AtomicInteger(1000);

    static Store named(String name) {
      return STORES.computeIfAbsent(name, n -> new Store());
    }
  }

  /** Returns how many calls the store {@code name} has received. */
  static int requests(String name) {
    return Store.named(name).requests.get();
  }
}
