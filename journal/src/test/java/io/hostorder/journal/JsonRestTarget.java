package io.hostorder.journal;

import io.hostorder.core.model.OrderRequest;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The JSON action API and its simulator as a campaign target; its one committing request is {@code order_create}. */
final class JsonRestTarget implements CampaignTarget {
  private static final String COMMIT = "order_create";
  private final JsonActionSimulator simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3")
      .credit(new BigDecimal("100000000")).start();

  @Override
  public String type() {
    return "jsonrest";
  }

  @Override
  public Map<String, String> config() {
    return Map.of("base-url", simulator.baseUrl().toString(), "username", "broker", "password", "Basic-Pw-81f3",
        "read-timeout", "1s", "connect-timeout", "1s");
  }

  @Override
  public OrderRequest order(String reference) {
    return CampaignOrders.order(type(), reference);
  }

  @Override
  public List<String> ordersAt(String reference) {
    return simulator.orders().stream().filter(o -> reference.equals(o.reference()))
        .map(o -> String.valueOf(o.orderId())).toList();
  }

  @Override
  public int orderCount() {
    return simulator.orders().size();
  }

  @Override
  public String armRandomFault(Random random) {
    int pick = random.nextInt(AfterProcessing.values().length + 2);
    if (pick >= AfterProcessing.values().length) {
      int status = pick == AfterProcessing.values().length ? 503 : 429;
      simulator.faults().refuseBeforeProcessing(COMMIT, status);
      return "refused-before-" + status;
    }
    AfterProcessing f = AfterProcessing.values()[pick];
    if (f == AfterProcessing.LATE_ANSWER) {
      simulator.faults().lateAnswerDelay(Duration.ofMillis(1500));
    }
    simulator.faults().afterProcessing(COMMIT, f);
    return f.name();
  }

  @Override
  public void holdNextAnswer() {
    simulator.faults().lateAnswerDelay(Duration.ofSeconds(3));
    simulator.faults().afterProcessing(COMMIT, AfterProcessing.LATE_ANSWER);
  }

  @Override
  public void disarm() {
    simulator.faults().reset();
  }

  @Override
  public void close() {
    simulator.close();
  }

  @Override
  public String toString() {
    return "jsonrest";
  }
}
