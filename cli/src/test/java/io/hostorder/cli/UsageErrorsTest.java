package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage errors that say what was meant: the provider type, the option a stray argument belongs to, an option's name. */
class UsageErrorsTest {
  @Test
  void unknownProviderType_suggestsTheTypeMeant_andListsTheInstalledOnes() {
    Cli.Result r = Cli.run("list", "--provider", "zomor");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("unknown provider type 'zomor'", "did you mean 'zomro'?",
        "billmanager, hostway, jsonrest, memory", "testshop");
  }

  @Test
  void unknownProviderType_ofTheTck_isNotCalledATypeWithoutSimulator() {
    Cli.Result r = Cli.run("tck", "--provider", "hostwya");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("unknown provider type 'hostwya'", "did you mean 'hostway'?")
        .doesNotContain("no built-in simulator");
  }

  @Test
  void strayArgument_isNamed_withTheOptionMeantAndTheWholeCommand() {
    Cli.Result r = Cli.run("order", "--provider", "billmanager", "--config", "billmanager.properties", "order.json");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("unexpected argument 'order.json'", "did you mean --order-file order.json?",
        "hostorder order --provider billmanager --config billmanager.properties --order-file order.json");
  }

  @Test
  void strayArgument_withJson_isInTheErrorDocument() throws Exception {
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--json", "extra");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.at("/error/message").asText()).contains("unexpected argument 'extra'");
  }

  @Test
  void unknownOption_suggestsTheOptionMeant() {
    Cli.Result r = Cli.run("order", "--provider", "testshop", "--order-fil", "o.json");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option '--order-fil'", "did you mean --order-file");
  }

  @Test
  void unknownCommand_suggestsTheCommandMeant_atTheTopAndBelow() {
    Cli.Result top = Cli.run("ordr", "--provider", "testshop");
    assertThat(top.status()).as(top.toString()).isEqualTo(2);
    assertThat(top.err()).contains("unknown command 'ordr'; did you mean 'order'?", "reconcile, resolve");
    Cli.Result below = Cli.run("journal", "shw", "broker-1");
    assertThat(below.status()).as(below.toString()).isEqualTo(2);
    assertThat(below.err()).contains("unknown command 'shw'; did you mean 'show'?");
    Cli.Result help = Cli.run("help", "stauts");
    assertThat(help.status()).as(help.toString()).isEqualTo(2);
    assertThat(help.err()).contains("unknown command 'stauts'; did you mean 'status'?");
  }

  @Test
  void spelling_findsSwapsTyposAndPrefixes_notFarNames() {
    List<String> types = List.of("billmanager", "hostway", "jsonrest", "memory", "zomro");
    assertThat(Spelling.closest("zomor", types)).contains("zomro");
    assertThat(Spelling.closest("jsonrset", types)).contains("jsonrest");
    assertThat(Spelling.closest("bill", types)).contains("billmanager");
    assertThat(Spelling.closest("HOSTWAY", types)).contains("hostway");
    assertThat(Spelling.closest("aws", types)).isEmpty();
  }
}
