package io.hostorder.simulator.billmanager;

import java.time.Instant;

/**
 * The life of a placed service: created processing (status 5), active with an address once the activation
 * delay has passed on the simulator's clock (evaluated lazily, whenever the state is read), deleted (status 4,
 * still listed). Addresses come from the documentation ranges 192.0.2.0/24 and 198.51.100.0/24 (RFC 5737),
 * one per service that is not deleted. Called with the state's monitor held.
 */
final class Activations {
  private static final String[] NETWORKS = {"192.0.2.", "198.51.100."};
  /** Hosts .1 to .254 of each network. */
  private static final int HOSTS = 254;

  private Activations() {}

  /** Activates every processing service whose activation delay has passed. */
  static void settle(State state) {
    if (state.activationDelay == null) {
      return;
    }
    // The queue is in creation order, and the clock only moves forward: the first not due ends the walk.
    Instant now = state.now();
    while (!state.processing.isEmpty()) {
      int at = state.processing.peekFirst();
      PlacedService s = state.services.get(at);
      if (s.status() == PlacedService.PROCESSING && s.created().plus(state.activationDelay).isAfter(now)) {
        return;
      }
      state.processing.removeFirst();
      if (s.status() == PlacedService.PROCESSING) {
        state.services.set(at, activated(state, s));
      }
    }
  }

  /** Activates every processing service now. */
  static void activateAll(State state) {
    while (!state.processing.isEmpty()) {
      int at = state.processing.removeFirst();
      PlacedService s = state.services.get(at);
      if (s.status() == PlacedService.PROCESSING) {
        state.services.set(at, activated(state, s));
      }
    }
  }

  /** Marks service {@code id} deleted (it stays listed, its address is released); false when there is none. */
  static boolean delete(State state, long id) {
    Integer at = state.serviceIndex.get(id);
    if (at == null) {
      return false;
    }
    PlacedService s = state.services.get(at);
    if (s.ip() != null) {
      state.usedIps.remove(s.ip());
    }
    state.services.set(at, s.withStatus(PlacedService.DELETED, null));
    return true;
  }

  private static PlacedService activated(State state, PlacedService s) {
    return s.withStatus(PlacedService.ACTIVE, allocate(state));
  }

  /** Returns the next free address, or null when all 508 are held by services not deleted. */
  private static String allocate(State state) {
    int total = NETWORKS.length * HOSTS;
    for (int tried = 0; tried < total; tried++) {
      int n = state.nextIp;
      state.nextIp = (n + 1) % total;
      String ip = NETWORKS[n / HOSTS] + (n % HOSTS + 1);
      if (state.usedIps.add(ip)) {
        return ip;
      }
    }
    return null;
  }
}
