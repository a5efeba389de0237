package io.hostorder.simulator.jsonrest;

/**
 * How the simulator's {@code order_create} asks for payment when the credit is short. The document says only
 * "If your profile do not have enough credit, you might get a response asking for payment. The invoice is
 * already created if so." — it shows no such answer — so each plausible shape can be chosen. In every shape
 * the order, its items and the invoice are created first, as the document says.
 */
public enum PaymentAnswerShape {
  /** HTTP 402 {@code {"order_id", "status": 402, "invoice_id", "amount", "currency", "message"}} (the default). */
  HTTP_402_WITH_ORDER,
  /** HTTP 402 {@code {"status": 402, "invoice_id", "amount", "currency", "message"}}: the invoice, no order id. */
  HTTP_402_INVOICE_ONLY,
  /** HTTP 402 with a {@code text/plain} body naming the invoice ({@code Payment Required: pay invoice 9001 …}). */
  HTTP_402_TEXT,
  /** HTTP 200 {@code {"order_id", "status": 402, "invoice_id", "amount", "currency", "message"}}. */
  HTTP_200_WITH_ORDER,
  /** HTTP 200 {@code {"status": 402, "message"}}: the message names the invoice, nothing else does. */
  HTTP_200_MESSAGE_ONLY,
  /** HTTP 400 {@code {"status": 400, "message"}}: a refusal whose message asks to pay the invoice. */
  HTTP_400_MESSAGE_ONLY
}
