package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a placed order: the provider's id for it, its name, portable and provider status, the
 * provider's message, the line it is related to, and any other ids the provider gave (cart line,
 * product URL, …), and — where the provider reports it — the {@link Server} behind the line.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrderLine(String id, String name, OrderStatus status, String providerStatus, String message,
    String parentId, Map<String, String> providerIds, Server server) {

  public OrderLine {
    Objects.requireNonNull(id, "id == null");
    status = status == null ? OrderStatus.UNKNOWN : status;
    providerIds = providerIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(providerIds));
  }

  /** A line without server details. */
  public OrderLine(String id, String name, OrderStatus status, String providerStatus, String message, String parentId,
      Map<String, String> providerIds) {
    this(id, name, status, providerStatus, message, parentId, providerIds, null);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    return new Builder(id).name(name).status(status).providerStatus(providerStatus).message(message)
        .parentId(parentId).providerIds(providerIds).server(server);
  }

  /** Builds an {@link OrderLine}. */
  public static final class Builder {
    private final String id;
    private String name;
    private OrderStatus status = OrderStatus.UNKNOWN;
    private String providerStatus;
    private String message;
    private String parentId;
    private final Map<String, String> providerIds = new LinkedHashMap<>();
    private Server server;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
    }

    public Builder name(String name) { this.name = name; return this; }
    public Builder status(OrderStatus status) { this.status = status; return this; }
    public Builder providerStatus(String providerStatus) { this.providerStatus = providerStatus; return this; }
    public Builder message(String message) { this.message = message; return this; }
    public Builder parentId(String parentId) { this.parentId = parentId; return this; }
    public Builder providerIds(Map<String, String> ids) { providerIds.putAll(ids); return this; }
    public Builder providerId(String key, String value) { providerIds.put(key, value); return this; }
    /** The server behind this line as the provider reports it, or null. */
    public Builder server(Server server) { this.server = server; return this; }

    public OrderLine build() {
      return new OrderLine(id, name, status, providerStatus, message, parentId, providerIds, server);
    }
  }
}
