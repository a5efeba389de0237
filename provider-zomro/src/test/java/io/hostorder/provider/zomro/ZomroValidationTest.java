package io.hostorder.provider.zomro;

import io.hostorder.provider.billmanager.Wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zomro's rules, checked before any request: every violation listed, nothing sent. */
class ZomroValidationTest {
  private final Wire wire = new Wire(new ZomroProviderFactory(), "/", java.util.Map.of("token", "211a9ac6309a9f0c340bdebf"));

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void weakPassword_missingDatacenter_andScheduleWithoutTime_areAllListed_withNoRequest() {
    OrderProvider provider = wire.provider();
    OrderItem item = ZomroDocumentExamplesTest.documentItem().toBuilder().region(null).access(Access.password("weakpass"))
        .option("backups_schedule", "on").option("backups_schedule_name", "nightly")
        .option("backups_schedule_rotation_days", "1,3,5").build();

    InvalidOrderException e = catchThrowableOfType(() -> provider.place(OrderRequest.of(item)), InvalidOrderException.class);

    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("items[0].region",
        "items[0].access.password", "items[0].options.backups_schedule_rotation_time");
    assertThat(e.getMessage()).doesNotContain("weakpass").contains("upper-case").contains("digit");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void cartAdd_validatesToo_withNoRequest() {
    OrderProvider provider = wire.provider();
    OrderItem item = ZomroDocumentExamplesTest.documentItem().toBuilder().image(null).access(Access.password("Short1")).build();
    InvalidOrderException e = catchThrowableOfType(() -> provider.newCart().add(item), InvalidOrderException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("items[0].image",
        "items[0].access.password");
    assertThat(e.violations().get(1).message()).contains("at least 8 characters");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void periodP2W_isRejectedByTheOrderReader_namingThePeriod() {
    InvalidOrderException e = catchThrowableOfType(() -> OrderJson.read("{\"reference\": \"r\", \"items\": [{\"plan\": \"6740\","
        + " \"period\": \"P2W\", \"region\": \"13\", \"image\": \"x\"}]}"), InvalidOrderException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactly("items[0].period");
  }

  @Test
  void periodsZomroDoesNotOffer_areRejected() {
    OrderProvider provider = wire.provider();
    for (BillingPeriod p : List.of(BillingPeriod.P24M, BillingPeriod.P36M)) {
      List<Violation> v = provider.validate(OrderRequest.of(ZomroDocumentExamplesTest.documentItem().toBuilder().period(p).build()));
      assertThat(v).extracting(Violation::path).containsExactly("items[0].period");
    }
    assertThat(ZomroItemForm.period(BillingPeriod.P1D)).isEqualTo("-50");
    assertThat(ZomroItemForm.period(null)).isEqualTo("-50");
    assertThat(ZomroItemForm.period(BillingPeriod.P6M)).isEqualTo("6");
  }

  @Test
  void backupSchedule_isAllOrNothing() {
    OrderProvider provider = wire.provider();
    OrderItem off = ZomroDocumentExamplesTest.documentItem().toBuilder().option("backups_schedule", "off")
        .option("backups_schedule_name", "x").build();
    assertThat(provider.validate(OrderRequest.of(off))).extracting(Violation::path)
        .containsExactly("items[0].options.backups_schedule_name");
    OrderItem implied = ZomroDocumentExamplesTest.documentItem().toBuilder().option("backups_schedule_rotation_time", "25:00")
        .build();
    assertThat(provider.validate(OrderRequest.of(implied))).extracting(Violation::path).containsExactlyInAnyOrder(
        "items[0].options.backups_schedule_name", "items[0].options.backups_schedule_rotation_days",
        "items[0].options.backups_schedule_rotation_time");
    OrderItem badDays = ZomroDocumentExamplesTest.documentItem().toBuilder().option("backups_schedule", "on")
        .option("backups_schedule_name", "x").option("backups_schedule_rotation_days", "1,7,1")
        .option("backups_schedule_rotation_time", "04:20").build();
    assertThat(provider.validate(OrderRequest.of(badDays))).extracting(Violation::path)
        .containsExactly("items[0].options.backups_schedule_rotation_days");
  }

  @Test
  void unmappableFields_areRejected() {
    OrderProvider provider = wire.provider();
    OrderItem item = ZomroDocumentExamplesTest.documentItem().toBuilder().access(Access.sshPublicKey("ssh-ed25519 AAAAC3Nz"))
        .resources(new io.hostorder.core.model.Resources(null, 2, null)).option("use_ssh_key", "on").addon("ram", "1")
        .build();
    assertThat(provider.validate(OrderRequest.of(item))).extracting(Violation::path).containsExactlyInAnyOrder(
        "items[0].access.sshPublicKey", "items[0].resources", "items[0].options.use_ssh_key", "items[0].addons.ram");
  }

  @Test
  void capabilities_declareReconcile_byTheServernameEveryOrderCarries() {
    ZomroProviderFactory factory = new ZomroProviderFactory();
    var plain = factory.capabilities(io.hostorder.core.config.ProviderConfig.of(Map.of()));
    assertThat(plain.idempotency()).isEqualTo(Idempotency.LOOKUP);
    assertThat(plain.supported()).containsExactlyInAnyOrder(Capability.PROMO_CODE, Capability.ORDER_STATUS,
        Capability.ORDER_LIST, Capability.PAY_FROM_BALANCE, Capability.DAILY_BILLING, Capability.QUANTITY,
        Capability.RECONCILE);
    var remote = factory.capabilities(io.hostorder.core.config.ProviderConfig.of(Map.of("send-remoteid", "true")));
    assertThat(remote.idempotency()).isEqualTo(Idempotency.LOOKUP);
    assertThat(remote.has(Capability.RECONCILE)).isTrue();
  }

  @Test
  void baseUrl_defaultsToZomrosEndpoint() {
    var key = new ZomroProviderFactory().configKeys().stream().filter(k -> k.name().equals("base-url")).findFirst().orElseThrow();
    assertThat(key.defaultValue()).isEqualTo("https://api.zomro.com/");
  }
}
