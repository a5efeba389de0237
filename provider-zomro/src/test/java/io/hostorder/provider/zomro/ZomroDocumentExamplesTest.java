package io.hostorder.provider.zomro;

import io.hostorder.provider.billmanager.Wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three requests of Zomro's ordering document (English and Russian alike), reproduced field for field. */
class ZomroDocumentExamplesTest {
  private final Wire wire = new Wire(new ZomroProviderFactory(), "/", java.util.Map.of("token", "211a9ac6309a9f0c340bdebf"));

  @AfterEach
  void close() {
    wire.close();
  }

  /** The document's Cloud Essential server: tariff 6740, Ubuntu 20.04, IPv6 only, daily billing, root password. */
  static OrderItem documentItem() {
    return OrderItem.builder().plan("6740").name("MyServer-1").period(BillingPeriod.P1D).quantity(1).region("13")
        .image("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07").access(Access.password("Mypassword1")).addon("6746", "260")
        .build();
  }

  static final String LINE_ITEM = "{\"doc\": {\"lineitem.id\": {\"$\": \"1818\"}}}";

  @Test
  void add_reproducesTheCurlExample_asMultipartFormData() {
    OrderProvider provider = wire.provider("token", "211a9ac6309a9f0c340bdebf");
    wire.enqueueNoServices();
    wire.enqueue(LINE_ITEM);

    CartLine line = provider.newCart("broker-1").add(documentItem());

    // Without remoteid (Zomro's default) the cart first lists the servers that exist before it orders.
    assertThat(Wire.fields(wire.take())).containsEntry("func", "instances");
    RecordedRequest request = wire.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(Wire.fields(request)).containsExactlyInAnyOrderEntriesOf(java.util.Map.ofEntries(
        entry("func", "v2.instances.order.param"),
        entry("auth", "211a9ac6309a9f0c340bdebf"),
        entry("out", "json"),
        entry("sok", "ok"),
        entry("order_period", "-50"),
        entry("licence_agreement", "on"),
        entry("use_ssh_key", "off"),
        entry("pricelist", "6740"),
        entry("servername", "MyServer-1"),
        entry("password", "Mypassword1"),
        entry("instances_os", "479c96f1-ccc6-47a2-952c-c9e3bbdc8d07"),
        entry("order_count", "1"),
        entry("addon_6746", "260"),
        entry("datacenter", "13"),
        entry("force_use_new_cart", "on")));
    assertThat(line.id()).isEqualTo("1818");
  }

  @Test
  void add_reproducesTheTableExample_withItsPassword() {
    OrderProvider provider = wire.provider("token", "21fc199c43f71");
    wire.enqueueNoServices();
    wire.enqueue(LINE_ITEM);
    provider.newCart().add(documentItem().toBuilder().access(Access.password("MyPassword1")).build());
    wire.take();
    assertThat(Wire.fields(wire.take())).containsEntry("password", "MyPassword1").containsEntry("auth", "21fc199c43f71")
        .hasSize(15);
  }

