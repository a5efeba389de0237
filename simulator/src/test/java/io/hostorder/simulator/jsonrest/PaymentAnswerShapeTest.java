package io.hostorder.simulator.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.math.BigDecimal;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every shape of the answer asking for payment comes after the order and its invoice were created. */
class PaymentAnswerShapeTest {
  private static final String CREATE = "{\"action\":\"order_create\",\"reference\":\"r-1\",\"items\":[{\"name\":\"a\","
      + "\"product\":{\"name\":\"VPS\",\"options\":{\"quantity_ram_gb\":1,\"quantity_cpu\":1,\"quantity_storage_gb\":25,\"os\":2}}}]}";

  @ParameterizedTest
  @EnumSource(PaymentAnswerShape.class)
  void eachShape_createsTheOrderAndItsInvoice_andAnswersAsItSays(PaymentAnswerShape shape) throws Exception {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().credit(BigDecimal.ZERO).paymentAnswer(shape).start()) {
      Answer a = Exchange.send(Exchange.CLIENT, "POST", sim.endpoint(), Headers.of("X-Account-Token", sim.token()), CREATE);

      JsonOrder order = sim.orders().get(0);
      assertThat(order.invoice()).isNotNull();
      assertThat(order.status()).isEqualTo(402);
      String text = a.body();
      switch (shape) {
        case HTTP_402_WITH_ORDER -> assertThat(a.code() + " " + text).startsWith("402").contains("\"order_id\":" + order.orderId());
        case HTTP_402_INVOICE_ONLY -> assertThat(a.code() + " " + text).startsWith("402").doesNotContain("order_id").contains("invoice_id");
        case HTTP_402_TEXT -> assertThat(a.code() + " " + a.header("Content-Type") + " " + text).startsWith("402 text/plain")
            .contains("invoice " + order.invoice().id());
        case HTTP_200_WITH_ORDER -> assertThat(a.code() + " " + text).startsWith("200").contains("\"order_id\":" + order.orderId())
            .contains("\"status\":402");
        case HTTP_200_MESSAGE_ONLY -> assertThat(a.code() + " " + text).startsWith("200").doesNotContain("order_id")
            .contains("pay invoice");
        case HTTP_400_MESSAGE_ONLY -> assertThat(a.code() + " " + text).startsWith("400").doesNotContain("order_id")
            .contains("pay invoice");
        default -> throw new AssertionError(shape);
      }
    }
  }
}
