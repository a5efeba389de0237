package io.hostorder.core.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalCartTest {
  private final Shop shop = new Shop(Capabilities.builder().add(Capability.MULTIPLE_ITEMS, Capability.RECONCILE,
      Capability.PROMO_CODE).idempotency(Idempotency.LOOKUP).build());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static OrderItem item(String plan) {
    return OrderItem.builder().plan(plan).build();
  }

  @Test
  void checkout_sendsOneCreate_withTheItemsAndPromoCode_andRemembersTheOrder() {
    Cart cart = shop.newCart("ref-1");
    cart.add(item("small"));
    cart.add(item("large"));
    cart.applyPromoCode("SPRING");

    Order first = cart.checkout();
    Order second = cart.checkout();

    assertThat(second).isSameAs(first);
    assertThat(shop.creates).hasValue(1);
    assertThat(shop.reconciles).as("looked up once, before the create").hasValue(1);
    assertThat(shop.lastItems).extracting(OrderItem::plan).containsExactly("small", "large");
    assertThat(shop.lastPromo).isEqualTo("SPRING");
    assertThat(cart.lines()).extracting(l -> l.id()).containsExactly("1", "2");
  }

  @Test
  void anOrderThatAlreadyExists_isReturned_andNothingIsCreated() {
    Order existing = shop.order("ref-2", OrderStatus.ACTIVE);
    shop.held.put("ref-2", existing);
    Cart cart = shop.newCart("ref-2");
    cart.add(item("small"));

    assertThat(cart.checkout()).isEqualTo(existing);
    assertThat(shop.creates).hasValue(0);
  }

  @Test
  void place_looksTheOrderUpOnce_notAgainInTheCart() {
    Order placed = shop.place(io.hostorder.core.model.OrderRequest.builder().reference("ref-once")
        .items(List.of(item("small"))).build());

    assertThat(placed.ref().id()).isNotBlank();
    assertThat(shop.reconciles).as("place's look-up stands for the cart's own").hasValue(1);
    assertThat(shop.creates).hasValue(1);
  }

  @Test
  void place_ofAnOrderThatExists_findsIt_withOneLookup_andCreatesNothing() {
    Order existing = shop.order("ref-there", OrderStatus.ACTIVE);
    shop.held.put("ref-there", existing);

    assertThat(shop.place(io.hostorder.core.model.OrderRequest.builder().reference("ref-there")
        .items(List.of(item("small"))).build())).isEqualTo(existing);
    assertThat(shop.reconciles).hasValue(1);
    assertThat(shop.creates).hasValue(0);
  }

  @Test
  void withoutReconcile_thereIsNoLookup_beforeTheCreate() {
    Shop plain = new Shop(Capabilities.builder().add(Capability.MULTIPLE_ITEMS).build());
    Cart cart = plain.newCart("ref-3");
    cart.add(item("small"));
    cart.checkout();
    assertThat(plain.reconciles).hasValue(0);
    assertThat(plain.creates).hasValue(1);
  }

  @Test
  void anItemTheProviderRefuses_namesTheField_beforeAnyRequest() {
    Cart cart = shop.newCart("ref-4");
    cart.add(item("small"));

    InvalidOrderException e = (InvalidOrderException) catchThrowable(() -> cart.add(item("huge")));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("items[1].plan");
    assertThat(cart.lines()).hasSize(1);
    assertThat(shop.creates).hasValue(0);
    assertThat(shop.reconciles).hasValue(0);
  }

  @Test
  void add_usesTheProvidersOneDeclaration_capabilitiesIncluded() {
    Shop single = new Shop(Capabilities.builder().build());
    Cart cart = single.newCart("ref-5");
    cart.add(item("small"));

    Throwable e = catchThrowable(() -> cart.add(item("small")));

    assertThat(e).isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("items");
    assertThat(cart.lines()).hasSize(1);
    assertThat(catchThrowable(() -> cart.applyPromoCode("SPRING"))).isInstanceOf(UnsupportedCapabilityException.class);
  }

  @Test
  void anEmptyCart_orABlankPromoCode_isRefused_beforeAnyRequest() {
    Cart cart = shop.newCart("ref-6");
    assertThat(((InvalidOrderException) catchThrowable(cart::checkout)).violations()).extracting(Violation::path)
        .containsExactly("items");
    assertThat(((InvalidOrderException) catchThrowable(() -> cart.applyPromoCode(" "))).violations())
        .extracting(Violation::path).containsExactly("promoCode");
    assertThat(catchThrowable(() -> shop.newCart(" "))).isInstanceOf(InvalidOrderException.class);
    assertThat(shop.creates).hasValue(0);
    assertThat(shop.reconciles).hasValue(0);
  }

  @Test
  void afterAnUnknownOutcome_everyCheckoutOfTheReference_throwsTheSameError_withoutARequest() {
    shop.unknownNext = true;
    Cart cart = shop.newCart("ref-7");
    cart.add(item("small"));
    OutcomeUnknownException first = (OutcomeUnknownException) catchThrowable(cart::checkout);
    int reconciles = shop.reconciles.get();

    assertThat(catchThrowable(cart::checkout)).isSameAs(first);
    Cart again = shop.newCart("ref-7");
    again.add(item("small"));
    assertThat(catchThrowable(again::checkout)).isSameAs(first);

    assertThat(shop.creates).hasValue(1);
    assertThat(shop.reconciles).as("no request at all after the unknown outcome").hasValue(reconciles);
    assertThat(catchThrowable(() -> cart.add(item("small")))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterAnUnknownOutcome_aLookupForIt_returnsTheOrderFound_orTheSameErrorAgain() {
    shop.unknownNext = true;
    List<String> lookedUp = new ArrayList<>();
    Order found = shop.order("ref-8", OrderStatus.PROCESSING);
    LocalCart.Builder builder = LocalCart.builder(shop, "ref-8").trail(OrderTrail.NONE, shop.pending)
        .create((items, promo) -> shop.create(items, promo, "ref-8")).reconcile(null).afterUnknown((ref, unknown) -> {
          lookedUp.add(ref + " after " + unknown.step());
          return Optional.ofNullable(shop.held.get(ref));
        });
    LocalCart cart = builder.build();
    cart.add(item("small"));
    OutcomeUnknownException first = (OutcomeUnknownException) catchThrowable(cart::checkout);

    assertThat(catchThrowable(cart::checkout)).isSameAs(first);
    shop.held.put("ref-8", found);
    assertThat(cart.checkout()).isEqualTo(found);
    LocalCart later = builder.build();
    later.add(item("small"));
    assertThat(later.checkout()).as("the reference stays pending: a new cart looks, never creates").isEqualTo(found);

    assertThat(lookedUp).containsExactly("ref-8 after create", "ref-8 after create", "ref-8 after create");
    assertThat(shop.creates).hasValue(1);
  }

  @Test
  void aDefinitiveRefusal_leavesTheCartAsItWas_andTheRetryCreatesOnce() {
    shop.refuseNext = true;
    Cart cart = shop.newCart("ref-9");
    cart.add(item("small"));

    assertThat(catchThrowable(cart::checkout)).isInstanceOf(ProviderErrorException.class);
    cart.add(item("large"));
    Order placed = cart.checkout();

    assertThat(placed.reference()).isEqualTo("ref-9");
    assertThat(shop.creates).hasValue(2);
    assertThat(shop.lastItems).hasSize(2);
  }

  @Test
  void theTrail_hearsTheCreateBeforeAndAfter_andTheOrderId() {
    List<String> heard = new ArrayList<>();
    OrderTrail trail = new OrderTrail() {
      @Override public void idsKnown(Map<String, String> ids) { heard.add("ids " + ids); }
      @Override public void commitSending(String step, Map<String, String> ids) { heard.add("sending " + step + " " + ids); }
      @Override public void commitSucceeded(String step, Map<String, String> ids) { heard.add("succeeded " + step); }
      @Override public void commitUnknown(String step, OutcomeUnknownException e) { heard.add("unknown " + step); }
    };
    Cart cart = shop.newCart("ref-10", trail);
    cart.add(item("small"));
    Order placed = cart.checkout();

    assertThat(heard).containsExactly("sending create {items[0].cartLine=1}", "succeeded create",
        "ids {orderId=" + placed.ref().id() + "}");
  }

  @Test
  void anOrderAwaitingPayment_isPaymentRequired_repeatedWithoutARequest_orPaidOnceByThePayStep() {
    shop.awaitPayment = true;
    Cart cart = shop.newCart("ref-11");
    cart.add(item("small"));
    PaymentRequiredException first = (PaymentRequiredException) catchThrowable(cart::checkout);
    assertThat(first.order().ref()).isNotNull();
    assertThat(catchThrowable(cart::checkout)).isSameAs(first);
    assertThat(shop.creates).hasValue(1);

    AtomicInteger paid = new AtomicInteger();
    LocalCart paying = LocalCart.builder(shop, "ref-12").create((items, promo) -> shop.create(items, promo, "ref-12"))
        .reconcile(null)
        .pay(o -> {
          paid.incrementAndGet();
          return o.toBuilder().status(OrderStatus.PROCESSING).build();
        }).build();
    paying.add(item("small"));
    assertThat(catchThrowable(paying::checkout)).isInstanceOf(PaymentRequiredException.class);
    assertThat(paying.checkout().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(paying.checkout().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(paid).hasValue(1);
  }

  @Test
  void validate_withoutADryRun_isUnsupported() {
    Cart cart = shop.newCart("ref-13");
    assertThat(catchThrowable(cart::validate)).isInstanceOf(UnsupportedCapabilityException.class);
  }

  @Test
  void manyThreadsCheckingOutOneCart_createOneOrder_andAllGetIt() throws Exception {
    shop.slowCreate = true;
    Cart cart = shop.newCart("ref-14");
    cart.add(item("small"));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Order>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        go.await();
        return cart.checkout();
      }));
    }
    go.countDown();
    Order first = results.get(0).get(10, TimeUnit.SECONDS);
    for (Future<Order> f : results) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
    }
    assertThat(shop.creates).hasValue(1);
  }

  /** A provider of a made-up API without a cart: plans "small" and "large"; orders held by reference. */
  private static final class Shop implements OrderProvider {
    final Capabilities capabilities;
    final PendingOutcomes pending = new PendingOutcomes();
    final Map<String, Order> held = new ConcurrentHashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger reconciles = new AtomicInteger();
    volatile List<OrderItem> lastItems = List.of();
    volatile String lastPromo;
    volatile boolean unknownNext;
    volatile boolean refuseNext;
    volatile boolean awaitPayment;
    volatile boolean slowCreate;

    Shop(Capabilities capabilities) {
      this.capabilities = capabilities;
    }

    @Override
    public String type() {
      return "shop";
    }

    @Override
    public Capabilities capabilities() {
      return capabilities;
    }

    @Override
    public List<Violation> validate(OrderRequest order) {
      List<Violation> out = new ArrayList<>(OrderValidator.validate(order, capabilities));
      for (int i = 0; i < order.items().size(); i++) {
        String plan = order.items().get(i).plan();
        if (plan != null && !plan.equals("small") && !plan.equals("large")) {
          out.add(new Violation("items[" + i + "].plan", "the shop sells small and large"));
        }
      }
      return out;
    }

    @Override
    public Cart newCart(String reference) {
      return newCart(reference, OrderTrail.NONE);
    }

    @Override
    public Cart newCart(String reference, OrderTrail trail) {
      return LocalCart.builder(this, reference).trail(trail, pending).create((items, promo) -> create(items, promo, reference))
          .build();
    }

    @Override
    public Optional<Order> reconcile(String reference) {
      reconciles.incrementAndGet();
      return Optional.ofNullable(held.get(reference));
    }

    Order create(List<OrderItem> items, String promo, String reference) {
      creates.incrementAndGet();
      if (slowCreate) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (refuseNext) {
        refuseNext = false;
        throw new ProviderErrorException("sold-out", "the shop is sold out");
      }
      lastItems = List.copyOf(items);
      lastPromo = promo;
      if (unknownNext) {
        unknownNext = false;
        throw new OutcomeUnknownException(reference, "create", Map.of(), null);
      }
      Order order = order(reference, awaitPayment ? OrderStatus.PENDING_PAYMENT : OrderStatus.PROCESSING);
      held.put(reference, order);
      return order;
    }

    Order order(String reference, OrderStatus status) {
      Order.Builder b = Order.builder(OrderRef.of("o-" + reference)).provider(type()).reference(reference).status(status);
      if (status == OrderStatus.PENDING_PAYMENT) {
        b.invoice(new Invoice("inv-1", null, null, "top up first"));
      }
      return b.build();
    }
  }

}
