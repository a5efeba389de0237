package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every configuration the issue names (skipbasket on and off, both login modes, with and without remoteid),
 * every committing function, with and without a promo code, under faults after processing: the broker gets
 * the order or an outcome unknown (never a "nothing happened" error while the simulator holds a paid order),
 * and placing the same reference again after an unknown outcome pays nothing more.
 */
class BillmanagerFaultMatrixTest {
  private static final String[] FUNCS = {"v2.vds.order.param", "cart", "cartorder.create.confirm"};
  private static final AfterProcessing[] FAULTS = {AfterProcessing.HTML_504, AfterProcessing.HTML_LOGIN_PAGE,
      AfterProcessing.TRUNCATED, AfterProcessing.NON_DOCUMENT_TEXT, AfterProcessing.HTTP_502, AfterProcessing.DROP};
  private final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build();

  @AfterEach
  void close() {
    registry.close();
    sim.close();
  }

  @ParameterizedTest(name = "skipbasket={0} login-mode={1} send-remoteid={2}")
  @CsvSource({"false,authinfo,true", "false,session,true", "true,authinfo,true", "true,session,true",
      "false,authinfo,false", "false,session,false", "true,authinfo,false", "true,session,false"})
  void faultAfterProcessing_atAnyCommittingStep_neverPaysTwice_norLosesAPaidOrder(String skipbasket, String mode,
      String remoteid) {
    int cases = 0;
    int unknown = 0;
    int placed = 0;
    int found = 0;
    for (String func : FUNCS) {
      for (AfterProcessing fault : FAULTS) {
        for (String promo : new String[] {null, "PROMO_2024"}) {
          sim.reset();
          OrderProvider provider = registry.create("billmanager", ProviderConfig.of(config(skipbasket, mode, remoteid)));
          String reference = "m-" + cases++;
          OrderRequest order = OrderRequest.builder().reference(reference).promoCode(promo)
              .addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
          sim.faults().afterProcessing(func, fault);

          String what = func + " " + fault + (promo == null ? "" : " with a promo code");
          Order first = null;
          try {
            first = provider.place(order);
            placed++;
          } catch (OutcomeUnknownException e) {
            unknown++;
            assertThat(e.reference()).as(what).isEqualTo(reference);
            int paid = sim.confirmedOrders();
            try {
              // With remoteid a paid order is found again; without, the same unknown outcome is thrown.
              Order again = provider.place(order);
              assertThat(paid).as(what).isEqualTo(1);
              // Known by the domain derived from its reference, which the paid service carries.
              assertThat(again.ref().id()).as(what).isEqualTo("domain=" + reference);
              assertThat(sim.services().get(0).domain()).as(what).isEqualTo(reference);
              found++;
            } catch (OutcomeUnknownException again) {
              assertThat(again).as(what).isSameAs(e);
            }
            assertThat(sim.confirmedOrders()).as(what + ": the second place() pays nothing").isEqualTo(paid);
          }
          assertThat(sim.confirmedOrders()).as(what).isLessThanOrEqualTo(1);
          if (first != null) {
            assertThat(sim.confirmedOrders()).as(what).isEqualTo(1);
            assertThat(first.ref().id()).as(what).isEqualTo("domain=" + reference);
            assertThat(sim.services().get(0).domain()).as(what).isEqualTo(reference);
          }
        }
      }
    }
    System.out.printf("fault matrix skipbasket=%s login-mode=%s send-remoteid=%s: %d orders, %d placed, %d unknown"
        + " (%d of them found by the second place()), 0 paid twice%n", skipbasket, mode, remoteid, cases, placed, unknown,
        found);
  }

  private Map<String, String> config(String skipbasket, String mode, String remoteid) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", sim.baseUrl().toString());
    m.put("username", BillmanagerSimulator.ADMIN_LOGIN);
    m.put("password", BillmanagerSimulator.ADMIN_PASSWORD);
    m.put("su", BillmanagerSimulator.CLIENT_LOGIN);
    m.put("skipbasket", skipbasket);
    m.put("login-mode", mode);
    m.put("send-remoteid", remoteid);
    m.put("read-timeout", "2s");
    return m;
  }
}
