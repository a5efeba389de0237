package io.hostorder.simulator.billmanager;

import java.time.Instant;
import java.util.ListIterator;

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
    Instant now = state.now();
    ListIterator<PlacedService> it = state.services.listIterator();
    while (it.hasNext()) {
      PlacedService s = it.next();
      if (s.status() == PlacedService.PROCESSING && !s.created().plus(state.activationDelay).isAfter(now)) {
        it.set(activated(state, s));
      }
    }
  }

  /** Activates every processing service now. */
  static void activateAll(State state) {
    state.services.replaceAll(s -> s.status() == PlacedService.PROCESSING ? activated(state, s) : s);
  }

  /** Marks service {@code id} deleted (it stays listed, its address is released); false when there is none. */
  static boolean delete(State state, long id) {
    ListIterator<PlacedService> it = state.services.listIterator();
    while (it.hasNext()) {
      PlacedService s = it.next();
      if (s.id() == id) {
        if (s.ip() != null) {
          state.usedIps.remove(s.ip());
        }
        it.set(s.withStatus(PlacedService.DELETED, null));
        return true;
      }
    }
    return false;
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
