package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a provider reports of the server (or other service) behind one order line, so that a broker can
 * hand it over: the provider's service id, its name or domain, its IP addresses, the portable status and
 * the provider's own status words, and any other facts the provider gave (creation and expiry dates, data
 * centre, …). Every field but {@code serviceId} may be null or empty when the provider did not say.
 * Never holds a secret (no root password).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Server(String serviceId, String name, List<String> ipAddresses, OrderStatus status,
    String providerStatus, Map<String, String> details) {

  /**
   * A null status is {@link OrderStatus#UNKNOWN}; keeps a copy of the addresses.
   *
   * @param serviceId the provider's id of the service
   * @param name the server's name or domain, or null
   * @param ipAddresses its IP addresses; null means none
   * @param status the portable status; null means unknown
   * @param providerStatus the provider's own status words, or null
   * @param details other facts the provider gave, by name, or null
   */
  public Server {
    status = status == null ? OrderStatus.UNKNOWN : status;
    ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
    details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Returns the first IP address, or null when the provider reported none (yet).
   *
   * @return the address, or null
   */
  public String primaryIp() {
    return ipAddresses.isEmpty() ? null : ipAddresses.get(0);
  }

  /**
   * Returns true when the server is set up and running with an address a broker can hand over.
   *
   * @return whether the server is ready to hand over
   */
  public boolean ready() {
    return status == OrderStatus.ACTIVE && !ipAddresses.isEmpty();
  }
}
