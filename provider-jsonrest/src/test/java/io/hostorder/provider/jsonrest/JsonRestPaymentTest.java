package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * "If your profile do not have enough credit, you might get a response asking for payment. The
 * invoice is already created if so." The shape is not documented; each plausible one is recognised.
 */
class JsonRestPaymentTest extends MockApi {
  private static final OrderItem ITEM = OrderItem.builder().plan("VPS").name("a").build();

  private PaymentRequiredException placeExpectingPayment() {
    return catchThrowableOfType(PaymentRequiredException.class,
        () -> provider().place(OrderRequest.builder().reference("broker-9").addItem(ITEM).build()));
  }

  @Test
  void http402_isPaymentRequired_withOrderAndInvoice_andTheRawMessage() {
    enqueueJson(402, "{\"order_id\": 74, \"invoice_id\": 9001, \"amount\": \"12.50\", \"currency\": \"EUR\","
        + " \"message\": \"Not enough credit, please pay invoice 9001\"}");

    PaymentRequiredException e = placeExpectingPayment();

    assertThat(e.order().ref()).isEqualTo(new OrderRef("74"));
    assertThat(e.order().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(e.order().reference()).isEqualTo("broker-9");
    assertThat(e.invoice().id()).isEqualTo("9001");
    assertThat(e.invoice().amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    assertThat(e.invoice().currency()).isEqualTo("EUR");
    assertThat(e.invoice().message()).isEqualTo("Not enough credit, please pay invoice 9001");
    assertThat(e.details()).containsEntry("orderId", "74").containsEntry("invoiceId", "9001");
  }

  @Test
  void bodyStatus402_inA2xxAnswer_isPaymentRequired() {
    enqueueJson(200, "{\"order_id\": 75, \"status\": 402, \"message\": \"Payment required\","
        + " \"invoice\": {\"id\": 31, \"amount\": 9.9}}");

    PaymentRequiredException e = placeExpectingPayment();

    assertThat(e.order().ref().id()).isEqualTo("75");
    assertThat(e.order().providerStatus()).isEqualTo("402");
    assertThat(e.invoice().id()).isEqualTo("31");
    assertThat(e.invoice().amount()).isEqualByComparingTo("9.9");
  }

  @Test
  void aMessageAskingToPayAnInvoice_withAnotherErrorStatus_isPaymentRequired_withTheIdsFromTheText() {
    enqueueJson(409, "{\"order_id\": 77, \"message\": \"Insufficient credit: invoice #123 was created\"}");

    PaymentRequiredException e = placeExpectingPayment();

    assertThat(e.order().ref().id()).isEqualTo("77");
    assertThat(e.invoice().id()).isEqualTo("123");
  }

  @Test
  void aPlainTextAnswer402WithoutIds_isOutcomeUnknown_becauseTheInvoiceAndSoAnOrderMayExist() {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(402).setBody("Payment Required"));

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> provider().place(OrderRequest.builder().reference("broker-9").addItem(ITEM).build()));

    assertThat(e.reference()).isEqualTo("broker-9");
    assertThat(e.getCause()).hasMessageContaining("asking for payment without an order_id");
    assertThat(e.details()).containsEntry("httpStatus", "402");
  }

  @Test
  void anOrderWithAnInvoicePaidFromCredit_isNotPaymentRequired() {
    enqueueJson(200, "{\"order_id\": 76, \"status\": 200, \"message\": \"Order is being processed\", \"invoice_id\": 5}");
    enqueueJson(200, "{\"order_id\": 76, \"status\": 200, \"message\": \"Order is being processed\"}");

    Order order = provider().place(OrderRequest.builder().reference("broker-9").addItem(ITEM).build());

    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void afterPaymentRequired_checkoutAgainRepeatsIt_withoutOrderingAgain_andTheOrderIsFindable() {
    enqueueJson(402, "{\"order_id\": 74, \"invoice_id\": 9001, \"message\": \"Please pay invoice 9001\"}");
    enqueueJson(200, "{\"order_id\": 74, \"status\": 402, \"message\": \"Waiting for payment\","
        + " \"order_items\": [{\"id\": 3, \"status\": 402}]}");
    Cart cart = provider().newCart("broker-10");
    cart.add(ITEM);

    PaymentRequiredException first = catchThrowableOfType(PaymentRequiredException.class, cart::checkout);
    PaymentRequiredException again = catchThrowableOfType(PaymentRequiredException.class, cart::checkout);
    Order found = provider().order(first.order().ref());

    assertThat(again).isSameAs(first);
    assertThat(found.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(found.lines().get(0).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
