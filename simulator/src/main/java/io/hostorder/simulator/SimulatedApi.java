package io.hostorder.simulator;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One simulated ordering API: turns a request into a response and changes its state. Implementations
 * must be safe for concurrent use; {@link SimulatorServer} calls them from several threads.
 */
public interface SimulatedApi {

  /** Returns the operation name of {@code request}, used to aim {@link Faults#dropAfterProcessing(String)}. */
  String operation(RecordedRequest request);

  /** Processes {@code request} and returns the answer. */
  MockResponse handle(RecordedRequest request);
}
