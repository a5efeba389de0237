package io.hostorder.simulator;

import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One simulated ordering API: turns a request into a response and changes its state. Implementations
 * must be safe for concurrent use; {@link SimulatorServer} calls them from several threads.
 */
public interface SimulatedApi {

  /** Returns the operation name of {@code request}, used to aim {@link Faults#dropAfterProcessing(String)}. */
  String operation(RecordedRequest request);

  /**
   * Returns every name by which faults may aim at {@code request}: by default only {@link
   * #operation}. A simulator may add finer names, e.g. {@code "POST /orders/{id}/action"} and {@code
   * "submit"} for one request. Must not change state; read the body through {@code
   * request.getBody().clone()} so that {@link #handle} still sees it.
   */
  default List<String> operations(RecordedRequest request) {
    return List.of(operation(request));
  }

  /** Processes {@code request} and returns the answer. */
  MockResponse handle(RecordedRequest request);
}
