package io.hostorder.simulator;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated API for the server's own tests: names a request by its path, counts what it processed, and
 * answers 200 JSON echoing the method, the target and the body, or {@code big} for {@code /big}.
 */
final class EchoApi implements SimulatedApi {
  final AtomicInteger processed = new AtomicInteger();
  volatile SimulatedRequest last;

  @Override
  public String operation(SimulatedRequest request) {
    return request.path();
  }

  @Override
  public List<String> operations(SimulatedRequest request) {
    return List.of(request.path(), request.method() + " " + request.path());
  }

  @Override
  public SimulatedAnswer handle(SimulatedRequest request) {
    processed.incrementAndGet();
    last = request;
    if (request.path().equals("/big")) {
      return SimulatedAnswer.json(200, "{\"text\":\"" + "x".repeat(100_000) + "\"}").withHeader("X-Real", "yes");
    }
    return SimulatedAnswer.json(200, "{\"method\":\"" + request.method() + "\",\"target\":\"" + request.target()
        + "\",\"body\":\"" + request.bodyText() + "\"}").withHeader("X-Real", "yes");
  }
}
