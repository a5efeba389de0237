package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Everything is checked before any request; what cannot be mapped is rejected, never dropped. */
class BillmanagerValidationTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void unmappableFields_areEachRejected_withNoRequest() {
    OrderProvider provider = wire.provider();
    OrderItem item = OrderItem.builder().plan("tariff-x").region("NL").name("srv 1").image("ubuntu")
        .resources(new Resources(null, 2, null)).addon("ram", "2").option("colour", "red").option("autoprolong", "yes")
        .build();

    InvalidOrderException e = catchThrowableOfType(() -> provider.newCart().add(item), InvalidOrderException.class);

    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("items[0].plan", "items[0].region",
        "items[0].name", "items[0].image", "items[0].resources", "items[0].addons.ram", "items[0].options.colour",
        "items[0].options.autoprolong");
    assertThat(provider.validate(OrderRequest.of(item))).hasSize(8);
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void dailyBillingAndAccess_areRejected_beforeAnyRequest() {
    OrderProvider provider = wire.provider();
    OrderItem item = BillmanagerDocumentExamplesTest.documentItem().toBuilder().period(BillingPeriod.P1D)
        .access(Access.password("Secret123")).build();
    UnsupportedCapabilityException e = catchThrowableOfType(() -> provider.place(OrderRequest.of(item)),
        UnsupportedCapabilityException.class);
    assertThat(e.capability()).isEqualTo(Capability.DAILY_BILLING);
    assertThat(e.violations()).extracting(Violation::path).contains("items[0].period", "items[0].access.password");
    assertThat(e.getMessage()).doesNotContain("Secret123");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void aSecondItem_isRefused_beforeAnyRequest() {
    OrderProvider provider = wire.provider();
    wire.enqueue("<doc><lineitem.id>1</lineitem.id></doc>");
    var cart = provider.newCart();
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    UnsupportedCapabilityException e = catchThrowableOfType(() -> cart.add(BillmanagerDocumentExamplesTest.documentItem()),
        UnsupportedCapabilityException.class);
    assertThat(e.capability()).isEqualTo(Capability.MULTIPLE_ITEMS);
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void quantity_isRefused() {
    OrderProvider provider = wire.provider();
    OrderItem item = BillmanagerDocumentExamplesTest.documentItem().toBuilder().quantity(2).build();
    assertThat(provider.validate(OrderRequest.of(item))).extracting(Violation::path).containsExactly("items[0].quantity");
  }

  @Test
  void capabilities_sayWhatTheConfigurationAllows() {
    var factory = new BillmanagerProviderFactory();
    var plain = factory.capabilities(io.hostorder.core.config.ProviderConfig.of(java.util.Map.of()));
    assertThat(plain.supported()).containsExactlyInAnyOrder(Capability.PROMO_CODE, Capability.ORDER_STATUS,
        Capability.ORDER_LIST, Capability.RECONCILE, Capability.PAY_FROM_BALANCE);
    var reseller = factory.capabilities(io.hostorder.core.config.ProviderConfig.of(java.util.Map.of(
        "su", "client", "skipbasket", "true", "send-remoteid", "false")));
    // Without remoteid an order is still found again: by the domain every order is sent with.
    assertThat(reseller.supported()).contains(Capability.ACT_FOR_CUSTOMER, Capability.SKIP_CART, Capability.RECONCILE);
  }
}
