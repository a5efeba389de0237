package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * What a write-ahead journal's lookup of a lost {@code order_create} reads: {@code order_status} of the order
 * id it recorded, else {@code order_list} by reference; "none" only when the list can tell.
 */
class ReconcileByKnownIdsTest extends MockApi {

  @Test
  void withTheRecordedOrderId_readsItsStatus_only() throws Exception {
    enqueueFixture("order-status-res.json");
    Optional<Order> found = provider().reconcile("broker-1", Map.of("orderId", "73"));
    assertThat(found).isPresent();
    assertThat(found.get().ref().id()).isEqualTo("73");
    assertThat(found.get().reference()).isEqualTo("broker-1");
    RecordedRequest r = server.takeRequest();
    assertThat(read(r.getBody().readUtf8())).isEqualTo(read("{\"action\":\"order_status\",\"order_id\":73}"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anOrderIdTheProviderDoesNotKnow_isAnError_neverNotFoundAsEmpty() {
    enqueueJson(404, "{\"status\":404,\"message\":\"Order not found\"}");
    assertThatThrownBy(() -> provider().reconcile("broker-1", Map.of("orderId", "99")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void withoutAnOrderId_findsTheOrderInTheListByItsReference() throws Exception {
    enqueueJson(200, "[{\"order_id\":72,\"status\":200,\"reference\":\"other\"},"
        + "{\"order_id\":73,\"status\":200,\"reference\":\"broker-2\"}]");
    Optional<Order> found = provider().reconcile("broker-2", Map.of());
    assertThat(found).isPresent();
    assertThat(found.get().ref().id()).isEqualTo("73");
    assertThat(read(server.takeRequest().getBody().readUtf8())).isEqualTo(read("{\"action\":\"order_list\"}"));
  }

  @Test
  void anOrderMissingFromTheList_provesNothing_andSaysSo() {
    enqueueJson(200, "[{\"order_id\":72,\"status\":200,\"reference\":\"other\"}]");
    assertThatThrownBy(() -> provider().reconcile("broker-3", Map.of()))
        .isInstanceOf(ProviderErrorException.class).hasMessageContaining("proves nothing");
  }

  @Test
  void aListWithoutReferences_cannotTell_andSaysSo() {
    enqueueJson(200, "[{\"order_id\":72,\"status\":200}]");
    assertThatThrownBy(() -> provider().reconcile("broker-4", Map.of()))
        .isInstanceOf(ProviderErrorException.class).hasMessageContaining("none carries a reference");
  }

  @Test
  void twoOrdersWithThisReference_cannotTell_andSaysSo() {
    enqueueJson(200, "[{\"order_id\":72,\"reference\":\"broker-5\"},{\"order_id\":73,\"reference\":\"broker-5\"}]");
    assertThatThrownBy(() -> provider().reconcile("broker-5", Map.of()))
        .isInstanceOf(ProviderErrorException.class).hasMessageContaining("2 orders with the reference");
  }
}
