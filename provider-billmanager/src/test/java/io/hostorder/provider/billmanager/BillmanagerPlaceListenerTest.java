package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BILLmanager's own {@code place} (one look at the list, then its cart) tells a listener each of its steps. */
class BillmanagerPlaceListenerTest {
  private final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build();

  @AfterEach
  void close() {
    registry.close();
    sim.close();
  }

  @Test
  void place_tellsItsLookUp_cart_item_promoCode_andCheckout_thenAgain_onlyTheLookUpAndFound() {
    OrderProvider provider = registry.create("billmanager", ProviderConfig.of(Map.of(
        "base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.ADMIN_LOGIN,
        "password", BillmanagerSimulator.ADMIN_PASSWORD, "su", BillmanagerSimulator.CLIENT_LOGIN)));
    OrderRequest order = OrderRequest.builder().reference("listen-1").promoCode("PROMO_2024")
        .addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
    List<String> first = new ArrayList<>();

    Order placed = provider.place(order, OrderTrail.NONE, heard(first));

    assertThat(first).containsExactly("validated", "started LOOK_UP", "done LOOK_UP", "started OPEN_CART",
        "done OPEN_CART", "started ADD_ITEM", "done ADD_ITEM", "started APPLY_PROMO_CODE", "done APPLY_PROMO_CODE",
        "started CHECKOUT", "done CHECKOUT", "placed " + placed.ref().id());

    List<String> again = new ArrayList<>();
    Order found = provider.place(order, OrderTrail.NONE, heard(again));

    assertThat(found.ref()).isEqualTo(placed.ref());
    assertThat(again).containsExactly("validated", "started LOOK_UP", "done LOOK_UP", "found PROVIDER " + placed.ref().id());
    assertThat(sim.servicesWithRemoteid("listen-1")).hasSize(1);
  }

  private static PlaceListener heard(List<String> events) {
    return new PlaceListener() {
      @Override public void validated(OrderRequest order) { events.add("validated"); }
      @Override public void started(PlaceStep step) { events.add("started " + step.kind()); }
      @Override public void done(PlaceStep step) { events.add("done " + step.kind()); }
      @Override public void failed(PlaceStep step, RuntimeException e) { events.add("failed " + step.kind()); }
      @Override public void found(Order o, Source source) { events.add("found " + source + " " + o.ref().id()); }
      @Override public void placed(Order o) { events.add("placed " + o.ref().id()); }
    };
  }
}
