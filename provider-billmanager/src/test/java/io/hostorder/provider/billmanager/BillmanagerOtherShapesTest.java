package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client is tolerant of the plausible shapes the simulator offers besides its own choice. */
class BillmanagerOtherShapesTest {
  private final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build();

  @AfterEach
  void close() {
    registry.close();
    sim.close();
  }

  private OrderProvider provider() {
    return registry.create("billmanager", ProviderConfig.of(Map.of("base-url", sim.baseUrl().toString(),
        "username", BillmanagerSimulator.ADMIN_LOGIN, "password", BillmanagerSimulator.ADMIN_PASSWORD,
        "su", BillmanagerSimulator.CLIENT_LOGIN)));
  }

  private static OrderRequest order(String reference) {
    return OrderRequest.builder().reference(reference).addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
  }

  @ParameterizedTest
  @CsvSource(value = {"payment,balance", "value,paymethod_id", "money,", "funds,", "error,"}, nullValues = "")
  void insufficientFunds_isPaymentRequired_whateverTheErrorTypeCarriesTheMessage(String type, String object) {
    sim.setBalance(BigDecimal.ZERO).paymentError(type, object);
    PaymentRequiredException e = catchThrowableOfType(() -> provider().place(order("broker-1")),
        PaymentRequiredException.class);
    assertThat(e.invoice().amount()).isPositive();
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void aListThatShowsNoRemoteid_stillTracksTheFirstOrder_byTheServicesThatWereNotThereBefore() {
    sim.listsRemoteid(false);
    Order order = provider().place(order("broker-2"));
    assertThat(order.ref().id()).isEqualTo("domain=" + sim.services().get(0).domain());
    assertThat(order.reference()).isEqualTo("broker-2");
  }
}
