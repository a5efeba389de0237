package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import org.junit.jupiter.api.Test;

/** What the API cannot express is rejected, every problem at once, before any request. */
class JsonRestValidationTest extends MockApi {

  @Test
  void place_withFieldsTheApiCannotExpress_listsEveryViolation_andSendsNothing() {
    OrderItem item = OrderItem.builder().plan("VPS").name("x")
        .period(BillingPeriod.P1M)
        .region("fra1")
        .addon("6746", "260")
        .access(Access.password("Secret-1"))
        .option("colour", "blue")
        .option("public_ports_allow", "80,70000")
        .option("ipv4", "yes")
        .option("os_version", "10.4")
        .option("firewall_addme", "1")
        .option("cloud_init_url", "ftp://example.com/x")
        .build();

    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class,
        () -> provider().place(OrderRequest.builder().reference("r").addItem(item).build()));

    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "items[0].period", "items[0].region", "items[0].addons.6746", "items[0].access.password",
        "items[0].options.colour", "items[0].options.public_ports_allow", "items[0].options.ipv4",
        "items[0].options.os_version", "items[0].options.firewall_addme", "items[0].options.cloud_init_url",
        "items[0].options.ip_allow");
    assertThat(e.getMessage()).doesNotContain("Secret-1");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void place_withQuantityRelatedAndPromo_isUnsupportedCapability_listingEveryProblem() {
    OrderItem item = OrderItem.builder().plan("VPS").quantity(2).region("x")
        .addRelated(OrderItem.builder().plan("panel").build()).build();

    UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
        () -> provider().place(OrderRequest.builder().reference("r").promoCode("PROMO").addItem(item).build()));

    assertThat(e.violations()).extracting(Violation::path).contains("promoCode", "items[0].quantity",
        "items[0].related", "items[0].region");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void validate_acceptsTheDocumentsItem() {
    assertThat(provider().validate(OrderRequest.of(JsonRestExpectTest.documentItem()))).isEmpty();
  }

  @Test
  void validate_rejectsASshKeyIdAccess() {
    OrderItem item = OrderItem.builder().plan("VPS").access(Access.sshKeyId("17")).build();

    assertThat(provider().validate(OrderRequest.of(item))).extracting(Violation::path)
        .containsExactly("items[0].access.sshKeyId");
  }

  @Test
  void validate_requiresIpAllowWithAnSshKey() {
    OrderItem item = OrderItem.builder().plan("VPS").access(Access.sshPublicKey("ssh-ed25519 AAAA")).build();

    assertThat(provider().validate(OrderRequest.of(item))).extracting(Violation::path)
        .containsExactly("items[0].options.ip_allow");
  }

  @Test
  void cartAdd_withAnInvalidItem_throwsNamingItsPosition_andSendsNothing() {
    Cart cart = provider().newCart("r");
    cart.add(OrderItem.builder().plan("VPS").build());

    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class,
        () -> cart.add(OrderItem.builder().plan(" ").option("nope", "1").build()));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("items[1].plan", "items[1].options.nope");
    assertThat(cart.lines()).hasSize(1);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void applyPromoCode_isUnsupported() {
    UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
        () -> provider().newCart("r").applyPromoCode("X"));

    assertThat(e.capability()).isEqualTo(Capability.PROMO_CODE);
  }

  @Test
  void checkout_ofAnEmptyCart_isInvalid_andSendsNothing() {
    catchThrowableOfType(InvalidOrderException.class, () -> provider().newCart("r").checkout());

    assertThat(server.getRequestCount()).isZero();
  }
}