  @Test
  void promoCode_reproducesTheCurlExample() {
    OrderProvider provider = wire.provider("token", "46ffb314c8d46ec1f2f1df16");
    wire.enqueueNoServices();
    wire.enqueue(LINE_ITEM);
    wire.enqueue("{\"doc\": {\"ok\": {}}}");
    Cart cart = provider.newCart();
    cart.add(documentItem());
    cart.applyPromoCode("PROMO_2024");

    wire.take();
    wire.take();
    RecordedRequest promo = wire.take();
    assertThat(promo.getHeader("Content-Type")).startsWith("multipart/form-data");
    assertThat(Wire.fields(promo)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "out", "json", "auth", "46ffb314c8d46ec1f2f1df16", "func", "cart", "promocode", "PROMO_2024", "sok", "ok",
        "clicked_button", "apply_promocode"));
  }

  @Test
  void confirm_reproducesTheCurlExample() {
    OrderProvider provider = wire.provider("token", "cd63c7832f0ae5947c49ac06");
    wire.enqueue("{\"doc\": {\"elem\": [{\"id\": {\"$\": \"850\"}, \"servername\": {\"$\": \"MyServer-1\"},"
        + " \"item_status\": {\"$\": \"Active\"}}], \"p_elems\": {\"$\": \"1\"}}}");
    wire.enqueue(LINE_ITEM);
    wire.enqueue("{\"doc\": {\"ok\": {}}}");
    wire.enqueue("{\"doc\": {\"elem\": [{\"id\": {\"$\": \"850\"}, \"servername\": {\"$\": \"MyServer-1\"},"
        + " \"item_status\": {\"$\": \"Active\"}}, {\"id\": {\"$\": \"900\"}, \"servername\": {\"$\": \"MyServer-1\"},"
        + " \"item_status\": {\"$\": \"Activation in progress\"}, \"status\": {\"$\": \"1\"},"
        + " \"instance_status\": {\"$\": \"creating\"}}], \"p_elems\": {\"$\": \"2\"}}}");
    Cart cart = provider.newCart();
    cart.add(documentItem());
    Order order = cart.checkout();

    wire.take();
    wire.take();
    RecordedRequest confirm = wire.take();
    assertThat(confirm.getHeader("Content-Type")).startsWith("multipart/form-data");
    assertThat(Wire.fields(confirm)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "out", "json", "auth", "cd63c7832f0ae5947c49ac06", "func", "cartorder.create.confirm", "sok", "ok",
        "elid", "1818", "paymethod_id", "0"));
    assertThat(Wire.fields(wire.take())).containsEntry("func", "instances");
    // Found by the server name the broker chose among the servers that were not there before the order
    // (no remoteid without send-remoteid=true): 850, of the same name, is older and not adopted.
    assertThat(order.ref().id()).isEqualTo("900");
    assertThat(order.lines()).hasSize(1);
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.providerStatus()).isEqualTo("Activation in progress / creating");
  }

  @Test
  void place_withSendRemoteid_sendsItAndFindsTheInstanceByIt() {
    OrderProvider provider = wire.provider("send-remoteid", "true");
    wire.enqueue("{\"doc\": {}}");
    wire.enqueue(LINE_ITEM);
    wire.enqueue("{\"doc\": {\"ok\": {}}}");
    wire.enqueue("{\"doc\": {\"elem\": {\"id\": {\"$\": \"901\"}, \"remoteid\": {\"$\": \"broker-5\"},"
        + " \"item_status\": {\"$\": \"Activation in progress\"}}}}");

    Order order = provider.place(OrderRequest.builder().reference("broker-5").addItem(documentItem()).build());

    assertThat(Wire.fields(wire.take())).contains(entry("func", "instances"));
    assertThat(Wire.fields(wire.take())).contains(entry("func", "v2.instances.order.param"), entry("remoteid", "broker-5"))
        .hasSize(16);
    wire.take();
    wire.take();
    assertThat(order.ref().id()).isEqualTo("901");
    assertThat(order.reference()).isEqualTo("broker-5");
  }

  @Test
  void sshKeyQuantityAndBackupSchedule_areSentAsTheTableNamesThem() {
    OrderProvider provider = wire.provider();
    wire.enqueueNoServices();
    wire.enqueue(LINE_ITEM);
    provider.newCart().add(documentItem().toBuilder().access(Access.sshKeyId("490")).quantity(3)
        .period(BillingPeriod.P12M).option("backups_schedule", "on").option("backups_schedule_name", "MyBackup")
        .option("backups_schedule_rotation_days", "1,2,3,4,5,6,0").option("backups_schedule_rotation_time", "04:20")
        .build());
    wire.take();
    assertThat(Wire.fields(wire.take())).contains(entry("use_ssh_key", "on"), entry("instances_ssh_keys", "490"),
        entry("order_count", "3"), entry("order_period", "12"), entry("backups_schedule", "on"),
        entry("backups_schedule_name", "MyBackup"), entry("backups_schedule_rotation_days", "1,2,3,4,5,6,0"),
        entry("backups_schedule_rotation_time", "04:20")).doesNotContainKey("password");
  }

  @Test
  void sessionLogin_isMultipartToo() {
    OrderProvider provider = wire.provider("token", null, "username", "client@example.com", "password", "S3cretPass");
    wire.enqueue("{\"doc\": {\"auth\": {\"$id\": \"sess-1234\", \"$\": \"sess-1234\"}}}");
    wire.enqueueNoServices();
    wire.enqueue(LINE_ITEM);
    provider.newCart().add(documentItem());
    RecordedRequest login = wire.take();
    assertThat(login.getHeader("Content-Type")).startsWith("multipart/form-data");
    assertThat(Wire.fields(login)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("func", "auth",
        "username", "client@example.com", "password", "S3cretPass", "out", "json"));
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "sess-1234");
  }
}
