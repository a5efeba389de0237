package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Service lists as real BILLmanager hosts send them (api-notes/billmanager.md, "Real list rows"): the
 * documented columns, {@code item_status} as {@code $orig}/{@code $}/{@code $color}, {@code createdate}
 * twice, no {@code remoteid}, no {@code elem} when empty. Kept as fixtures.
 */
class BillmanagerRealRowsTest {
  /** A BILLmanager 6 host's {@code func=vds} answer (out=json): two services, one active, one being set up. */
  static final String VDS_JSON = "{\"doc\": {\"elem\": ["
      + "{\"id\": {\"$\": \"4001\"}, \"domain\": {\"$\": \"order-42\"}, \"ip\": {\"$\": \"192.0.2.17\"},"
      + " \"ostempl\": {\"$\": \"Debian 12\"}, \"pricelist\": {\"$\": \"VDS Start\"}, \"datacentername\": {\"$\": \"Amsterdam\"},"
      + " \"createdate\": [{\"$\": \"2026-12-02\"}, {\"$\": \"2026-12-02\"}], \"expiredate\": {\"$\": \"2027-01-02\"},"
      + " \"autoprolong\": {\"$\": \"on\"}, \"cost\": {\"$\": \"5.00 EUR\"},"
      + " \"item_status\": {\"$orig\": \"2\", \"$\": \"Active\", \"$color\": \"green\"}},"
      + "{\"id\": {\"$\": \"4002\"}, \"domain\": {\"$\": \"web-1.example.com\"}, \"ip\": {\"$\": \"\"},"
      + " \"pricelist\": {\"$\": \"VDS Start\"}, \"createdate\": {\"$\": \"2026-12-02\"},"
      + " \"item_status\": {\"$orig\": \"5_open\", \"$\": \"Processing\", \"$color\": \"orange\"}}"
      + "], \"p_elems\": {\"$\": \"2\"}}}";

  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void aRealRow_givesTheServerWithItsAddress_statusFromOrig_andTheDocumentedColumns() {
    OrderProvider provider = wire.provider("format", "json");
    // This wire ignores the list filter: the targeted read lists both rows, so the whole list is read again.
    wire.enqueue(VDS_JSON);
    wire.enqueue(VDS_JSON);
    Order order = provider.order(OrderRef.of("4001"));
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
    Server server = order.lines().get(0).server();
    assertThat(server.serviceId()).isEqualTo("4001");
    assertThat(server.name()).isEqualTo("order-42");
    assertThat(server.ipAddresses()).containsExactly("192.0.2.17");
    assertThat(server.ready()).isTrue();
    assertThat(server.providerStatus()).isEqualTo("Active (2)");
    assertThat(server.details()).contains(entry("createdate", "2026-12-02"), entry("expiredate", "2027-01-02"),
        entry("datacentername", "Amsterdam"), entry("cost", "5.00 EUR"), entry("ostempl", "Debian 12"));
  }

  @Test
  void aCodeWithASuffix_isReadByItsNumber_andAnEmptyIpIsNoAddress() {
    OrderProvider provider = wire.provider("format", "json");
    // This wire ignores the list filter: the targeted read lists both rows, so the whole list is read again.
    wire.enqueue(VDS_JSON);
    wire.enqueue(VDS_JSON);
    Order order = provider.order(OrderRef.of("4002"));
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.lines().get(0).server().ipAddresses()).isEmpty();
    assertThat(order.lines().get(0).server().providerStatus()).isEqualTo("Processing (5_open)");
  }

  @Test
  void reconcile_findsTheOrderByTheDomainDerivedFromItsReference_withoutRemoteid() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue(VDS_JSON);
    assertThat(provider.reconcile("order-42")).hasValueSatisfying(o -> {
      assertThat(o.ref().id()).isEqualTo("domain=order-42");
      assertThat(o.lines()).extracting(l -> l.id()).containsExactly("4001");
      assertThat(o.reference()).isEqualTo("order-42");
    });
  }

  @Test
  void reconcile_neverAdoptsAServiceThatCarriesTheBrokersOwnName_butListsItForAnOperator() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue(VDS_JSON);
    assertThatThrownBy(() -> provider.reconcile("broker-77", Map.of("domain", "web-1.example.com")))
        .isInstanceOfSatisfying(ProviderErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("needs-operator");
          assertThat(e.getMessage()).contains("web-1.example.com", "4002", "none is adopted");
          assertThat(e.details()).containsEntry("candidate.4002", "4002");
        });
  }

  @Test
  void reconcile_byTheServiceIdsAJournalRecorded_comesFirst() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue(VDS_JSON);
    assertThat(provider.reconcile("broker-77", Map.of("orderId", "4002", "domain", "web-1.example.com")))
        .hasValueSatisfying(o -> assertThat(o.ref().id()).isEqualTo("4002"));
  }

  @Test
  void anEmptyListHasNoElem_andMeansNotPlaced() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue("{\"doc\": {\"p_num\": {\"$\": \"1\"}, \"p_cnt\": {\"$\": \"100\"}, \"p_elems\": {\"$\": \"0\"}}}");
    assertThat(provider.reconcile("order-43")).isEmpty();
  }

  @Test
  void theListFunctionIsAConfigurationKey() {
    OrderProvider provider = wire.provider("format", "json", "list-function", "vds.vps");
    // This wire ignores the list filter: the targeted read lists both rows, so the whole list is read again.
    wire.enqueue(VDS_JSON);
    wire.enqueue(VDS_JSON);
    provider.order(OrderRef.of("4001"));
    assertThat(Wire.fields(wire.take())).containsEntry("func", "vds.vps");
  }

  @Test
  void theDerivedKey_isTheReferenceWhenItIsAHostNameLabel_elseItsCleanFormAndAHash() {
    assertThat(ServiceKey.of("order-42")).isEqualTo("order-42");
    assertThat(ServiceKey.of("Order 42/ä")).matches("order-42-[0-9a-f]{8}");
    assertThat(ServiceKey.of("Order 42/ä")).isNotEqualTo(ServiceKey.of("order 42"));
    assertThat(ServiceKey.of("***")).matches("order-[0-9a-f]{8}");
    assertThat(ServiceKey.of("x".repeat(80))).hasSize(ServiceKey.MAX_PLAIN + 9);
  }
}
