package io.hostorder.provider.jsonrest;

import io.hostorder.core.model.OrderStatus;
import java.util.regex.Pattern;

/**
 * Maps the status codes inside the API's answers ({@code "status": 200}) to the portable status. The
 * table of the document's "Status codes" section is lost in every copy; the notes say the codes follow
 * HTTP's meanings, with 200 = "Order is being processed". Only what is certain is mapped:
 *
 * <ul>
 *   <li>200 → {@link OrderStatus#PROCESSING} (the document's own example: "Order is being processed");
 *   <li>402 → {@link OrderStatus#PENDING_PAYMENT} (HTTP's "Payment Required");
 *   <li>any other code whose message says the order or item is cancelled ("Cancelled", "canceled") →
 *       {@link OrderStatus#CANCELLED}: the provider's own words, since the code's meaning is not documented;
 *   <li>anything else → {@link OrderStatus#UNKNOWN}.
 * </ul>
 *
 * <p>The code is always kept as the provider status beside the provider's message, so that it stays visible.
 */
final class StatusCodes {
  static final int PROCESSING = 200;
  static final int PAYMENT_REQUIRED = 402;

  private static final Pattern CANCELLED = Pattern.compile("(?i)\\b(cancelled|canceled)\\b");
  private static final Pattern NOT_CANCELLED = Pattern.compile("(?i)\\b(not|never|un)[ -]?(be(en)? )?(cancelled|canceled)\\b");

  private StatusCodes() {}

  /** Returns the portable status of {@code code} (may be null) with the provider's {@code message} (may be null). */
  static OrderStatus map(String code, String message) {
    String c = code == null ? "" : code.trim();
    if (c.equals("200")) {
      return OrderStatus.PROCESSING;
    }
    if (c.equals("402")) {
      return OrderStatus.PENDING_PAYMENT;
    }
    if (message != null && CANCELLED.matcher(message).find() && !NOT_CANCELLED.matcher(message).find()) {
      return OrderStatus.CANCELLED;
    }
    return OrderStatus.UNKNOWN;
  }
}
