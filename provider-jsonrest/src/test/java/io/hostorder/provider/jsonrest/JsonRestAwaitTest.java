package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.error.AwaitTimeoutException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.follow.AwaitListener;
import io.hostorder.core.follow.Awaiter;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Following an order until its servers run, against the simulator: {@code order(ref)} reads {@code order_status}
 * and one {@code server_list} per item, and {@code await} only reads.
 */
class JsonRestAwaitTest {
  private static final Awaiter FAST = Awaiter.withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

  @Test
  void await_active_endsOnceTheServerRuns_withItsAddress() {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().activationDelay(Duration.ofMillis(300)))) {
      Order placed = api.provider.place(SimulatedApi.order("ref-await"));
      assertThat(placed.status()).isEqualTo(OrderStatus.PROCESSING);

      Order active = FAST.await(api.provider, placed.ref(), OrderStatus.ACTIVE, Duration.ofSeconds(5), AwaitListener.NONE);

      OrderLine line = active.lines().get(0);
      assertThat(line.status()).isEqualTo(OrderStatus.ACTIVE);
      assertThat(line.server().ready()).isTrue();
      assertThat(line.server().serviceId()).isEqualTo(line.id());
      assertThat(line.server().name()).isEqualTo("web-1");
      assertThat(line.server().primaryIp()).startsWith("2001:db8::"); // no features.ipv4: IPv6 only
      assertThat(line.server().providerStatus()).isEqualTo("running");
      assertThat(api.orderCreates()).isEqualTo(1);
    }
  }

  @Test
  void providerAwait_withItsStandardBackOff_worksEndToEnd() {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().activationDelay(Duration.ofMillis(300)))) {
      Order placed = api.provider.place(SimulatedApi.order("ref-await-std"));

      Order active = api.provider.await(placed.ref(), OrderStatus.ACTIVE, Duration.ofSeconds(5));

      assertThat(active.status()).isEqualTo(OrderStatus.ACTIVE);
      assertThat(active.lines().get(0).server().ipAddresses()).isNotEmpty();
    }
  }

  @Test
  void await_active_timesOut_typed_whenTheDelayIsLonger() {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().activationDelay(Duration.ofSeconds(30)))) {
      Order placed = api.provider.place(SimulatedApi.order("ref-slow"));

      AwaitTimeoutException e = catchThrowableOfType(AwaitTimeoutException.class,
          () -> FAST.await(api.provider, placed.ref(), OrderStatus.ACTIVE, Duration.ofMillis(600), AwaitListener.NONE));

      assertThat(e).isNotNull();
      assertThat(e.lastSeen().status()).isEqualTo(OrderStatus.PROCESSING);
      assertThat(e.lastSeen().lines().get(0).server().status()).isEqualTo(OrderStatus.PROCESSING);
      assertThat(e.lastSeen().lines().get(0).server().ipAddresses()).isEmpty();
      assertThat(api.orderCreates()).isEqualTo(1);
    }
  }

  @Test
  void anActiveServerWithIpv4_showsItsAddressesFirstV4() {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().activationDelay(Duration.ofHours(1)))) {
      Order placed = api.provider.place(io.hostorder.core.model.OrderRequest.of(SimulatedApi.order("x").items().get(0)
          .toBuilder().option("ipv4", "2").build()));
      api.simulator.advanceClock(Duration.ofHours(1));
      int before = api.simulator.requestCount();

      Order order = api.provider.order(placed.ref());

      assertThat(api.simulator.requestCount() - before).as("order_status + one server_list").isEqualTo(2);
      assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
      assertThat(order.lines().get(0).server().ipAddresses()).hasSize(3)
          .satisfies(ips -> assertThat(ips.get(0)).startsWith("192.0.2."));
      assertThat(order.lines().get(0).providerStatus()).isEqualTo("200");
      assertThat(order.lines().get(0).message()).isEqualTo("Active");
    }
  }

  @Test
  void aServerListFault_leavesTheOrderReadable_andTheNextReadHasTheServer() {
    try (SimulatedApi api = new SimulatedApi(JsonActionSimulator.builder().activationDelay(Duration.ZERO))) {
      Order placed = api.provider.place(SimulatedApi.order("ref-flaky"));
      api.simulator.faults().failNext("server_list", 1);

      Order first = api.provider.order(placed.ref());
      Order second = api.provider.order(placed.ref());

      assertThat(first.lines().get(0).server()).isNull();
      assertThat(first.lines().get(0).message()).contains("server details not read");
      assertThat(first.status()).isNotEqualTo(OrderStatus.ACTIVE);
      assertThat(second.status()).isEqualTo(OrderStatus.ACTIVE);
    }
  }

  @Test
  void afterALostOrderCreate_anotherProcessFindsTheOrderByItsReferenceAlone() {
    try (SimulatedApi api = new SimulatedApi()) {
      api.simulator.faults().afterProcessing("order_create", AfterProcessing.DROP);
      OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
          () -> api.provider.place(SimulatedApi.order("ref-lost-answer")));
      assertThat(e.details()).doesNotContainKey("orderId");

      try (SimulatedApi.Other other = api.otherProcess()) {
        Optional<Order> found = other.provider.reconcile("ref-lost-answer", Map.of());

        assertThat(found).isPresent();
        assertThat(found.get().ref().id()).isEqualTo(Long.toString(api.simulator.orders().get(0).orderId()));
        assertThat(found.get().reference()).isEqualTo("ref-lost-answer");
      }
      assertThat(api.orderCreates()).isEqualTo(1);
    }
  }
}
