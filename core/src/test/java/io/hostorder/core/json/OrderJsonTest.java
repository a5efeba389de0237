package io.hostorder.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderJsonTest {
  static final String DESIGN_EXAMPLE = """
      {
        "reference": "broker-4711",
        "promoCode": "PROMO_2024",
        "items": [{
          "plan": "6740", "name": "MyServer-1", "period": "P1D", "quantity": 1,
          "region": "13", "image": "479c96f1-ccc6-47a2-952c-c9e3bbdc8d07",
          "access": { "password": "MyPassword1" },
          "addons": { "6746": "260" }
        }]
      }
      """;

  @Test
  void read_designExample_readsAsIs() {
    OrderRequest order = OrderJson.read(DESIGN_EXAMPLE);

    assertThat(order.reference()).isEqualTo("broker-4711");
    assertThat(order.promoCode()).isEqualTo("PROMO_2024");
    OrderItem item = order.items().get(0);
    assertThat(item.plan()).isEqualTo("6740");
    assertThat(item.name()).isEqualTo("MyServer-1");
    assertThat(item.period()).isEqualTo(BillingPeriod.P1D);
    assertThat(item.quantity()).isEqualTo(1);
    assertThat(item.region()).isEqualTo("13");
    assertThat(item.image()).isEqualTo("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07");
    assertThat(item.access()).isEqualTo(Access.password("MyPassword1"));
    assertThat(item.addons()).containsExactly(java.util.Map.entry("6746", "260"));
  }

  @Test
  void write_thenRead_givesTheSameOrder() {
    OrderRequest order = OrderRequest.builder().reference("r-1").addItem(OrderItem.builder().plan("VPS")
        .resources(new io.hostorder.core.model.Resources(new BigDecimal("0.5"), 9, 25))
        .access(Access.sshPublicKey("ssh-ed25519 AAAAC3 user@host"))
        .option("ip_allow", "192.168.0.0/24")
        .addRelated(OrderItem.builder().plan("controlpanel").period(BillingPeriod.P1M).build())
        .build()).build();

    assertThat(OrderJson.read(OrderJson.write(order))).isEqualTo(order);
  }

  @Test
  void read_withoutReference_generatesOne() {
    OrderRequest order = OrderJson.read("{\"items\":[{\"plan\":\"1\"}]}");

    assertThat(order.reference()).startsWith("ho-");
    assertThat(order.items().get(0).quantity()).isEqualTo(1);
  }

  @Test
  void read_unknownTopLevelField_namesIt() {
    assertThat(only("{\"items\":[{\"plan\":\"1\"}],\"promo\":\"X\"}"))
        .satisfies(v -> {
          assertThat(v.path()).isEqualTo("promo");
          assertThat(v.message()).contains("unknown field 'promo'").contains("promoCode");
        });
  }

  @Test
  void read_unknownNestedField_namesItsJsonPath() {
    Violation v = only("{\"items\":[{\"plan\":\"1\",\"related\":[{\"plan\":\"2\",\"colour\":\"red\"}]}]}");

    assertThat(v.path()).isEqualTo("items[0].related[0].colour");
    assertThat(v.message()).contains("unknown field 'colour'");
  }

  @Test
  void read_unknownAccessField_namesIt() {
    assertThat(only("{\"items\":[{\"plan\":\"1\",\"access\":{\"pasword\":\"x\"}}]}").path())
        .isEqualTo("items[0].access.pasword");
  }

  @Test
  void read_badPeriod_namesThePathAndTheAllowedValues() {
    Violation v = only("{\"items\":[{\"plan\":\"1\",\"period\":\"P2W\"}]}");

    assertThat(v.path()).isEqualTo("items[0].period");
    assertThat(v.message()).contains("P2W").contains("P1D").contains("P36M");
  }

  @Test
  void read_negativeQuantity_namesThePath() {
    Violation v = only("{\"items\":[{\"plan\":\"1\",\"quantity\":-2}]}");

    assertThat(v.path()).isEqualTo("items[0].quantity");
    assertThat(v.message()).contains("at least 1");
  }

  @Test
  void read_quantityOfWrongType_namesThePath() {
    assertThat(only("{\"items\":[{\"plan\":\"1\",\"quantity\":\"two\"}]}").path()).isEqualTo("items[0].quantity");
    assertThat(only("{\"items\":[{\"plan\":\"1\",\"quantity\":1.5}]}").path()).isEqualTo("items[0].quantity");
  }

  @Test
  void read_objectWhereTextBelongs_namesThePath() {
    assertThat(only("{\"items\":[{\"plan\":{\"id\":1}}]}").path()).isEqualTo("items[0].plan");
  }

  @Test
  void read_itemsNotAList_namesThePath() {
    assertThat(only("{\"items\":{\"plan\":\"1\"}}").path()).isEqualTo("items");
  }

  @Test
  void read_ramOfWrongType_namesThePath() {
    assertThat(only("{\"items\":[{\"plan\":\"1\",\"resources\":{\"ramGb\":\"lots\"}}]}").path())
        .isEqualTo("items[0].resources.ramGb");
  }

  @Test
  void read_malformedJson_saysWhere() {
    Violation v = only("{\"items\": [");

    assertThat(v.message()).contains("line");
  }

  @Test
  void read_duplicateField_isAnError() {
    assertThat(only("{\"items\":[{\"plan\":\"1\",\"plan\":\"2\"}]}").message()).contains("plan");
  }

  @Test
  void read_severalPortableProblems_listsEveryOne() {
    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, () -> OrderJson.read(
        "{\"items\":[{\"quantity\":0,\"access\":{\"password\":\"a\",\"sshKeyId\":\"1\"}},"
            + "{\"plan\":\"2\",\"resources\":{\"cpus\":-1}}]}"));

    assertThat(e.violations()).extracting(Violation::path).containsExactly(
        "items[0].plan", "items[0].quantity", "items[0].access", "items[1].resources.cpus");
  }

  @Test
  void read_emptyItems_isAnError() {
    assertThat(only("{\"items\":[]}").path()).isEqualTo("items");
  }

  @Test
  void toString_masksThePassword_everywhere() {
    OrderRequest order = OrderJson.read(DESIGN_EXAMPLE.replace("\"addons\"",
        "\"options\": {\"password\": \"OptSecret9\", \"backups_schedule_name\": \"b\"}, \"addons\""));

    assertThat(order.toString()).doesNotContain("MyPassword1").doesNotContain("OptSecret9").contains("****")
        .contains("backups_schedule_name=b");
    assertThat(order.items().get(0).access().toString()).isEqualTo("Access{password=****}");
  }

  @Test
  void read_builderMethodNames_areNotFields_andNotListedAsKnown() {
    Violation item = only("{\"items\":[{\"plan\":\"1\",\"addRelated\":{\"plan\":\"2\"}}]}");
    Violation order = only("{\"items\":[{\"plan\":\"1\"}],\"addItem\":{\"plan\":\"2\"}}");

    assertThat(item.path()).isEqualTo("items[0].addRelated");
    assertThat(item.message()).startsWith("unknown field 'addRelated'; known fields: access, addons, image, name, "
        + "options, period, plan, quantity, region, related, resources (line 1, column ");
    assertThat(order.message()).startsWith("unknown field 'addItem'; known fields: items, promoCode, reference (line 1");
  }

  @Test
  void read_wrongShapes_sayWhatWasExpected_inTheOrdersWords_withLineAndColumn() {
    Violation array = only("[]");
    Violation items = only("{\n  \"items\": {\"plan\": \"1\"}\n}");
    Violation quantity = only("{\"items\": [\n  {\"plan\": \"1\",\n   \"quantity\": \"two\"}]}");
    Violation plan = only("{\"items\":[{\"plan\":{\"id\":1}}]}");

    assertThat(array.path()).isEqualTo("$");
    assertThat(array.message()).isEqualTo("expected an order: an object with reference, promoCode and items, got a list"
        + " (line 1, column 1)");
    assertThat(items.path()).isEqualTo("items");
    assertThat(items.message()).isEqualTo("expected a list [...], got an object (line 2, column 12)");
    assertThat(quantity.path()).isEqualTo("items[0].quantity");
    assertThat(quantity.message()).startsWith("expected a whole number, got text (line 3, column ");
    assertThat(plan.message()).startsWith("expected text, got an object (line 1, column ");
    for (Violation v : List.of(array, items, quantity, plan)) {
      assertThat(v.message()).doesNotContain("Builder").doesNotContain("io.hostorder").doesNotContain("deserialize");
    }
  }

  @Test
  void read_malformedJson_saysWhereWithoutJacksonInternals() {
    Violation v = only("{\"items\": [\n  {\"plan\": \"1\",}\n]}");

    assertThat(v.message()).startsWith("not valid JSON: ").contains("(line 2, column ").doesNotContain("code 125")
        .doesNotContain("Source");
  }

  private static Violation only(String json) {
    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, () -> OrderJson.read(json));
    assertThat(e).as("reading %s must fail", json).isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }
}
