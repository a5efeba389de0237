package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The memory provider's committing request under faults after and before processing, and its trail. */
class MemoryCommitTest {
  final String name = "commit-" + UUID.randomUUID();
  final ProviderRegistry registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build();
  final MemoryAccount account = MemoryAccount.open(name, "pw-1", new BigDecimal("1000"));

  @AfterEach
  void forget() {
    MemoryAccount.remove(name);
    registry.close();
  }

  OrderProvider provider(String capabilities) {
    return registry.create("memory", ProviderConfig.of(Map.of("account", name, "password", "pw-1",
        "capabilities", capabilities, "call-timeout", "150ms")));
  }

  static OrderRequest order() {
    return OrderRequest.of(OrderItem.builder().plan("small").period(BillingPeriod.P1M).build());
  }

  @Test
  void everyFaultAfterTheCheckoutIsProcessed_isOutcomeUnknown_andTheOrderIsHeldOnce() {
    for (String fault : MemoryAccount.AFTER_PROCESSING) {
      OrderProvider provider = provider("all");
      int before = account.orderCount();
      OrderRequest order = order();
      account.failAfterProcessing("checkout", fault);
      Throwable e = catchThrowable(() -> provider.place(order));
      if (fault.equals("LATE_ANSWER") && e == null) {
        continue; // late but within the call-timeout is not a fault
      }
      assertThat(e).as(fault).isInstanceOf(OutcomeUnknownException.class);
      assertThat(((OutcomeUnknownException) e).reference()).as(fault).isEqualTo(order.reference());
      assertThat(provider.place(order).reference()).as("retry after " + fault).isEqualTo(order.reference());
      assertThat(account.orderCount()).as("orders after " + fault + " and a retry").isEqualTo(before + 1);
    }
  }

  @Test
  void withoutReconcile_aNewCartOfAPendingReference_throwsTheSameOutcomeUnknownWithoutARequest() {
    OrderProvider provider = provider("MULTIPLE_ITEMS");
    OrderRequest order = order();
    account.failAfterProcessing("checkout", "HTML_504");
    OutcomeUnknownException first = (OutcomeUnknownException) catchThrowable(() -> provider.place(order));
    int requests = account.requestCount();
    var cart = provider.newCart(order.reference());
    cart.add(order.items().get(0));
    int afterAdd = account.requestCount();
    assertThat(catchThrowable(cart::checkout)).isSameAs(first);
    assertThat(account.requestCount()).as("requests of the refused checkout").isEqualTo(afterAdd);
    assertThat(afterAdd).isEqualTo(requests + 1);
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void aRefusalBeforeProcessing_isTransient_andTheRetryPlacesOne() {
    OrderProvider provider = provider("all");
    OrderRequest order = order();
    account.refuseBeforeProcessing("checkout", 429);
    assertThat(catchThrowable(() -> provider.place(order))).isInstanceOf(TransientException.class);
    assertThat(account.orderCount()).isZero();
    provider.place(order);
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void aReconcileWhoseListCannotBeRead_isAnError() {
    OrderProvider provider = provider("all");
    OrderRequest order = order();
    provider.place(order);
    account.spoilNextRead();
    assertThat(catchThrowable(() -> provider.reconcile(order.reference()))).isInstanceOf(TransientException.class);
    assertThat(provider.reconcile(order.reference())).isPresent();
  }

  @Test
  void theTrailHearsTheCommitBeforeAndAfter_andAnUnknownOutcome() {
    OrderProvider provider = provider("all");
    assertThat(provider.reportsTrail()).isTrue();
    List<String> heard = new ArrayList<>();
    OrderTrail trail = new OrderTrail() {
      @Override public void commitSending(String step, Map<String, String> ids) { heard.add("sending " + step); }
      @Override public void commitSucceeded(String step, Map<String, String> ids) { heard.add("succeeded " + step); }
      @Override public void commitRefused(String step, HostorderException e) { heard.add("refused " + step); }
      @Override public void commitUnknown(String step, OutcomeUnknownException e) { heard.add("unknown " + step); }
    };
    provider.place(order(), trail);
    account.failAfterProcessing("checkout", "DROP");
    catchThrowable(() -> provider.place(order(), trail));
    assertThat(heard).containsExactly("sending checkout", "succeeded checkout", "sending checkout", "unknown checkout");
  }
}
