package io.hostorder.provider.memory;

import java.time.Duration;
import java.util.Map;

/**
 * One request a provider instance sends to its account: the credentials, how long the caller waits,
 * whether the step creates something, and what to report when its answer is lost.
 */
record MemoryRequest(String password, Duration timeout, boolean creates, String reference, String step,
    Map<String, String> ids) {

  MemoryRequest {
    ids = Map.copyOf(ids);
  }

  @Override
  public String toString() {
    return "MemoryRequest{" + step + ", reference=" + reference + ", creates=" + creates + '}';
  }
}
