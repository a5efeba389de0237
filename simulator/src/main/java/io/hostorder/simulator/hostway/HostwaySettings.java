package io.hostorder.simulator.hostway;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link HostwaySimulator} accepts, fixed when it is built.
 *
 * @param currencies the currencies a new account may use
 * @param accounts existing account numbers and their currencies
 * @param offerings offerings as {@code spec/offering} and their currencies
 * @param serviceSpecifications service specification ids, true for server services
 * @param promoCodes the promo codes accepted on products and services
 * @param auth the credentials demanded on every request
 * @param clientIpPermitted whether {@code POST /orders} may carry {@code clientIp}
 * @param activationDelay how long a submitted product stays {@code pending} before it is {@code open}
 * @param clock the clock that measures {@code activationDelay}
 */
record HostwaySettings(Set<String> currencies, Map<String, String> accounts,
    Map<String, String> offerings, Map<String, Boolean> serviceSpecifications,
    Set<String> promoCodes, HostwayAuth auth, boolean clientIpPermitted, long seed,
    List<String> presetOrders, List<String> presetProducts, List<String> presetServices,
    List<String> presetOwners, java.time.Duration activationDelay, java.time.Clock clock,
    int history) {

  Ids newIds() {
    return new Ids(seed, presetOrders, presetProducts, presetServices, presetOwners);
  }
}
