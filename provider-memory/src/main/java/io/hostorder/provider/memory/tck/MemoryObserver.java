package io.hostorder.provider.memory.tck;

import io.hostorder.core.model.OrderRef;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.tck.AnswerFault;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Observes an in-memory account: its counters, the promo codes applied, and its faults. */
final class MemoryObserver implements ProviderObserver {
  private final MemoryAccount account;
  private final BigDecimal balance;

  /** {@code balance} is restored by {@link #clearFaults()} after {@link #insufficientFunds()}; null keeps it. */
  MemoryObserver(MemoryAccount account, BigDecimal balance) {
    this.account = account;
    this.balance = balance;
  }

  @Override
  public int orderCount() {
    return account.orderCount();
  }

  @Override
  public int requestCount() {
    return account.requestCount();
  }

  @Override
  public Optional<String> promoCodeApplied(OrderRef ref) {
    return account.promoCodeApplied(ref);
  }

  @Override
  public void failNext(int count) {
    account.failNext(count);
  }

  @Override
  public void dropAfterNextCommit() {
    account.dropAfterNextCommit();
  }

  @Override
  public void stopAnswering(boolean silent) {
    account.stopAnswering(silent);
  }

  @Override
  public void latency(Duration latency) {
    account.latency(latency);
  }

  /** The memory provider commits in one request, {@code checkout}, which creates the order. */
  @Override
  public List<CommittingStep> committingSteps() {
    return List.of(CommittingStep.of("checkout", true));
  }

  @Override
  public boolean failAfterProcessing(String step, AnswerFault fault) {
    account.failAfterProcessing(step, fault.name());
    return true;
  }

  @Override
  public boolean refuseBeforeProcessing(String step, int status) {
    account.refuseBeforeProcessing(step, status);
    return true;
  }

  @Override
  public Duration lateAnswerDelay() {
    return account.lateAnswerDelay();
  }

  @Override
  public boolean spoilNextRead() {
    account.spoilNextRead();
    return true;
  }

  @Override
  public boolean insufficientFunds() {
    if (balance == null) {
      return false;
    }
    account.balance(BigDecimal.ZERO);
    return true;
  }

  @Override
  public int armedFaultsLeft() {
    return account.armedFaultsLeft();
  }

  @Override
  public void clearFaults() {
    account.clearFaults();
    if (balance != null && account.balance().signum() == 0) {
      account.balance(balance);
    }
  }
}
