package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Resources;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the independently written simulator, with HTTP Basic credentials. */
class JsonRestSimulatorTest {
  private JsonActionSimulator simulator;
  private ProviderRegistry registry;
  private JsonRestProvider provider;

  @BeforeEach
  void start() {
    simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3").start();
    registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build();
    provider = (JsonRestProvider) registry.create("jsonrest", ProviderConfig.of(Map.of(
        "base-url", simulator.baseUrl().toString(), "username", "broker", "password", "Basic-Pw-81f3",
        "read-timeout", "5s")));
  }

  @AfterEach
  void stop() {
    registry.close();
    simulator.close();
  }

  private static OrderItem.Builder vps(String name) {
    return OrderItem.builder().plan("VPS").name(name).resources(new Resources(new BigDecimal("0.5"), 1, 10))
        .image("2");
  }

  @Test
  void theDocumentsItem_isPlaced_followed_andOneItemCancelled() {
    Order order = provider.place(OrderRequest.builder().reference("broker-1")
        .addItem(JsonRestExpectTest.documentItem()).addItem(vps("second").option("os_version", "22.04").build()).build());

    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.lines()).hasSize(2);
    assertThat(simulator.orders()).singleElement().satisfies(o -> assertThat(o.reference()).isEqualTo("broker-1"));

    provider.cancel(order.ref(), order.lines().get(0).id());
    Order after = provider.order(order.ref());

    assertThat(after.lines().get(0).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(after.lines().get(1).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(provider.orders()).extracting(Order::ref).containsExactly(order.ref());
    assertThat(order.lines()).extracting(OrderLine::id).as("known by position until read").containsExactly("#1", "#2");
    assertThat(provider.servers(after.lines().get(1).id())).singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("second"));
    assertThat(provider.servers()).hasSize(2);
  }

  @Test
  void withoutCredit_theOrderAsksForPayment_andIsFoundAwaitingIt() {
    simulator.setCredit(BigDecimal.ZERO);

    PaymentRequiredException e = catchThrowableOfType(PaymentRequiredException.class,
        () -> provider.place(OrderRequest.builder().reference("broker-2").addItem(vps("unpaid").build()).build()));

    assertThat(e.invoice().id()).isNotBlank();
    assertThat(e.invoice().amount()).isPositive();
    assertThat(e.invoice().message()).isNotBlank();
    Order found = provider.order(e.order().ref());
    assertThat(found.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(simulator.orders()).hasSize(1);
  }

  @Test
  void anSshKeyWithItsIpAllow_isAccepted() {
    Order order = provider.place(OrderRequest.of(vps("keyed").access(Access.sshPublicKey("ssh-ed25519 AAAAC3Nz k@x"))
        .option("ip_allow", "192.168.0.0/24").option("public_ports_allow", "80,443").build()));

    assertThat(order.lines()).hasSize(1);
  }
}
