package io.hostorder.provider.jsonrest;

import io.hostorder.core.model.OrderStatus;

/**
 * Maps the status codes inside the API's answers ({@code "status": 200}) to the portable status. The
 * table of the document's "Status codes" section is lost in every copy; the notes say the codes follow
 * HTTP's meanings, with 200 = "Order is being processed". Only what is certain is mapped:
 *
 * <ul>
 *   <li>200 → {@link OrderStatus#PROCESSING} (the document's own example: "Order is being processed");
 *   <li>402 → {@link OrderStatus#PENDING_PAYMENT} (HTTP's "Payment Required");
 *   <li>anything else → {@link OrderStatus#UNKNOWN}, the code kept as the provider status beside the
 *       provider's message, so that it stays visible.
 * </ul>
 */
final class StatusCodes {
  static final int PROCESSING = 200;
  static final int PAYMENT_REQUIRED = 402;

  private StatusCodes() {}

  /** Returns the portable status of {@code code} (null or not a number: unknown). */
  static OrderStatus map(String code) {
    if (code == null) {
      return OrderStatus.UNKNOWN;
    }
    switch (code.trim()) {
      case "200":
        return OrderStatus.PROCESSING;
      case "402":
        return OrderStatus.PENDING_PAYMENT;
      default:
        return OrderStatus.UNKNOWN;
    }
  }
}
