package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code order} against the in-memory reference provider, whose own place() skips the cart when it may. */
class MemoryOrderTest {
  @TempDir
  Path dir;

  private Path file() throws Exception {
    Path f = dir.resolve("order.json");
    Files.writeString(f, """
        {"reference": "mem-4711", "promoCode": "WELCOME10", "items": [{"plan": "medium", "name": "web-1",
          "period": "P1M", "access": {"password": "Mem-Secret-Pw1"}, "related": [{"plan": "panel"}]}]}
        """);
    return f;
  }

  @Test
  void order_withSkipCart_usesTheProvidersOwnPlace_inOneStep() throws Exception {
    Cli.Result r = Cli.run("order", "--provider", "memory", "--set", "password=mem-pw-123", "--set", "account=one-step",
        "--order-file", file().toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).containsPattern("placing the order in one step \\(no cart\\)… done \\(\\d+ ms\\)")
        .doesNotContain("adding item");
    assertThat(r.out()).contains("promo code:  WELCOME10", "related to").doesNotContain("…");
    assertThat(r.all()).doesNotContain("mem-pw-123").doesNotContain("Mem-Secret-Pw1");
  }

  @Test
  void order_withoutSkipCart_goesThroughTheCart_stepByStep() throws Exception {
    Cli.Result r = Cli.run("order", "--provider", "memory", "--set", "password=mem-pw-123", "--set", "account=cart",
        "--set", "capabilities=PROMO_CODE,RELATED_ITEMS,RECONCILE,ORDER_STATUS", "--order-file", file().toString());
    assertThat(r.status()).as(r.toString()).isZero();
    // The journal never sent mem-4711: no lookup at the provider first.
    assertThat(r.err()).contains("adding item 1/1 to cart… done", "applying promo code WELCOME10… done",
        "checking out… done").doesNotContain("looking for an order");
  }

  @Test
  void order_withLookupFirst_looksTheReferenceUpBeforeTheCart() throws Exception {
    Cli.Result r = Cli.run("order", "--provider", "memory", "--set", "password=mem-pw-123", "--set", "account=cart2",
        "--set", "capabilities=PROMO_CODE,RELATED_ITEMS,RECONCILE,ORDER_STATUS", "--order-file", file().toString(),
        "--lookup-first");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("looking for an order with reference mem-4711… done", "adding item 1/1 to cart… done");
  }
}
