package io.hostorder.simulator;

import java.util.List;

/**
 * One simulated ordering API: turns a request into an answer and changes its state. Implementations
 * must be safe for concurrent use; {@link SimulatorServer} calls them from several threads.
 */
public interface SimulatedApi {

  /** Returns the operation name of {@code request}, used to aim {@link Faults#dropAfterProcessing(String)}. */
  String operation(SimulatedRequest request);

  /**
   * Returns every name by which faults may aim at {@code request}: by default only {@link
   * #operation}. A simulator may add finer names, e.g. {@code "POST /orders/{id}/action"} and {@code
   * "submit"} for one request. Must not change state; the request is a value, so {@link #handle} still
   * sees its whole body.
   */
  default List<String> operations(SimulatedRequest request) {
    return List.of(operation(request));
  }

  /** Processes {@code request} and returns the answer (never null). */
  SimulatedAnswer handle(SimulatedRequest request);
}
