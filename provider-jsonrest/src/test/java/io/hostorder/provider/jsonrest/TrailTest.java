package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.simulator.AfterProcessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cart announces {@code order_create} to its trail before sending it, then the order id and the outcome. */
class TrailTest {

  private static final class Recorder implements OrderTrail {
    final List<String> events = new ArrayList<>();
    final SimulatedApi api;

    Recorder(SimulatedApi api) {
      this.api = api;
    }

    @Override
    public void idsKnown(Map<String, String> ids) {
      events.add("ids " + ids);
    }

    @Override
    public void commitSending(String step, Map<String, String> ids) {
      events.add("sending " + step + " after " + api.simulator.requestCount() + " requests");
    }

    @Override
    public void commitSucceeded(String step, Map<String, String> ids) {
      events.add("succeeded " + step);
    }

    @Override
    public void commitRefused(String step, HostorderException refusal) {
      events.add("refused " + step);
    }

    @Override
    public void commitUnknown(String step, OutcomeUnknownException unknown) {
      events.add("unknown " + step);
    }
  }

  private static Cart cart(SimulatedApi api, String reference, OrderTrail trail) {
    Cart cart = api.provider.newCart(reference, trail);
    cart.add(SimulatedApi.order(reference).items().get(0));
    return cart;
  }

  @Test
  void theTrail_hearsOfOrderCreateBeforeItIsSent_thenTheOrderId() {
    try (SimulatedApi api = new SimulatedApi()) {
      Recorder trail = new Recorder(api);
      assertThat(api.provider.reportsTrail()).isTrue();

      cart(api, "ref-trail", trail).checkout();

      long id = api.simulator.orders().get(0).orderId();
      assertThat(trail.events).containsExactly("sending order_create after 0 requests", "succeeded order_create",
          "ids {orderId=" + id + "}");
    }
  }

  @Test
  void anUnknownOutcome_isReportedAsUnknown_andARefusalAsRefused() {
    try (SimulatedApi api = new SimulatedApi()) {
      Recorder trail = new Recorder(api);
      api.simulator.faults().afterProcessing("order_create", AfterProcessing.HTML_504);
      catchThrowableOfType(OutcomeUnknownException.class, () -> cart(api, "ref-unknown", trail).checkout());

      Recorder refused = new Recorder(api);
      Cart bad = api.provider.newCart("ref-refused", refused);
      bad.add(io.hostorder.core.model.OrderItem.builder().plan("NO-SUCH-PRODUCT").name("x")
          .resources(new io.hostorder.core.model.Resources(new java.math.BigDecimal("0.5"), 1, 10)).image("2").build());
      catchThrowableOfType(io.hostorder.core.error.ProviderErrorException.class, bad::checkout);

      assertThat(trail.events).containsExactly("sending order_create after 0 requests", "unknown order_create");
      assertThat(refused.events).containsExactly("sending order_create after 1 requests", "refused order_create");
    }
  }
}
