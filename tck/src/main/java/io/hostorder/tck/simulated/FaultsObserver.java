package io.hostorder.tck.simulated;

import io.hostorder.simulator.Faults;
import io.hostorder.tck.ProviderObserver;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The fault-injection half of an observer over a built-in simulator. Every simulator shares
 * {@link Faults}; what differs is the operation that commits an order, whose answer
 * {@link #dropAfterNextCommit()} loses after the simulator processed it.
 */
abstract class FaultsObserver implements ProviderObserver {
  private final Supplier<Faults> faults;
  private final String commitOperation;

  FaultsObserver(Supplier<Faults> faults, String commitOperation) {
    this.faults = faults;
    this.commitOperation = commitOperation;
  }

  @Override
  public final void failNext(int count) {
    faults.get().failNext(count);
  }

  @Override
  public final void dropAfterNextCommit() {
    faults.get().dropAfterProcessing(commitOperation);
  }

  @Override
  public final void stopAnswering(boolean silent) {
    faults.get().stopAnswering(silent);
  }

  @Override
  public final void latency(Duration latency) {
    faults.get().latency(latency);
  }

  @Override
  public final void clearFaults() {
    faults.get().reset();
  }
}
