package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.Order;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.hostway.HostwayOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostway processes {@code {"action":"submit"}}, then the answer is lost or is not the documented 202: the
 * order is ordered, so the broker hears outcome unknown (with the order id and every URL, never the OwnerId),
 * and nothing — the same cart, a new cart of the same reference, {@code resume} — submits again.
 */
class SubmitOutcomeUnknownTest {

  // CUT_MID_BODY is below: the 202 has no body to cut, so the documented answer arrives whole.
  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, mode = EnumSource.Mode.EXCLUDE, names = "CUT_MID_BODY")
  void anAnswerThatIsNotThe202_afterHostwaySubmitted_isOutcomeUnknown_andNothingSubmitsASecondOrder(AfterProcessing fault) {
    try (Simulated sim = new Simulated()) {
      Cart cart = sim.exampleCart("ref-submit");
      sim.simulator.faults().afterProcessing("submit", fault);

      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);

      assertThat(e).as("after %s", fault).isNotNull();
      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      HostwayOrder submitted = sim.simulator.orders().get(0);
      assertThat(e.reference()).isEqualTo("ref-submit");
      assertThat(e.step()).isEqualTo("submit");
      assertThat(e.details()).containsEntry("orderId", submitted.id())
          .containsEntry("product items[0]", submitted.products().get(0).url())
          .containsEntry("service items[0]", submitted.services().get(0).url())
          .containsEntry("service items[0].related[5]", submitted.services().get(6).url());
      assertThat(e.getMessage()).doesNotContain(submitted.ownerId());
      assertThat(e.details().toString()).doesNotContain(submitted.ownerId());
      int sent = sim.simulator.requestCount();

      OutcomeUnknownException again = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);
      OutcomeUnknownException newCart = catchThrowableOfType(OutcomeUnknownException.class,
          () -> sim.exampleCart("ref-submit").checkout());
      OutcomeUnknownException placed = catchThrowableOfType(OutcomeUnknownException.class,
          () -> sim.provider.place(VirtuozzoDocumentExampleTest.example().toBuilder().reference("ref-submit").build()));
      OutcomeUnknownException resumed = catchThrowableOfType(OutcomeUnknownException.class,
          () -> sim.provider.resume(HostwayOrderState.of(VirtuozzoDocumentExampleTest.example().toBuilder()
              .reference("another-ref").build(), submitted.id(), OwnerId.of(submitted.ownerId()), true,
              java.util.Map.of(), java.util.Map.of())).checkout());

      assertThat(again).isSameAs(e);
      assertThat(newCart).isSameAs(e);
      assertThat(placed).isSameAs(e);
      assertThat(resumed).isSameAs(e);
      assertThat(sim.simulator.requestCount()).as("requests after the unknown submit").isEqualTo(sent);
      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      assertThat(sim.simulator.orders()).hasSize(1);
    }
  }

  @Test
  void aConnectionCutAfterTheEmpty202_stillGivesTheWholeDocumentedAnswer_andTheOrder() {
    try (Simulated sim = new Simulated()) {
      Cart cart = sim.exampleCart("ref-cut");
      sim.simulator.faults().afterProcessing("submit", AfterProcessing.CUT_MID_BODY);

      Order order = cart.checkout();

      assertThat(order.ref().id()).isEqualTo(sim.simulator.orders().get(0).id());
      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      assertThat(cart.checkout()).isSameAs(order);
      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
    }
  }
}
