package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The requests of BILLmanager's New Order API document, reproduced field for field. */
class BillmanagerDocumentExamplesTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  /** The document's item: tariff 2 in datacenter 1, addon 2 = 10, one month. */
  static OrderItem documentItem() {
    return OrderItem.builder().plan("2").region("1").addon("2", "10").period(BillingPeriod.P1M).build();
  }

  /**
   * The document's item under the broker's own name (sent as the domain): other orders may share it, so
   * the cart lists the services before ordering to tell the new ones from older ones.
   */
  static OrderItem namedItem() {
    return documentItem().toBuilder().name("web-1.example.com").build();
  }

  @Test
  void add_reproducesTheCurlExampleWithValues_fieldForField() {
    OrderProvider provider = wire.provider("su", "client_login", "send-remoteid", "false");
    wire.enqueue("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc><lineitem.id>1818</lineitem.id></doc>");

    CartLine line = provider.newCart("broker-1").add(documentItem());

    // No list before ordering: the domain derived from the reference finds the order again.
    RecordedRequest request = wire.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/billmgr");
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(Wire.fields(request)).containsExactly(
        entry("authinfo", "admin_login:admin_password"),
        entry("su", "client_login"),
        entry("out", "xml"),
        entry("sok", "ok"),
        entry("force_use_new_cart", "on"),
        entry("func", "v2.vds.order.param"),
        entry("datacenter", "1"),
        entry("pricelist", "2"),
        entry("addon_2", "10"),
        entry("order_period", "1"),
        entry("clicked_button", "order"),
        entry("domain", "broker-1"));
    assertThat(line.id()).isEqualTo("1818");
    assertThat(line.providerIds()).containsEntry("lineitem.id", "1818");
  }

  @Test
  void add_withDefaults_sendsTheExampleFieldsPlusRemoteidAndAutoprolong() {
    OrderProvider provider = wire.provider("su", "client_login");
    wire.enqueue("{\"doc\": {\"lineitem.id\": {\"$\": \"77\"}}}");

    provider.newCart("broker-2").add(documentItem().toBuilder().option("autoprolong", "on")
        .option("item-type", "dedic").build());

    assertThat(Wire.fields(wire.take())).containsExactly(
        entry("authinfo", "admin_login:admin_password"), entry("su", "client_login"), entry("out", "xml"),
        entry("sok", "ok"), entry("force_use_new_cart", "on"), entry("func", "v2.dedic.order.param"),
        entry("datacenter", "1"), entry("pricelist", "2"), entry("addon_2", "10"), entry("order_period", "1"),
        entry("clicked_button", "order"), entry("domain", "broker-2"), entry("autoprolong", "on"),
        entry("remoteid", "broker-2"));
  }

  @Test
  void periods_mapToTheDocumentsMonths() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    String[][] cases = {{"P1M", "1"}, {"P3M", "3"}, {"P6M", "6"}, {"P12M", "12"}, {"P24M", "24"}, {"P36M", "36"}};
    for (String[] c : cases) {
      wire.enqueue("<doc><lineitem.id>1</lineitem.id></doc>");
      provider.newCart().add(documentItem().toBuilder().period(BillingPeriod.parse(c[0])).build());
      assertThat(Wire.fields(wire.take())).containsEntry("order_period", c[1]);
    }
  }

  @Test
  void place_withPromoCode_addsAppliesConfirms_andIsKnownByItsDomain() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue("{\"doc\": {}}"); // reconcile: nothing placed with this reference yet (its filter reset is answered by Wire)
    wire.enqueue("{\"doc\": {\"lineitem.id\": {\"$\": \"1818\"}}}");
    wire.enqueue("{\"doc\": {\"ok\": {}}}");
    wire.enqueue("{\"doc\": {\"ok\": {}}}");

    Order order = provider.place(OrderRequest.builder().reference("broker-3").promoCode("PROMO_2024")
        .addItem(documentItem()).build());

    assertThat(Wire.fields(wire.take())).contains(entry("func", "vds"), entry("out", "json"));
    assertThat(Wire.fields(wire.take())).contains(entry("func", "v2.vds.order.param"), entry("remoteid", "broker-3"));
    assertThat(Wire.fields(wire.take())).containsExactly(
        entry("authinfo", "admin_login:admin_password"), entry("out", "json"), entry("func", "cart"),
        entry("promocode", "PROMO_2024"), entry("sok", "ok"), entry("clicked_button", "apply_promocode"));
    assertThat(Wire.fields(wire.take())).containsExactly(
        entry("authinfo", "admin_login:admin_password"), entry("out", "json"), entry("func", "cartorder.create.confirm"),
        entry("sok", "ok"), entry("elid", "1818"), entry("paymethod_id", "0"));
    assertThat(wire.requestCount()).as("reconcile first (no journal), add, promo code, confirm: no list after").isEqualTo(4);
    assertThat(order.ref().id()).isEqualTo("domain=broker-3");
    assertThat(order.reference()).isEqualTo("broker-3");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.promoCode()).isEqualTo("PROMO_2024");
    assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.providerIds())
        .containsEntry("lineitem.id", "1818").containsEntry("remoteid", "broker-3"));
  }

  @Test
  void checkout_paysWithTheConfiguredPaymethod_andTheFirstStatusReadFindsTheServiceByItsDomain() {
    OrderProvider provider = wire.provider("paymethod-id", "7", "send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>9</lineitem.id></doc>");
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider.newCart("broker-4");
    cart.add(documentItem());
    Order order = cart.checkout();
    // This wire ignores the list filter: the targeted read lists another row too, so the whole list is read again.
    for (int i = 0; i < 2; i++) {
      wire.enqueueServices(BillmanagerCheckoutTest.domainRow("300", "someone-else", "2")
          + BillmanagerCheckoutTest.domainRow("301", "broker-4", "1"), 2);
    }
    Order status = provider.order(order.ref());

    wire.take();
    assertThat(Wire.fields(wire.take())).contains(entry("func", "cartorder.create.confirm"), entry("elid", "9"),
        entry("paymethod_id", "7"));
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.ref().id()).as("its domain, never the cart line id").isEqualTo("domain=broker-4");
    assertThat(status.ref()).isEqualTo(order.ref());
    assertThat(status.lines()).singleElement().satisfies(l -> {
      assertThat(l.id()).as("the new service").isEqualTo("301");
      assertThat(l.server().name()).isEqualTo("broker-4");
    });
    assertThat(wire.requestCount()).as("add, confirm; the targeted list and the whole list").isEqualTo(4);
  }
}
