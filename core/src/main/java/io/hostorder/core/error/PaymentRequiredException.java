package io.hostorder.core.error;

import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider wants payment before it goes on. The order may already exist at the provider
 * ({@link #order()}, when it does) and {@link #invoice()} says what to pay.
 */
public final class PaymentRequiredException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final transient Order order;
  /** What to pay. */
  private final Invoice invoice;

  /**
   * Creates the error.
   *
   * @param message what the provider wants, secret-free
   * @param order the order as it stands at the provider, or null when there is none
   * @param invoice what to pay
   * @param details ids and facts to act on; never a secret
   */
  public PaymentRequiredException(String message, Order order, Invoice invoice, Map<String, String> details) {
    super(message, null, merge(order, invoice, details));
    this.order = order;
    this.invoice = invoice;
  }

  /**
   * The order as it stands at the provider, or null when the provider created none.
   *
   * @return the order, or null
   */
  public Order order() {
    return order;
  }

  /**
   * What to pay; never null, though its fields may be.
   *
   * @return the invoice
   */
  public Invoice invoice() {
    return invoice;
  }

  @Override
  public String kind() {
    return "payment-required";
  }

  private static Map<String, String> merge(Order order, Invoice invoice, Map<String, String> details) {
    Map<String, String> m = new LinkedHashMap<>();
    if (order != null) m.put("orderId", order.ref().id());
    if (invoice != null && invoice.id() != null) m.put("invoiceId", invoice.id());
    if (invoice != null && invoice.amount() != null) {
      m.put("amount", invoice.amount().toPlainString() + (invoice.currency() != null ? " " + invoice.currency() : ""));
    }
    m.putAll(details);
    return m;
  }
}
