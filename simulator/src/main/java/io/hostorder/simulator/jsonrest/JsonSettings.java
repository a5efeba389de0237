package io.hostorder.simulator.jsonrest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a {@link JsonActionSimulator} accepts, fixed when it is built. */
record JsonSettings(String path, String user, String password, String token,
    Map<Integer, OperatingSystem> systems, Set<String> products, String currency,
    BigDecimal credit, long seed, long firstOrderId, long firstItemId, long firstInvoiceId,
    PaymentAnswerShape paymentAnswer, Duration activationDelay, int activeStatus, String activeMessage,
    int history) {

  /** Returns a description without the password or token. */
  @Override
  public String toString() {
    return "JsonSettings{path=" + path + ", user=" + user + ", password=***, token=***}";
  }

  /** An operating system the {@code os} option may name, by number or by name, with its versions. */
  record OperatingSystem(int id, String name, List<String> versions) {}
}
