package io.hostorder.tck.simulated;

import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.Faults;
import io.hostorder.tck.AnswerFault;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault-injection half of an observer over a built-in simulator. Every simulator shares
 * {@link Faults}; what differs is the operation that commits an order, whose answer
 * {@link #dropAfterNextCommit()} loses after the simulator processed it, and the committing steps with the
 * simulator operation each is sent as (the names of the simulator's {@code operations(request)}).
 *
 * <p>Public so that a plugin's own simulator, served by {@link io.hostorder.simulator.SimulatorServer}, gets every
 * fault the TCK asks for by extending it: pass the server's {@link Faults} and the name of the operation that
 * creates an order, declare each committing step with {@link #step}, and give {@link #orderCount()} and
 * {@link #requestCount()} (see the plugin starter, docs/plugin-guide.md). Its state is the server's {@link
 * Faults}, which are safe for concurrent use.
 */
public abstract class FaultsObserver implements ProviderObserver {
  /** How long a late answer waits: past the short call-timeout the TCK gives the provider for it. */
  public static final Duration LATE_ANSWER_DELAY = Duration.ofMillis(800);

  private final Supplier<Faults> faults;
  private final String commitOperation;
  private final Map<String, String> operations = new LinkedHashMap<>();
  private final List<CommittingStep> steps = new ArrayList<>();

  /**
   * Creates the observer of a simulator.
   *
   * @param faults returns the fault injection of the simulator's server (read at each use, so that a harness may
   *     replace its server)
   * @param commitOperation the simulator's operation name of the request that creates an order, as its {@code
   *     operation(request)} gives it: {@link #dropAfterNextCommit()} loses that request's answer
   */
  protected FaultsObserver(Supplier<Faults> faults, String commitOperation) {
    this.faults = faults;
    this.commitOperation = commitOperation;
  }

  /**
   * Declares the committing step {@code step}, sent to the simulator as {@code operation}, so that the TCK can
   * make it fail before or after the simulator processed it.
   *
   * @param step the committing step, as the provider names it
   * @param operation the simulator's operation name of the step's request
   * @return this observer
   */
  protected final FaultsObserver step(CommittingStep step, String operation) {
    steps.add(step);
    operations.put(step.name(), operation);
    return this;
  }

  @Override
  public final List<CommittingStep> committingSteps() {
    return List.copyOf(steps);
  }

  @Override
  public final boolean failAfterProcessing(String step, AnswerFault fault) {
    String operation = operations.get(step);
    if (operation == null) {
      return false;
    }
    Faults f = faults.get();
    if (fault == AnswerFault.LATE_ANSWER) {
      f.lateAnswerDelay(LATE_ANSWER_DELAY);
    }
    f.afterProcessing(operation, AfterProcessing.valueOf(fault.name()));
    return true;
  }

  @Override
  public final boolean refuseBeforeProcessing(String step, int status) {
    String operation = operations.get(step);
    if (operation == null) {
      return false;
    }
    faults.get().refuseBeforeProcessing(operation, status);
    return true;
  }

  @Override
  public final Duration lateAnswerDelay() {
    return LATE_ANSWER_DELAY;
  }

  /** The next request, whatever it is, is processed and then answered with HTTP 500: nothing can be read from it. */
  @Override
  public boolean spoilNextRead() {
    faults.get().afterProcessing(null, AfterProcessing.HTTP_500);
    return true;
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
  public final int armedFaultsLeft() {
    return faults.get().armedLeft();
  }

  @Override
  public final void clearFaults() {
    faults.get().reset();
  }
}
