package io.hostorder.simulator.hostway;

import io.hostorder.simulator.SimulatedHeaders;
import java.util.Optional;

/** Reads the {@code OwnerId} cookie from {@code Cookie} headers. */
final class Cookies {
  private Cookies() {}

  /**
   * Returns the value of the {@code OwnerId} cookie, or empty. Attributes the document's examples
   * copy into the request ({@code Cookie: OwnerId=…; Path=/}) are tolerated as further pairs.
   */
  static Optional<String> ownerId(SimulatedHeaders headers) {
    for (String header : headers.values("Cookie")) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals("OwnerId")) {
          String value = pair.substring(eq + 1).trim();
          if (!value.isEmpty()) {
            return Optional.of(value);
          }
        }
      }
    }
    return Optional.empty();
  }
}
