package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import io.hostorder.simulator.jsonrest.JsonOrder;
import io.hostorder.simulator.jsonrest.PaymentAnswerShape;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "If your profile do not have enough credit, you might get a response asking for payment. The invoice is
 * already created if so." Whatever shape that answer takes, the broker never hears "nothing was created": with
 * an {@code order_id} it is the order awaiting payment, without one the outcome is unknown — and after topping
 * up, placing the reference again finds that order instead of creating a second one.
 */
class PaymentShapesTest {

  @ParameterizedTest
  @EnumSource(PaymentAnswerShape.class)
  void anAnswerAskingForPayment_neverSaysNothingWasCreated_andPlacingAgainAfterATopUpCreatesNoSecondOrder(
      PaymentAnswerShape shape) {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().credit(BigDecimal.ZERO).paymentAnswer(shape))) {
      Throwable e = catchThrowable(() -> api.provider.place(SimulatedApi.order("ref-pay")));

      JsonOrder created = api.simulator.orders().get(0);
      boolean namesTheOrder = shape == PaymentAnswerShape.HTTP_402_WITH_ORDER || shape == PaymentAnswerShape.HTTP_200_WITH_ORDER;
      if (namesTheOrder) {
        assertThat(e).as("%s", shape).isInstanceOf(PaymentRequiredException.class);
        assertThat(((PaymentRequiredException) e).order().ref().id()).isEqualTo(Long.toString(created.orderId()));
      } else {
        assertThat(e).as("%s", shape).isInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) e).reference()).isEqualTo("ref-pay");
        api.simulator.setCredit(new BigDecimal("500"));

        Order found = api.provider.place(SimulatedApi.order("ref-pay"));

        assertThat(found.ref().id()).isEqualTo(Long.toString(created.orderId()));
        assertThat(found.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(api.orderCreates()).isEqualTo(1);
        assertThat(api.simulator.orders()).hasSize(1);
      }
    }
  }
}
