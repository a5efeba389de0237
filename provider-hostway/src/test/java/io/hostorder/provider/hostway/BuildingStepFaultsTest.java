package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.hostway.HostwayOrder;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults after Hostway processed a request that builds the open order (create it, set the account, add a
 * product, add a service): the step's outcome is unknown, so the broker hears {@link OutcomeUnknownException};
 * that order is never completed or submitted (nothing more is sent into it, and it cannot be resumed), so a new
 * cart of the reference starts a new Hostway order and exactly one order is submitted.
 */
class BuildingStepFaultsTest {
  private static final OrderRequest EXAMPLE = VirtuozzoDocumentExampleTest.example().toBuilder().reference("ref-build").build();

  /** Each building step, by the simulator's operation name and the client's step name. */
  static Stream<Arguments> stepsAndFaults() {
    Map<String, String> steps = Map.of(
        "POST /orders", "create order",
        "PUT /orders/{id}/account", "set account",
        "POST /orders/{id}/account/products", "add product items[0]",
        "core.vps.virtuozzo.server.u100", "add service items[0]",
        "core.vps.virtuozzo.additional_disk.10gb", "add service items[0].related[2]");
    return steps.entrySet().stream().flatMap(step -> Stream.of(AfterProcessing.values())
        // An empty 201 or 204 has no body to cut: it arrives whole, and the step succeeds.
        .filter(f -> f != AfterProcessing.CUT_MID_BODY || step.getKey().equals("POST /orders"))
        .map(f -> Arguments.of(step.getKey(), step.getValue(), f)));
  }

  @ParameterizedTest(name = "{1} × {2}")
  @MethodSource("stepsAndFaults")
  void anUnknownAnswerToABuildingStep_isOutcomeUnknown_theOrderIsNeverSubmitted_andANewCartOrdersOnce(
      String operation, String step, AfterProcessing fault) {
    try (Simulated sim = new Simulated()) {
      Cart cart = sim.exampleCart("ref-build");
      sim.simulator.faults().afterProcessing(operation, fault);

      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);

      assertThat(e).as("after %s", fault).isNotNull();
      assertThat(e.reference()).isEqualTo("ref-build");
      assertThat(e.step()).isEqualTo(step);
      assertThat(e.getMessage()).contains("may or may not have happened");
      assertThat(e.getCause()).hasMessageContaining("is never submitted").hasMessageContaining("nothing is ordered");
      HostwayOrder open = sim.simulator.orders().get(0);
      assertThat(e.getMessage()).doesNotContain(open.ownerId());
      assertThat(e.details().toString()).doesNotContain(open.ownerId());
      if (!step.equals("create order")) {
        assertThat(e.details()).containsEntry("orderId", open.id());
      }
      assertThat(sim.simulator.submittedCount()).isZero();
      int sent = sim.simulator.requestCount();
      // The same cart never sends anything more into that order.
      assertThat(catchThrowableOfType(OutcomeUnknownException.class, cart::checkout)).isSameAs(e);
      assertThat(sim.simulator.requestCount()).isEqualTo(sent);
      if (!step.equals("create order")) {
        OwnerId owner = sim.provider.ownerId(OrderRef.of(open.id())).orElseThrow();
        assertThatThrownBy(() -> sim.provider.resume(HostwayOrderState.of(EXAMPLE, open.id(), owner, true,
            Map.of(), Map.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(step);
        assertThat(sim.simulator.requestCount()).isEqualTo(sent);
      }

      Order order = sim.provider.place(EXAMPLE);

      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      assertThat(order.ref().id()).isNotEqualTo(open.id());
      assertThat(sim.simulator.order(open.id()).orElseThrow().submitted()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, mode = EnumSource.Mode.EXCLUDE, names = "CUT_MID_BODY")
  void withParallelServices_anUnknownAnswerToARelatedService_stillOrdersOnce(AfterProcessing fault) {
    // The six related services are created at once; one of them meets the fault.
    try (Simulated sim = new Simulated("parallel-services", "true")) {
      sim.simulator.faults().afterProcessing("core.vps.virtuozzo.additional_disk.10gb", fault);

      catchThrowableOfType(OutcomeUnknownException.class, () -> sim.exampleCart("ref-build").checkout());
      sim.provider.place(EXAMPLE);

      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      assertThat(sim.simulator.orders().stream().filter(HostwayOrder::submitted).findFirst().orElseThrow().services())
          .hasSize(7);
    }
  }

  static Stream<Arguments> refusals() {
    return Stream.of("POST /orders", "PUT /orders/{id}/account", "POST /orders/{id}/account/products",
        "core.vps.virtuozzo.ip", "submit").flatMap(op -> Stream.of(Arguments.of(op, 503), Arguments.of(op, 429)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("refusals")
  void aRefusalBeforeProcessing_isSafeToRetry_andCheckoutAgainContinuesTheSameOrder(String operation, int status) {
    try (Simulated sim = new Simulated()) {
      Cart cart = sim.exampleCart("ref-busy");
      sim.simulator.faults().refuseBeforeProcessing(operation, status);

      TransientException e = catchThrowableOfType(TransientException.class, cart::checkout);

      assertThat(e).hasMessageContaining("safe to retry");
      assertThat(e.details()).containsEntry("submitted", "false");
      assertThat(sim.simulator.submittedCount()).isZero();
      Order order = cart.checkout();
      assertThat(sim.simulator.submittedCount()).isEqualTo(1);
      assertThat(sim.simulator.order(order.ref().id()).orElseThrow().services()).hasSize(7);
      assertThat(sim.simulator.orders()).hasSize(1);
    }
  }
}
