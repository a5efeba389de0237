package io.hostorder.journal;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.provider.memory.MemoryAccount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The in-memory provider as a fault-campaign target (in-process only: its orders live in this JVM). With
 * {@code reconcile} false it plays a provider that cannot find orders by reference (order status only).
 */
final class MemoryTarget implements CampaignTarget {
  private final MemoryAccount account;
  private final boolean reconcile;

  MemoryTarget(boolean reconcile) {
    this.reconcile = reconcile;
    this.account = MemoryAccount.open("campaign-" + System.nanoTime(), "mem-pw", new BigDecimal("100000000"));
  }

  @Override
  public String type() {
    return "memory";
  }

  @Override
  public Map<String, String> config() {
    return reconcile ? Map.of("account", account.name(), "password", "mem-pw")
        : Map.of("account", account.name(), "password", "mem-pw", "capabilities", "ORDER_STATUS,ORDER_LIST");
  }

  @Override
  public OrderRequest order(String reference) {
    return CampaignOrders.order(type(), reference);
  }

  @Override
  public List<String> ordersAt(String reference) {
    return account.orders().stream().filter(o -> reference.equals(o.reference())).map(Order::ref).map(r -> r.id()).toList();
  }

  @Override
  public int orderCount() {
    return account.orderCount();
  }

  @Override
  public String armRandomFault(Random random) {
    if (random.nextBoolean()) {
      account.failNext(1);
      return "refused-before-503";
    }
    account.dropAfterNextCommit();
    return "answer-lost-after-commit";
  }

  @Override
  public void holdNextAnswer() {
    throw new UnsupportedOperationException("the in-memory provider lives in one JVM; no crash campaign");
  }

  @Override
  public void disarm() {
    account.clearFaults();
  }

  @Override
  public void close() {
    MemoryAccount.remove(account.name());
  }

  @Override
  public String toString() {
    return "memory" + (reconcile ? "" : " (no reconcile)");
  }
}
