package io.hostorder.core.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.AwaitTimeoutException;
import io.hostorder.core.error.OrderEndedException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwaiterTest {
  private long now;
  private final List<Duration> naps = new ArrayList<>();
  private final Awaiter awaiter = Awaiter.withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
      .on(() -> now, d -> { naps.add(d); now += d.toNanos(); });

  /** A provider whose order(ref) answers the given statuses in turn (null = a transient read failure). */
  private static OrderProvider answering(OrderStatus... statuses) {
    List<OrderStatus> answers = java.util.Arrays.asList(statuses);
    int[] next = {0};
    return new OrderProvider() {
      @Override public String type() { return "fake"; }
      @Override public Capabilities capabilities() { return Capabilities.builder().add(Capability.ORDER_STATUS).build(); }
      @Override public Cart newCart(String reference) { throw new AssertionError("await must never order"); }
      @Override public Order order(OrderRef ref) {
        OrderStatus s = answers.get(Math.min(next[0]++, answers.size() - 1));
        if (s == null) {
          throw new TransientException("503 from the list", null);
        }
        Server server = s == OrderStatus.ACTIVE
            ? new Server("77", "web-1", List.of("192.0.2.7"), s, "Active", Map.of()) : null;
        return Order.builder(ref).status(s).providerStatus(s.name().toLowerCase())
            .addLine(OrderLine.builder("77").status(s).server(server).build()).build();
      }
    };
  }

  @Test
  void readsWithBackOffUntilActiveAndReturnsTheServer() {
    List<Integer> polls = new ArrayList<>();
    Order done = awaiter.await(answering(OrderStatus.PROCESSING, OrderStatus.PROCESSING, OrderStatus.PROCESSING,
        OrderStatus.PROCESSING, OrderStatus.ACTIVE), OrderRef.of("77"), OrderStatus.ACTIVE, Duration.ofMinutes(1),
        new AwaitListener() {
          @Override public void polled(Order order, int n, Duration elapsed) { polls.add(n); }
        });
    assertThat(done.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(done.lines().get(0).server().primaryIp()).isEqualTo("192.0.2.7");
    assertThat(polls).containsExactly(1, 2, 3, 4, 5);
    assertThat(naps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(4));
  }

  @Test
  void aTransientReadFailureIsToldAndTheWaitGoesOn() {
    List<String> failures = new ArrayList<>();
    Order done = awaiter.await(answering(OrderStatus.PROCESSING, null, OrderStatus.ACTIVE), OrderRef.of("77"),
        OrderStatus.ACTIVE, Duration.ofMinutes(1), new AwaitListener() {
          @Override public void readFailed(io.hostorder.core.error.HostorderException e, int n, Duration elapsed) {
            failures.add(e.getMessage());
          }
        });
    assertThat(done.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(failures).containsExactly("503 from the list");
  }

  @Test
  void theDeadlineEndsTheWaitWithTheLastSeenOrder() {
    assertThatThrownBy(() -> awaiter.await(answering(OrderStatus.PROCESSING), OrderRef.of("77"), OrderStatus.ACTIVE,
        Duration.ofSeconds(10), AwaitListener.NONE))
        .isInstanceOfSatisfying(AwaitTimeoutException.class, e -> {
          assertThat(e.lastSeen().status()).isEqualTo(OrderStatus.PROCESSING);
          assertThat(e.getMessage()).contains("77", "PROCESSING", "10 s", "waiting again is safe");
          assertThat(e.details()).containsEntry("awaited", "ACTIVE");
        });
    // 1 + 2 + 4 + the 3 s left: never sleeps past the deadline
    assertThat(naps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(3));
  }

  @Test
  void aFailedOrCancelledOrderEndsTheWaitAtOnce() {
    assertThatThrownBy(() -> awaiter.await(answering(OrderStatus.PROCESSING, OrderStatus.FAILED), OrderRef.of("77"),
        OrderStatus.ACTIVE, Duration.ofMinutes(1), AwaitListener.NONE))
        .isInstanceOf(OrderEndedException.class).hasMessageContaining("FAILED").hasMessageContaining("will not become ACTIVE");
    assertThat(naps).hasSize(1);
  }

  @Test
  void aProviderWithoutOrderStatusIsRefusedBeforeAnyRead() {
    OrderProvider none = new OrderProvider() {
      @Override public String type() { return "none"; }
      @Override public Capabilities capabilities() { return Capabilities.builder().build(); }
      @Override public Cart newCart(String reference) { throw new AssertionError(); }
    };
    assertThatThrownBy(() -> none.await(OrderRef.of("1"), OrderStatus.ACTIVE, Duration.ofSeconds(1)))
        .isInstanceOf(UnsupportedCapabilityException.class);
  }

  @Test
  void aServerSurvivesTheJsonOfAnOrder() throws Exception {
    Order order = answering(OrderStatus.ACTIVE).order(OrderRef.of("77"));
    String json = OrderJson.mapper().writeValueAsString(order.lines().get(0));
    OrderLine back = OrderJson.mapper().readValue(json, OrderLine.class);
    assertThat(back).isEqualTo(order.lines().get(0));
    assertThat(json).contains("\"ipAddresses\":[\"192.0.2.7\"]");
  }
}
