package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Zomro document's required fields and allowed values, each broken in turn. */
class ZomroValidationTest {
  static final Map<String, String> ORDER = ZomroDocumentExamplesTest.ORDER;

  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() {
    sim = BillmanagerSimulator.start(Profile.ZOMRO);
    sim.addSession(ZomroDocumentExamplesTest.ORDER_TOKEN, BillmanagerSimulator.CLIENT_LOGIN);
    wire = new Wire(sim.baseUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode error(Map<String, String> fields) throws Exception {
    JsonNode doc = wire.multipart(fields).json().get("doc");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).as("nothing added").isEmpty();
    return doc.get("error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"order_period", "licence_agreement", "pricelist", "order_count",
      "force_use_new_cart", "instances_os", "datacenter", "password"})
  void missingRequiredField_isMissedNamingIt(String field) throws Exception {
    JsonNode error = error(with(ORDER, field, null));

    assertThat(error.get("$type").asText()).isEqualTo("missed");
    assertThat(error.get("$object").asText()).isEqualTo(field);
  }

  @ParameterizedTest
  @CsvSource({
      "order_period, 2",
      "order_period, 24",
      "order_period, P1M",
      "licence_agreement, off",
      "pricelist, 9999",
      "order_count, 0",
      "order_count, two",
      "force_use_new_cart, off",
      "instances_os, 00000000-0000-0000-0000-000000000000",
      "datacenter, 99",
      "addon_6746, 261",
      "addon_1234, 1",
      "use_ssh_key, maybe",
      "password, short1A",
      "password, nouppercase1",
      "password, NoDigitsHere",
      "servername, 01234567890123456789012345678901234567890123456789012345678901234",
  })
  void badValue_isValueNamingTheField(String field, String value) throws Exception {
    JsonNode error = error(with(ORDER, field, value));

    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-50", "1", "3", "6", "12"})
  void everyDocumentedPeriod_isAccepted(String period) throws Exception {
    assertThat(wire.multipart(with(ORDER, "order_period", period)).json()
        .at("/doc/lineitem.id/$").asText()).isNotBlank();
  }

  @Test
  void sshKey_withUseSshKeyOn_andNoPassword_isAccepted() throws Exception {
    JsonNode doc = wire.multipart(with(ORDER, "use_ssh_key", "on", "password", null,
        "instances_ssh_keys", "490")).json().get("doc");

    assertThat(doc.has("error")).as(doc.toString()).isFalse();
  }

  @Test
  void useSshKeyOn_withoutKey_isMissedInstancesSshKeys() throws Exception {
    JsonNode error = error(with(ORDER, "use_ssh_key", "on", "password", null));

    assertThat(error.get("$type").asText()).isEqualTo("missed");
    assertThat(error.get("$object").asText()).isEqualTo("instances_ssh_keys");
  }

  @Test
  void useSshKeyOn_withPasswordToo_isValuePassword() throws Exception {
    JsonNode error = error(with(ORDER, "use_ssh_key", "on", "instances_ssh_keys", "490"));

    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo("password");
  }

  @Test
  void useSshKeyOff_withKey_isValueInstancesSshKeys() throws Exception {
    JsonNode error = error(with(ORDER, "instances_ssh_keys", "490"));

    assertThat(error.get("$object").asText()).isEqualTo("instances_ssh_keys");
  }

  @Test
  void unknownSshKey_isValue() throws Exception {
    JsonNode error = error(with(ORDER, "use_ssh_key", "on", "password", null,
        "instances_ssh_keys", "491"));

    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo("instances_ssh_keys");
  }

  static final Map<String, String> BACKUPS = with(ORDER, "backups_schedule", "on",
      "backups_schedule_name", "MyBackup", "backups_schedule_rotation_days", "1,2,3,4,5,6,0",
      "backups_schedule_rotation_time", "04:20");

  @Test
  void backupSchedule_asTheDocumentShowsIt_isAccepted() throws Exception {
    JsonNode doc = wire.multipart(BACKUPS).json().get("doc");

    assertThat(doc.has("error")).as(doc.toString()).isFalse();
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"backups_schedule_name", "backups_schedule_rotation_days",
      "backups_schedule_rotation_time"})
  void backupSchedule_withoutOneOfItsFields_isMissedNamingIt(String field) throws Exception {
    JsonNode error = error(with(BACKUPS, field, null));

    assertThat(error.get("$type").asText()).isEqualTo("missed");
    assertThat(error.get("$object").asText()).isEqualTo(field);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "backups_schedule_rotation_days; 7",
      "backups_schedule_rotation_days; 1,1",
      "backups_schedule_rotation_days; mon",
      "backups_schedule_rotation_time; 24:00",
      "backups_schedule_rotation_time; 4:20",
      "backups_schedule; yes",
  })
  void backupSchedule_badValue_isValueNamingIt(String field, String value) throws Exception {
    JsonNode error = error(with(BACKUPS, field, value));

    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo(field);
  }

  @Test
  void backupFields_withoutTheSchedule_areIgnored() throws Exception {
    JsonNode doc = wire.multipart(with(BACKUPS, "backups_schedule", null,
        "backups_schedule_rotation_time", "nonsense")).json().get("doc");

    assertThat(doc.has("error")).isFalse();
  }

  @Test
  void withoutSok_showsTheFormWithSelectLists_andAddsNothing() throws Exception {
    JsonNode doc = wire.multipart(with(ORDER, "sok", null)).json().get("doc");

    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(doc.has("lineitem.id")).isFalse();
    JsonNode slists = doc.get("slist");
    assertThat(slists.isArray()).isTrue();
    assertThat(slists.findValuesAsText("$name")).contains("datacenter", "instances_os",
        "instances_ssh_keys", "network", "order_period");
    for (JsonNode slist : slists) {
      if (slist.get("$name").asText().equals("instances_ssh_keys")) {
        assertThat(slist.get("val").findValuesAsText("$key")).containsExactly("none", "490");
      }
      if (slist.get("$name").asText().equals("datacenter")) {
        assertThat(slist.get("val").findValuesAsText("$key")).containsExactly("13", "14");
      }
    }
  }

  @Test
  void unknownFields_areAcceptedButRecorded() throws Exception {
    JsonNode doc = wire.multipart(with(ORDER, "remoteid", "broker-1", "colour", "blue")).json()
        .get("doc");

    assertThat(doc.has("error")).isFalse();
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).containsExactlyInAnyOrder(
        "remoteid", "colour");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN).get(0).remoteid()).isEqualTo("broker-1");
  }

  @Test
  void orderCount_createsThatManyServicesAtConfirm() throws Exception {
    wire.multipart(with(ORDER, "order_count", "3", "order_period", "1"));
    wire.multipart(ZomroDocumentExamplesTest.CONFIRM.entrySet().stream().collect(
        java.util.stream.Collectors.toMap(Map.Entry::getKey,
            e -> e.getKey().equals("auth") ? ZomroDocumentExamplesTest.ORDER_TOKEN : e.getValue())));

    assertThat(sim.services()).hasSize(3).allSatisfy(s -> assertThat(s.price()).isEqualByComparingTo("4.50"));
    assertThat(sim.servicesOfLine(1818)).hasSize(3);
    assertThat(sim.service(4003)).isPresent();
    assertThat(sim.service(4004)).isEmpty();
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("86.50");
  }
}
