package io.hostorder.provider.zomro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.provider.billmanager.Wire;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.PlacedService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 10 item 6: Zomro (send-remoteid=false, its default) records every server a confirm created, and only those. */
class ZomroTracksEveryServerTest {
  private final ZomroFixture fixture = new ZomroFixture().withDocumentToken();
  private final BillmanagerSimulator sim = fixture.sim;

  @AfterEach
  void close() {
    fixture.close();
  }

  private OrderProvider provider(String... extra) {
    return fixture.provider(ZomroFixture.token(), extra);
  }

  private static OrderRequest order(String reference, int quantity) {
    return OrderRequest.builder().reference(reference)
        .addItem(ZomroDocumentExamplesTest.documentItem().toBuilder().quantity(quantity).build()).build();
  }

  @Test
  void quantityTwo_withoutRemoteid_recordsBothServers() {
    Order order = provider().place(order("broker-1", 2));

    assertThat(sim.services()).hasSize(2);
    assertThat(order.lines()).extracting(OrderLine::id)
        .containsExactlyElementsOf(sim.services().stream().map(s -> Long.toString(s.id())).toList());
    // Under the broker's own name (MyServer-1) the order is tracked by its new servers: the first one's id.
    assertThat(order.ref().id()).isEqualTo(Long.toString(sim.services().get(0).id()));
  }

  @Test
  void anOlderServerOfTheSameName_isNeverAdopted() {
    OrderProvider provider = provider();
    Order first = provider.place(order("broker-2", 1));
    Order second = provider.place(order("broker-3", 1));

    assertThat(second.ref().id()).isNotEqualTo(first.ref().id());
    assertThat(second.ref().id()).isEqualTo(Long.toString(sim.services().get(1).id()));
  }

  @Test
  void anItemWithoutAServerName_isSentWithTheServernameDerivedFromItsReference_andTrackedByIt() {
    OrderRequest nameless = OrderRequest.builder().reference("broker-4")
        .addItem(ZomroDocumentExamplesTest.documentItem().toBuilder().name(null).build()).build();
    Order placed = provider().place(nameless);
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(s.servername()).isEqualTo("broker-4");
      assertThat(placed.ref().id()).isEqualTo("servername=broker-4");
    });
    // place() looks once first (reconcile, no journal); no list before the add nor after the confirm: the derived
    // name belongs to this order alone, and the server id comes with the first status read.
    assertThat(sim.requests().stream().map(r -> r.fields().get("func")).filter(f -> !f.endsWith(".filter")).toList())
        .containsExactly("instances", "v2.instances.order.param", "cartorder.create.confirm");
    assertThat(provider().order(placed.ref()).lines()).extracting(OrderLine::id)
        .containsExactly(Long.toString(sim.services().get(0).id()));
    assertThat(provider().reconcile("broker-4")).hasValueSatisfying(o -> assertThat(o.ref()).isEqualTo(placed.ref()));
  }

  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"DROP", "HTML_504", "TRUNCATED", "NON_DOCUMENT_TEXT"})
  void lostConfirmAnswer_quantityTwo_isUnknown_thenASecondCheckoutRecordsBothServers_payingOnce(AfterProcessing fault) {
    OrderProvider provider = provider();
    provider.place(order("broker-5", 1)); // an older server of the same name
    Cart cart = provider.newCart("broker-6");
    cart.add(order("broker-6", 2).items().get(0));
    sim.faults().afterProcessing("cartorder.create.confirm", fault);

    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.details()).containsEntry("servername", "MyServer-1");
    Order order = cart.checkout();

    long line = Long.parseLong(order.lines().get(0).providerIds().get("lineitem.id"));
    assertThat(order.lines()).extracting(OrderLine::id)
        .containsExactlyElementsOf(sim.servicesOfLine(line).stream().map(PlacedService::id).map(String::valueOf).toList());
    assertThat(sim.confirmedOrders()).isEqualTo(2);
  }

  @Test
  void rejectedPromoCode_deletesTheLineFromZomrosCart() {
    assertThatThrownBy(() -> provider().place(order("broker-7", 1).toBuilder().promoCode("NOPE").build()))
        .isInstanceOf(PromoCodeRejectedException.class);
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(sim.requests().stream().filter(r -> "cart".equals(r.fields().get("func"))
        && "delete".equals(r.fields().get("clicked_button")))).singleElement()
        .satisfies(r -> assertThat(r.encoding()).isEqualTo(io.hostorder.simulator.billmanager.ParsedRequest.Encoding.MULTIPART));
  }

  /** A shape the simulator cannot give: the new server is not listed yet, only an older one of the same name. */
  @Test
  void newServerNotListedYet_isOutcomeUnknown_neverTheOlderServer_norTheCartLineId() {
    try (Wire wire = new Wire(new ZomroProviderFactory(), "/", ZomroFixture.token())) {
      String older = "{\"doc\": {\"elem\": {\"id\": {\"$\": \"850\"}, \"servername\": {\"$\": \"MyServer-1\"}},"
          + " \"p_elems\": {\"$\": \"1\"}}}";
      wire.enqueue(older);
      wire.enqueue(ZomroDocumentExamplesTest.LINE_ITEM);
      wire.enqueue("{\"doc\": {\"ok\": {}}}");
      wire.enqueue(older);
      Cart cart = wire.provider().newCart("broker-8");
      cart.add(ZomroDocumentExamplesTest.documentItem());

      OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);

      assertThat(e.step()).isEqualTo("checkout");
      assertThat(e.getCause()).hasMessageContaining("is listed yet");
      assertThat(e.details()).containsEntry("lineitem.id", "1818").doesNotContainValue("850");
      assertThat(wire.requestCount()).isEqualTo(4);
    }
  }

  /** Issue 12: after an unknown confirm, another process finds the order by the servername derived from its reference alone. */
  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"DROP", "HTML_504", "TRUNCATED"})
  void lostConfirmAnswer_isFoundByAnotherProcess_byTheDerivedServernameAlone(AfterProcessing fault) {
    OrderRequest nameless = OrderRequest.builder().reference("broker-x9")
        .addItem(ZomroDocumentExamplesTest.documentItem().toBuilder().name(null).build()).build();
    sim.faults().afterProcessing("cartorder.create.confirm", fault);
    catchThrowableOfType(() -> provider().place(nameless), OutcomeUnknownException.class);
    sim.listsRemoteid(false);

    // A fresh instance holds nothing of the first one: only the reference.
    Order found = provider().reconcile("broker-x9").orElseThrow();
    assertThat(found.ref().id()).isEqualTo("servername=" + sim.services().get(0).servername());
    assertThat(found.reference()).isEqualTo("broker-x9");
    assertThat(provider().reconcile("broker-x10")).isEmpty();
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }
}
