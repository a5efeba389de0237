package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checkout, outcome unknown, skipbasket, reconcile, status and list. */
class BillmanagerCheckoutTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  /** A row as real BILLmanager lists send it: the domain the order set, no remoteid column. */
  static String domainRow(String id, String domain, String status) {
    return "<elem><id>" + id + "</id><domain>" + domain + "</domain><ip/><item_status orig=\"" + status + "\" color=\"green\">"
        + (status.equals("2") ? "Active" : "Processing") + "</item_status><createdate>2026-12-02</createdate></elem>";
  }

  private static String serviceRow(String id, String remoteid, String status) {
    return "<elem><id>" + id + "</id><name>srv" + id + "</name><remoteid>" + remoteid + "</remoteid><item_status>"
        + status + "</item_status></elem>";
  }

  @Test
  void droppedConnectionAtConfirm_isOutcomeUnknown_andASecondCheckoutReconcilesInsteadOfConfirming() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    wire.enqueue("<doc>" + serviceRow("501", "broker-10", "5") + "<p_elems>1</p_elems></doc>");
    Cart cart = provider.newCart("broker-10");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());

    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.reference()).isEqualTo("broker-10");
    assertThat(e.step()).isEqualTo("checkout");
    assertThat(e.details()).containsEntry("lineitem.id", "1818").containsEntry("remoteid", "broker-10");

    Order order = cart.checkout();
    assertThat(order.ref().id()).isEqualTo("domain=broker-10");
    assertThat(order.lines()).extracting(l -> l.id()).containsExactly("501");
    wire.take();
    assertThat(Wire.fields(wire.take())).containsEntry("func", "cartorder.create.confirm");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "vds");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void droppedConnectionAtConfirm_withoutRemoteid_theSecondCheckoutFindsItByItsDomain_andNeverConfirmsAgain() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    assertThat(provider.capabilities().idempotency()).isEqualTo(Idempotency.LOOKUP);
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    Cart cart = provider.newCart("broker-11");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.details()).containsEntry("domain", "broker-11").doesNotContainKey("remoteid");
    wire.enqueueNoServices(); // the second checkout looks (never confirms again): not listed yet, still unknown
    assertThatThrownBy(cart::checkout).isInstanceOf(OutcomeUnknownException.class);
    wire.enqueue("<doc>" + domainRow("4711", "older-order", "2") + domainRow("4712", "broker-11", "5") + "</doc>");
    Order found = cart.checkout();
    assertThat(found.ref().id()).isEqualTo("domain=broker-11");
    assertThat(found.lines()).extracting(l -> l.id()).containsExactly("4712");
    assertThat(wire.requestCount()).isEqualTo(4);
    assertThat(Wire.fields(wire.take())).contains(entry("func", "v2.vds.order.param"), entry("domain", "broker-11"))
        .doesNotContainKey("remoteid");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "cartorder.create.confirm");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "vds");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "vds");
  }

  @Test
  void skipbasket_withoutPromoCode_paysInTheAddRequest_savingTheConfirmRoundTrip() {
    OrderRequest order = OrderRequest.builder().reference("broker-12").addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
    OrderProvider cartPath = wire.provider();
    wire.enqueue("<doc/>");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.enqueue("<doc><ok/></doc>");
    cartPath.place(order);
    int withCart = wire.requestCount();
    for (int i = 0; i < withCart; i++) {
      wire.take();
    }

    OrderProvider skip = wire.provider("skipbasket", "true");
    assertThat(skip.capabilities().has(Capability.SKIP_CART)).isTrue();
    wire.enqueue("<doc/>");
    wire.enqueue("<doc><ok/></doc>");
    Order placed = skip.place(order);
    int withSkip = wire.requestCount() - withCart;

    assertThat(Wire.fields(wire.take())).containsEntry("func", "vds");
    assertThat(Wire.fields(wire.take())).contains(entry("func", "v2.vds.order.param"), entry("skipbasket", "on"),
        entry("remoteid", "broker-12"));
    // No list after paying: the order is known by its domain, its service id comes with the first status read.
    assertThat(placed.ref().id()).isEqualTo("domain=broker-12");
    assertThat(withCart).isEqualTo(3);
    assertThat(withSkip).isEqualTo(2);
    System.out.printf("skipbasket round trips: cart + confirm %d, skipbasket %d (saves %d)%n", withCart, withSkip,
        withCart - withSkip);
  }

  @Test
  void skipbasket_withPromoCode_usesTheCartAndConfirm() {
    OrderProvider provider = wire.provider("skipbasket", "true", "send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.enqueue("<doc><ok/></doc>");
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider.newCart("broker-17");
    assertThat(cart.add(BillmanagerDocumentExamplesTest.documentItem()).id()).startsWith("held-");
    assertThat(wire.requestCount()).isZero();
    cart.applyPromoCode("PROMO_2024");
    assertThat(cart.checkout().ref().id()).isEqualTo("domain=broker-17");

    assertThat(Wire.fields(wire.take())).containsEntry("func", "v2.vds.order.param").doesNotContainKey("skipbasket");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "cart");
    assertThat(Wire.fields(wire.take())).contains(entry("func", "cartorder.create.confirm"), entry("elid", "1818"));
  }

  @Test
  void orderStatus_readsTheTypesList_evenASingleBareRow() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue("{\"doc\": {\"elem\": {\"id\": {\"$\": \"77\"}, \"name\": {\"$\": \"srv\"}, \"item_status\": {\"$\": \"2\"},"
        + " \"remoteid\": {\"$\": \"broker-13\"}}}}");
    Order order = provider.order(OrderRef.of("77"));
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(order.reference()).isEqualTo("broker-13");
    assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("srv"));
    assertThat(Wire.fields(wire.take())).contains(entry("func", "vds"), entry("p_num", "1"), entry("p_cnt", "100"));
  }

  @Test
  void orderStatus_ofAnotherItemType_usesItsList_andAnUnknownIdIsNotFound() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc>" + serviceRow("8", "x", "4") + "</doc>");
    wire.enqueue("<doc>" + serviceRow("8", "x", "4") + "</doc>"); // no row matched the filter: the whole list again
    assertThatThrownBy(() -> provider.order(OrderRef.of("dedic:9"))).isInstanceOf(NotFoundException.class);
    assertThat(Wire.fields(wire.take())).containsEntry("func", "dedic");
  }

  @Test
  void orders_listEveryServiceOfTheType_mappingItemStatus() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc>" + serviceRow("1", "a", "1") + serviceRow("2", "b", "2") + serviceRow("3", "c", "3")
        + serviceRow("4", "d", "4") + serviceRow("5", "e", "Activation in progress") + "<p_elems>5</p_elems></doc>");
    List<Order> orders = provider.orders();
    assertThat(orders).extracting(Order::status).containsExactly(OrderStatus.PROCESSING, OrderStatus.ACTIVE,
        OrderStatus.UNKNOWN, OrderStatus.CANCELLED, OrderStatus.PROCESSING);
    assertThat(orders.get(2).providerStatus()).isEqualTo("3");
  }

  @Test
  void reconcile_findsTheServiceByRemoteid_orNothing() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc>" + serviceRow("1", "other", "2") + serviceRow("2", "broker-14", "2") + "</doc>");
    wire.enqueue("<doc>" + serviceRow("1", "other", "2") + "</doc>");
    assertThat(provider.reconcile("broker-14")).hasValueSatisfying(o -> {
      // Found by remoteid; known by the domain derived from the reference, the line is the service.
      assertThat(o.ref().id()).isEqualTo("domain=broker-14");
      assertThat(o.lines()).extracting(l -> l.id()).containsExactly("2");
    });
    assertThat(provider.reconcile("broker-15")).isEmpty();
  }

  @Test
  void place_whenTheReferenceIsAlreadyPlaced_ordersNothing() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc>" + serviceRow("2", "broker-16", "2") + "</doc>");
    Order order = provider.place(OrderRequest.builder().reference("broker-16")
        .addItem(BillmanagerDocumentExamplesTest.documentItem()).build());
    assertThat(order.ref().id()).isEqualTo("domain=broker-16");
    assertThat(order.lines()).extracting(l -> l.id()).containsExactly("2");
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void checkoutTwice_returnsTheSameOrder_withoutASecondConfirm() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider.newCart("broker-18");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    assertThat(cart.checkout()).isSameAs(cart.checkout());
    assertThat(wire.requestCount()).as("add and confirm: the documented minimum").isEqualTo(2);
    assertThat(cart.lines()).singleElement().satisfies(l -> assertThat(l.providerIds()).isEqualTo(
        Map.of("lineitem.id", "1818", "item-type", "vds")));
  }
}
