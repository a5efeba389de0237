package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.cli.testshop.TestShops;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hostorder order} against the test shop: output, JSON, and every exit status an order can end with. */
class OrderCommandTest {
  static final String ORDER = """
      {"reference": "%s", "items": [{"plan": "vps-1", "name": "web-1", "period": "P1M", "region": "eu",
        "access": {"password": "Sup3r-Secret-Pw"}}]}
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private final String store = "s-" + UUID.randomUUID();

  private Path file(String json) throws Exception {
    Path f = dir.resolve("order-" + UUID.randomUUID() + ".json");
    Files.writeString(f, json);
    return f;
  }

  private Cli.Result order(String fail, Path file, String... more) {
    String[] base = {"order", "--provider", "testshop", "--set", "store=" + store, "--set", "token=good-token",
        "--set", "fail=" + fail, "--order-file", file.toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void order_printsProgressLinesAndTheOrder() throws Exception {
    Cli.Result r = order("none", file(ORDER.formatted("broker-1")), "--promo", "SPRING");
    assertThat(r.status()).as(r.toString()).isZero();
    // Progress on stderr, the order alone on stdout: 'order … > placed.txt' captures only the result.
    assertThat(r.err()).containsPattern("adding item 1/1 to cart… done \\(\\d+ ms\\)")
        .containsPattern("applying promo code SPRING… done \\(\\d+ ms\\)")
        .containsPattern("checking out… done \\(\\d+ ms\\)")
        .doesNotContain("order 1001 at testshop");
    assertThat(r.out()).startsWith("order 1001 at testshop: PROCESSING (provider: open)")
        .contains("reference:   broker-1", "promo code:  SPRING", "1001-1  web-1  PROCESSING  ids: cartLine=cl1")
        .doesNotContain("…").doesNotContain("placing order").doesNotContain("journal:");
  }

  @Test
  void order_json_printsExactlyOneDocumentAndNoProgress() throws Exception {
    Cli.Result r = order("none", file(ORDER.formatted("broker-2")), "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("id").asText()).isEqualTo("1001");
    assertThat(doc.get("provider").asText()).isEqualTo("testshop");
    assertThat(doc.get("reference").asText()).isEqualTo("broker-2");
    assertThat(doc.get("status").asText()).isEqualTo("PROCESSING");
    assertThat(doc.at("/lines/0/providerIds/cartLine").asText()).isEqualTo("cl1");
    assertThat(r.out()).doesNotContain("…");
  }

  @Test
  void order_sameReferenceTwice_showsTheFirstOrderInsteadOfOrderingAgain() throws Exception {
    Path f = file(ORDER.formatted("broker-3"));
    String journal = Cli.freshJournal();
    assertThat(order("none", f, "--journal", journal).status()).isZero();
    Cli.Result again = order("none", f, "--journal", journal);
    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("the journal already holds order reference broker-3");
    assertThat(again.out()).contains("order 1001");
    assertThat(TestShops.orders(store)).isEqualTo(1);
  }

  @Test
  void order_sameReferenceThroughAnotherJournal_withLookupFirst_findsItAtTheProvider() throws Exception {
    Path f = file(ORDER.formatted("broker-4"));
    assertThat(order("none", f).status()).isZero();
    // Each run has a journal of its own here, as two hosts with a SQLite file each would.
    Cli.Result again = order("none", f, "--lookup-first");
    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("looking for an order with reference broker-4", "was already placed");
    assertThat(again.out()).contains("order 1001");
    assertThat(TestShops.orders(store)).isEqualTo(1);
  }

  @Test
  void order_unknownFieldInFile_isInvalidOrder_status3_namingThePath_noRequest() throws Exception {
    Cli.Result r = order("none", file("{\"items\": [{\"plan\": \"x\", \"colour\": \"red\"}]}"));
    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("invalid order", "items[0]", "colour");
    assertThat(TestShops.requests(store)).isZero();
  }

  @Test
  void order_providerRules_listEveryViolationWithItsPath_status3_noRequest() throws Exception {
    Cli.Result r = order("none", file("""
        {"items": [{"plan": "a", "region": "mars", "period": "P3M"}, {"plan": "b", "quantity": 0}]}
        """), "--json");
    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.at("/error/kind").asText()).isEqualTo("invalid-order");
    assertThat(doc.at("/error/violations").findValuesAsText("path"))
        .contains("items[0].region", "items[0].period", "items[1].quantity");
    assertThat(r.err()).contains("items[0].region: unknown region 'mars'");
    assertThat(TestShops.requests(store)).isZero();
  }

  @Test
  void order_badToken_isAuthentication_status4() throws Exception {
    Cli.Result r = Cli.run("order", "--provider", "testshop", "--set", "store=" + store, "--set", "token=wrong-token",
        "--order-file", file(ORDER.formatted("b4")).toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(4);
    assertThat(r.err()).contains("error: the test shop refused the token").doesNotContain("at io.hostorder");
  }

  @Test
  void order_paymentRequired_status5_printsOrderIdAndInvoice() throws Exception {
    Cli.Result r = order("payment", file(ORDER.formatted("b5")));
    assertThat(r.status()).as(r.toString()).isEqualTo(5);
    assertThat(r.err()).contains("order 1001 at testshop: PENDING_PAYMENT", "invoice: id inv-1001, 12.50 EUR",
        "pay it, then follow the order with: hostorder status --provider testshop --set store=" + store
            + " --set fail=payment --order 1001\n");
    // The hint repeats the run's --set options but its secret (the token): the rest can be pasted as printed.
    assertThat(r.err()).doesNotContain("token=");
  }

  @Test
  void order_paymentRequired_json_carriesOrderAndInvoice() throws Exception {
    Cli.Result r = order("payment", file(ORDER.formatted("b5j")), "--json");
    assertThat(r.status()).isEqualTo(5);
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.at("/error/order/id").asText()).isEqualTo("1001");
    assertThat(doc.at("/error/invoice/amount").asText()).isEqualTo("12.50");
  }

  @Test
  void order_providerError_status6_printsCodeAndMessage() throws Exception {
    Cli.Result r = order("provider-error", file(ORDER.formatted("b6")), "--json");
    assertThat(r.status()).as(r.toString()).isEqualTo(6);
    assertThat(r.err()).contains("provider code:    E42", "provider message: plan sold out");
    assertThat(JSON.readTree(r.out()).at("/error/code").asText()).isEqualTo("E42");
  }

  @Test
  void order_promoRejected_status6_saysNothingWasPaid() throws Exception {
    Cli.Result r = order("promo-rejected", file(ORDER.formatted("b6p")), "--promo", "OLD");
    assertThat(r.status()).as(r.toString()).isEqualTo(6);
    assertThat(r.err()).contains("promo code 'OLD' rejected", "nothing was paid");
  }

  @Test
  void order_outcomeUnknown_status7_printsWhatIsNeededToReconcile() throws Exception {
    Cli.Result r = order("outcome-unknown", file(ORDER.formatted("broker-7")));
    assertThat(r.status()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).contains("do NOT simply place it again", "step:            checkout",
        "order reference: broker-7", "provider ids:    cartLine=cl1", "\n    hostorder reconcile --provider testshop --set store=" + store + " --set fail=outcome-unknown broker-7\n",
        "\n    hostorder resolve broker-7 --placed ORDER_ID\n", "\n    hostorder resolve broker-7 --not-placed\n");
  }

  @Test
  void order_outcomeUnknown_hintsRepeatTheRunsConfigFileProfileAndJournal_butNoSecret() throws Exception {
    Path props = dir.resolve("my shop.properties");
    Files.writeString(props, "[main]\nstore=" + store + "\ntoken=good-secret-token\nfail=outcome-unknown\n");
    String journal = Cli.freshJournal();
    Cli.Result r = Cli.run("order", "--provider", "testshop", "--config", props.toString(), "--profile", "main",
        "--journal", journal, "--order-file", file(ORDER.formatted("broker-7j")).toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).contains("\n    hostorder reconcile --provider testshop --config '" + props + "' --profile main"
        + " --journal " + journal + " broker-7j\n", "\n    hostorder resolve --journal " + journal
        + " broker-7j --placed ORDER_ID\n");
    assertThat(r.all()).doesNotContain("good-secret-token");
  }

  @Test
  void order_transientFailure_status1() throws Exception {
    Cli.Result r = order("transient", file(ORDER.formatted("b1")));
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("the test shop is busy").doesNotContain("\tat ");
  }

  @Test
  void order_debug_addsTheStackTrace() throws Exception {
    Cli.Result r = order("transient", file(ORDER.formatted("b1d")), "--debug");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("TransientException", "\tat ");
  }

  @Test
  void order_missingFile_status2() {
    Cli.Result r = order("none", dir.resolve("nope.json"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--order-file", "nope.json");
  }

  @Test
  void order_unknownProvider_status2_listsInstalledTypes() throws Exception {
    Cli.Result r = Cli.run("order", "--provider", "nosuch", "--order-file", file(ORDER.formatted("x")).toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown provider type 'nosuch'", "testshop");
  }

  @Test
  void order_unknownConfigKey_status2_namesIt() throws Exception {
    Cli.Result r = order("none", file(ORDER.formatted("x")), "--set", "colour=red");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("'colour'", "unknown key");
  }

  @Test
  void order_malformedSet_status2() throws Exception {
    Cli.Result r = order("none", file(ORDER.formatted("x")), "--set", "novalue");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("key=value");
  }

  @Test
  void configuration_setBeatsEnvironment_whichBeatsTheFile() throws Exception {
    Path props = dir.resolve("shop.properties");
    Files.writeString(props, "store=" + store + "\ntoken=wrong-from-file\nfail=provider-error\n");
    Map<String, String> env = Map.of("HOSTORDER_TOKEN", "good-token", "HOSTORDER_FAIL", "payment");
    // The environment's token beats the file's; --set's fail beats the environment's.
    Cli.Result r = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(), "--set", "fail=none",
        "--order-file", file(ORDER.formatted("prec")).toString());
    assertThat(r.status()).as(r.toString()).isZero();
    Cli.Result envFail = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(),
        "--order-file", file(ORDER.formatted("prec1")).toString());
    assertThat(envFail.status()).as(envFail.toString()).isEqualTo(5);
    // The file alone: its wrong token.
    Cli.Result fileOnly = Cli.run("order", "--provider", "testshop", "--config", props.toString(),
        "--order-file", file(ORDER.formatted("prec2")).toString());
    assertThat(fileOnly.status()).isEqualTo(4);
  }

  @Test
  void configuration_profiles_tellTwoAccountsOfOneTypeApart() throws Exception {
    Path props = dir.resolve("accounts.properties");
    Files.writeString(props, "store=" + store + "\n[shop-a]\ntoken=wrong-a\n[shop-b]\ntoken=good-b\n");
    // A plain HOSTORDER_<KEY> belongs to no profile; HOSTORDER_SHOP_B_<KEY> belongs to shop-b only.
    Map<String, String> env = Map.of("HOSTORDER_TOKEN", "wrong-plain", "HOSTORDER_SHOP_B_FAIL", "payment");

    Cli.Result a = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-a",
        "--order-file", file(ORDER.formatted("pa")).toString());
    Cli.Result b = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-b",
        "--order-file", file(ORDER.formatted("pb")).toString());
    Cli.Result bOk = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-b",
        "--set", "fail=none", "--order-file", file(ORDER.formatted("pc")).toString());
    Cli.Result none = Cli.run(env, "order", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-c",
        "--order-file", file(ORDER.formatted("pd")).toString());

    assertThat(a.status()).as(a.toString()).isEqualTo(4);
    assertThat(b.status()).as(b.toString()).isEqualTo(5);
    assertThat(b.err()).contains("hostorder status --provider testshop --config " + props + " --profile shop-b --order 1001");
    assertThat(bOk.status()).as(bOk.toString()).isZero();
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("file " + props + " has no profile [shop-c]; its profiles: shop-a, shop-b");
  }

  @Test
  void configuration_errors_sayWhereTheValueCameFrom() throws Exception {
    Path props = dir.resolve("accounts.properties");
    Files.writeString(props, "store=" + store + "\ntoken=good-token\n[slow]\nfail=slowly\n");
    Path f = file(ORDER.formatted("origin"));

    Cli.Result fromEnv = Cli.run(Map.of("HOSTORDER_FAIL", "never"), "order", "--provider", "testshop", "--config",
        props.toString(), "--order-file", f.toString());
    Cli.Result fromProfile = Cli.run("order", "--provider", "testshop", "--config", props.toString(), "--profile", "slow",
        "--order-file", f.toString());
    Cli.Result fromSet = Cli.run("order", "--provider", "testshop", "--config", props.toString(), "--set", "fail=maybe",
        "--order-file", f.toString());

    assertThat(fromEnv.status()).isEqualTo(2);
    assertThat(fromEnv.err()).contains("configuration key 'fail': 'never' is not one of",
        "(fail from environment variable HOSTORDER_FAIL)");
    assertThat(fromProfile.err()).contains("'slowly' is not one of", "(fail from file " + props + ":slow)");
    assertThat(fromSet.err()).contains("'maybe' is not one of", "(fail from --set)");
    assertThat(TestShops.requests(store)).isZero();
  }

  @Test
  void configuration_missingConfigFile_status2() throws Exception {
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--config", dir.resolve("none.properties").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--config");
  }

  @Test
  void order_promoOnAReferenceAlreadyPlaced_isRefused_notSilentlyShown() throws Exception {
    Path f = file(ORDER.formatted("promo-late"));
    String journal = Cli.freshJournal();
    Cli.Result first = order("none", f, "--journal", journal);
    Cli.Result late = order("none", f, "--journal", journal, "--promo", "BOGUS");
    Cli.Result viaProvider = order("none", f, "--lookup-first", "--promo", "BOGUS");

    assertThat(first.status()).as(first.toString()).isZero();
    for (Cli.Result r : List.of(late, viaProvider)) {
      assertThat(r.status()).as(r.toString()).isEqualTo(9);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("error: promo code BOGUS was not applied:", "order reference promo-late as already"
          + " placed (order 1001), and a promo code applies only to an order being placed; nothing was sent");
    }
    assertThat(late.err()).contains("the journal holds order reference promo-late");
    assertThat(viaProvider.err()).contains("the provider holds order reference promo-late");
    assertThat(TestShops.orders(store)).isEqualTo(1);
  }

  @Test
  void order_fileErrors_giveLineColumnAndPath_inTheOrdersWords() throws Exception {
    Cli.Result shape = order("none", file("{\"reference\": \"x\",\n \"items\": {\"plan\": \"vps-1\"}}"));
    Cli.Result builder = order("none", file("{\"items\": [{\"plan\": \"vps-1\",\n  \"addRelated\": {\"plan\": \"b\"}}]}"));
    Cli.Result array = order("none", file("[{\"plan\": \"vps-1\"}]"));

    assertThat(shape.status()).isEqualTo(3);
    assertThat(shape.err()).contains("  items: expected a list [...], got an object (line 2, column 11)");
    assertThat(builder.err()).contains("  items[0].addRelated: unknown field 'addRelated'; known fields: access, addons,"
        + " image, name, options, period, plan, quantity, region, related, resources (line 2, column ");
    assertThat(array.err()).contains("  $: expected an order: an object with reference, promoCode and items, got a list"
        + " (line 1, column 1)");
    for (Cli.Result r : List.of(shape, builder, array)) {
      assertThat(r.all()).doesNotContain("Builder").doesNotContain("deserialize").doesNotContain("io.hostorder");
    }
    assertThat(TestShops.requests(store)).isZero();
  }
}
