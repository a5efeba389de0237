package io.hostorder.provider.zomro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the BILLmanager simulator in its Zomro profile, which was written from the documents alone. */
class ZomroSimulatorTest {
  private final ZomroFixture fixture = new ZomroFixture().withDocumentToken();
  private final BillmanagerSimulator sim = fixture.sim;

  @AfterEach
  void close() {
    fixture.close();
  }

  private OrderProvider provider(String... extra) {
    return fixture.provider(ZomroFixture.token(), extra);
  }

  @Test
  void documentExample_withTheDocumentsToken_isPlaced_andFoundByServerName() {
    Order order = provider().place(OrderRequest.builder().reference("broker-1").promoCode("PROMO_2024")
        .addItem(ZomroDocumentExamplesTest.documentItem()).build());

    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(Long.toString(s.id())).isEqualTo(order.ref().id());
      assertThat(s.servername()).isEqualTo("MyServer-1");
      assertThat(s.promoCode()).isEqualTo("PROMO_2024");
      assertThat(s.remoteid()).isNull();
    });
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.providerStatus()).contains("Activation in progress");
    assertThat(sim.lastRequest()).hasValueSatisfying(r -> assertThat(r.unknownFields()).isEmpty());
  }

  @Test
  void sshKey_quantity_andBackupSchedule_areAccepted() {
    Order order = provider("send-remoteid", "true").place(OrderRequest.builder().reference("broker-2")
        .addItem(ZomroDocumentExamplesTest.documentItem().toBuilder().access(Access.sshKeyId("490")).quantity(2)
            .option("backups_schedule", "on").option("backups_schedule_name", "MyBackup")
            .option("backups_schedule_rotation_days", "1,2,3,4,5,6,0").option("backups_schedule_rotation_time", "04:20")
            .build()).build());
    assertThat(sim.servicesWithRemoteid("broker-2")).hasSize(2);
    assertThat(order.lines()).hasSize(2);
  }

  @Test
  void expiredSession_isRenewedWithTheCredentials() {
    OrderProvider provider = provider("username", BillmanagerSimulator.CLIENT_LOGIN,
        "password", BillmanagerSimulator.CLIENT_PASSWORD);
    sim.expireSessions();
    provider.place(OrderRequest.of(ZomroDocumentExamplesTest.documentItem()));
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  @Test
  void rejectedPromoCode_paysNothing() {
    assertThatThrownBy(() -> provider().place(OrderRequest.builder().promoCode("STANDARD20")
        .addItem(ZomroDocumentExamplesTest.documentItem()).build())).isInstanceOf(PromoCodeRejectedException.class);
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void droppedConfirm_withoutRemoteid_isUnknown_andASecondCheckoutFindsTheNewServer_withoutPayingTwice() {
    Cart cart = provider().newCart("broker-3");
    cart.add(ZomroDocumentExamplesTest.documentItem());
    sim.faults().dropAfterProcessing("cartorder.create.confirm");
    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.details()).containsEntry("servername", "MyServer-1").containsKey("lineitem.id");
    Order order = cart.checkout(); // lists again (never confirms again): the one server that was not there before
    assertThat(order.ref().id()).isEqualTo(Long.toString(sim.services().get(0).id()));
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  @Test
  void xmlAnswers_andAuthinfoLogin_workTheSame() {
    OrderProvider provider = fixture.provider(ProviderConfig.of(Map.of("base-url", sim.baseUrl().toString(),
        "username", BillmanagerSimulator.CLIENT_LOGIN, "password", BillmanagerSimulator.CLIENT_PASSWORD,
        "login-mode", "authinfo", "format", "xml", "send-remoteid", "true")));
    Order order = provider.place(OrderRequest.builder().reference("broker-4")
        .addItem(ZomroDocumentExamplesTest.documentItem()).build());
    assertThat(provider.order(order.ref()).lines().get(0).server().name()).isEqualTo("MyServer-1");
    // The document's item has a name: found again through the journal's ids (the servername sent), never by name alone.
    assertThat(provider.reconcile("broker-4", Map.of("servername", "MyServer-1", "orderId", order.ref().id())))
        .isPresent();
    assertThat(sim.sessionCount()).isEqualTo(1); // only the document's token added by this test
  }
}
