package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.jsonrest.JsonOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator creates the order, then the answer to {@code order_create} is lost or is not the documented
 * one: the broker hears outcome unknown, and neither the same cart nor a new {@code place()} of the reference
 * sends {@code order_create} again; they find the order by reading.
 */
class OrderCreateFaultsTest {

  @ParameterizedTest
  @EnumSource(AfterProcessing.class)
  void anUndocumentedAnswerAfterTheOrderWasCreated_isOutcomeUnknown_andNoSecondOrderCreateIsSent(AfterProcessing fault) {
    try (SimulatedApi api = new SimulatedApi()) {
      Cart cart = api.provider.newCart("ref-fault");
      cart.add(SimulatedApi.order("ref-fault").items().get(0));
      api.simulator.faults().afterProcessing("order_create", fault);

      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);

      assertThat(e).as("after %s", fault).isNotNull();
      assertThat(e.reference()).isEqualTo("ref-fault");
      assertThat(e.step()).isEqualTo("order_create");
      JsonOrder created = api.simulator.orders().get(0);

      Order again = cart.checkout();
      Order placedAgain = api.provider.place(SimulatedApi.order("ref-fault"));

      assertThat(again.ref().id()).isEqualTo(Long.toString(created.orderId()));
      assertThat(placedAgain.ref().id()).isEqualTo(Long.toString(created.orderId()));
      assertThat(api.orderCreates()).isEqualTo(1);
      assertThat(api.simulator.orders()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"HTTP_500", "DROP", "TRUNCATED"})
  void whenNoOrderOfTheReferenceIsFound_theOutcomeStaysUnknown_andNothingIsSentAgain(AfterProcessing fault) {
    try (SimulatedApi api = new SimulatedApi()) {
      api.simulator.faults().afterProcessing("order_create", fault);
      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
          () -> api.provider.place(SimulatedApi.order("ref-lost")));
      // Another reference's order: the list proves nothing about ours.
      api.simulator.reset();
      api.provider.place(SimulatedApi.order("someone-else"));

      OutcomeUnknownException again = catchThrowableOfType(OutcomeUnknownException.class,
          () -> api.provider.place(SimulatedApi.order("ref-lost")));

      assertThat(again).isSameAs(e);
      assertThat(api.orderCreates()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {503, 429})
  void aRefusalBeforeProcessing_isSafeToRetry_andTheRetryPlacesExactlyOneOrder(int status) {
    try (SimulatedApi api = new SimulatedApi()) {
      api.simulator.faults().refuseBeforeProcessing("order_create", status);

      TransientException e = catchThrowableOfType(TransientException.class,
          () -> api.provider.place(SimulatedApi.order("ref-busy")));

      assertThat(e.getMessage()).contains("safe to retry");
      assertThat(api.simulator.orders()).isEmpty();
      api.provider.place(SimulatedApi.order("ref-busy"));
      assertThat(api.simulator.orders()).hasSize(1);
    }
  }
}
