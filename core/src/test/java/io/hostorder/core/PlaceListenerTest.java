package io.hostorder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.BillingPeriod;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the default {@link OrderProvider#place} tells its {@link PlaceListener}, and that a listener cannot hurt it. */
class PlaceListenerTest {

  @Test
  void place_tellsEachStep_inOrder_thenPlaced() {
    Shop shop = new Shop();
    Heard heard = new Heard();

    Order placed = shop.place(order("r-1", "SPRING"), OrderTrail.NONE, heard);

    assertThat(heard.events).containsExactly("validated r-1",
        "started LOOK_UP", "done LOOK_UP",
        "started OPEN_CART", "done OPEN_CART",
        "started ADD_ITEM 0/2 vps-s", "done ADD_ITEM 0/2 vps-s",
        "started ADD_ITEM 1/2 vps-m", "done ADD_ITEM 1/2 vps-m",
        "started APPLY_PROMO_CODE SPRING", "done APPLY_PROMO_CODE SPRING",
        "started CHECKOUT", "done CHECKOUT",
        "placed " + placed.ref().id());
  }

  @Test
  void place_ofAReferenceAlreadyPlaced_tellsItWasFound_andOpensNoCart() {
    Shop shop = new Shop();
    Order first = shop.place(order("r-2", null));
    Heard heard = new Heard();

    Order again = shop.place(order("r-2", null), OrderTrail.NONE, heard);

    assertThat(again.ref()).isEqualTo(first.ref());
    assertThat(heard.events).containsExactly("validated r-2", "started LOOK_UP", "done LOOK_UP",
        "found PROVIDER " + first.ref().id());
    assertThat(shop.checkouts.get()).isEqualTo(1);
  }

  @Test
  void place_ofAnInvalidOrder_tellsNothing_andSendsNothing() {
    Shop shop = new Shop();
    Heard heard = new Heard();
    OrderRequest invalid = OrderRequest.builder().reference("r-3").addItem(OrderItem.builder().name("no-plan")
        .period(BillingPeriod.P1M).build()).build();

    assertThatThrownBy(() -> shop.place(invalid, OrderTrail.NONE, heard)).isInstanceOf(InvalidOrderException.class);
    assertThat(heard.events).isEmpty();
    assertThat(shop.requests.get()).isZero();
  }

  @Test
  void aFailedCheckout_isHeardAsFailed_andThrownAsItWas() {
    Shop shop = new Shop();
    shop.loseCheckoutAnswer = true;
    Heard heard = new Heard();

    assertThatThrownBy(() -> shop.place(order("r-4", null), OrderTrail.NONE, heard))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(heard.events).endsWith("started CHECKOUT", "failed CHECKOUT OutcomeUnknownException");
  }

  @Test
  void aListenerThatThrowsEverywhere_neverStopsThePlacement_andARetryOrdersNothingMore() {
    Shop shop = new Shop();
    PlaceListener broken = new PlaceListener() {
      @Override public void validated(OrderRequest order) { throw new IllegalStateException("validated"); }
      @Override public void started(PlaceStep step) { throw new IllegalStateException("started " + step.kind()); }
      @Override public void done(PlaceStep step) { throw new IllegalStateException("done " + step.kind()); }
      @Override public void placed(Order order) { throw new IllegalStateException("placed"); }
      @Override public void found(Order order, Source source) { throw new IllegalStateException("found"); }
    };

    Order placed = shop.place(order("r-5", "SPRING"), OrderTrail.NONE, broken);
    Order again = shop.place(order("r-5", "SPRING"), OrderTrail.NONE, broken);

    assertThat(placed.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(again.ref()).isEqualTo(placed.ref());
    assertThat(shop.checkouts.get()).isEqualTo(1);
    assertThat(shop.orders).hasSize(1);
  }

  @Test
  void guarded_isNoneForNull_andWrapsOnce() {
    Heard heard = new Heard();
    PlaceListener once = PlaceListener.guarded(heard);

    assertThat(PlaceListener.guarded(null)).isSameAs(PlaceListener.NONE);
    assertThat(PlaceListener.guarded(once)).isSameAs(once);
    once.started(PlaceStep.checkout());
    assertThat(heard.events).containsExactly("started CHECKOUT");
  }

  @Test
  void theShorterOverloads_placeAsTheListenedOneDoes() {
    Shop shop = new Shop();

    Order placed = shop.place(order("r-6", null));

    assertThat(shop.place(order("r-6", null), OrderTrail.NONE).ref()).isEqualTo(placed.ref());
    assertThat(shop.checkouts.get()).isEqualTo(1);
  }

  private static OrderRequest order(String reference, String promo) {
    return OrderRequest.builder().reference(reference).promoCode(promo)
        .addItem(OrderItem.builder().plan("vps-s").name("a").period(BillingPeriod.P1M).build())
        .addItem(OrderItem.builder().plan("vps-m").name("b").period(BillingPeriod.P1M).build()).build();
  }

  /** Writes down every event as a line. */
  static final class Heard implements PlaceListener {
    final List<String> events = new ArrayList<>();

    @Override public void validated(OrderRequest order) { events.add("validated " + order.reference()); }
    @Override public void started(PlaceStep step) { events.add("started " + describe(step)); }
    @Override public void done(PlaceStep step) { events.add("done " + describe(step)); }
    @Override public void failed(PlaceStep step, RuntimeException error) {
      events.add("failed " + describe(step) + " " + error.getClass().getSimpleName());
    }
    @Override public void found(Order order, Source source) { events.add("found " + source + " " + order.ref().id()); }
    @Override public void placed(Order order) { events.add("placed " + order.ref().id()); }

    private static String describe(PlaceStep step) {
      return switch (step.kind()) {
        case ADD_ITEM -> step.kind() + " " + step.index() + "/" + step.count() + " " + step.item().plan();
        case APPLY_PROMO_CODE -> step.kind() + " " + step.promoCode();
        default -> step.kind().name();
      };
    }
  }

  /** A provider kept in memory that finds its orders by reference, as one with a reconcile does. */
  static final class Shop implements OrderProvider {
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    final AtomicInteger checkouts = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    boolean loseCheckoutAnswer;

    @Override public String type() { return "shop"; }

    @Override public Capabilities capabilities() {
      return Capabilities.builder().add(Capability.MULTIPLE_ITEMS, Capability.PROMO_CODE, Capability.RECONCILE)
          .idempotency(Idempotency.LOOKUP).periods(BillingPeriod.P1M).build();
    }

    @Override public Optional<Order> reconcile(String reference) {
      requests.incrementAndGet();
      return Optional.ofNullable(orders.get(reference));
    }

    @Override public Cart newCart(String reference) {
      List<CartLine> lines = new ArrayList<>();
      String[] promo = new String[1];
      return new Cart() {
        @Override public String reference() { return reference; }
        @Override public CartLine add(OrderItem item) {
          CartLine line = new CartLine(String.valueOf(lines.size() + 1), item, Map.of());
          lines.add(line);
          return line;
        }
        @Override public void applyPromoCode(String code) { promo[0] = code; }
        @Override public List<CartLine> lines() { return List.copyOf(lines); }
        @Override public Order checkout() {
          requests.incrementAndGet();
          checkouts.incrementAndGet();
          if (loseCheckoutAnswer) {
            throw new OutcomeUnknownException(reference, "checkout", Map.of(), new java.io.IOException("reset"));
          }
          Order order = Order.builder(OrderRef.of("o-" + checkouts.get())).provider("shop").reference(reference)
              .status(OrderStatus.PROCESSING).promoCode(promo[0]).build();
          orders.put(reference, order);
          return order;
        }
      };
    }
  }
}
