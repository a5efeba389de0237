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

  /**
   * Checks the id is given; a null status is {@link OrderStatus#UNKNOWN}; keeps a copy of the provider ids.
   *
   * @param id the provider's id of the line
   * @param name the line's name, or null
   * @param status the portable status; null means unknown
   * @param providerStatus the provider's own status word or code, or null
   * @param message the provider's message, or null
   * @param parentId the id of the line this one is related to, or null
   * @param providerIds the provider's ids for the line, by name
   * @param server the server behind the line, or null
   */
  public OrderLine {
    Objects.requireNonNull(id, "id == null");
    status = status == null ? OrderStatus.UNKNOWN : status;
    providerIds = providerIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(providerIds));
  }

  /**
   * A line without server details.
   *
   * @param id the provider's id of the line
   * @param name the line's name, or null
   * @param status the portable status
   * @param providerStatus the provider's own status word or code, or null
   * @param message the provider's message, or null
   * @param parentId the id of the line this one is related to, or null
   * @param providerIds the provider's ids for the line, by name
   */
  public OrderLine(String id, String name, OrderStatus status, String providerStatus, String message, String parentId,
      Map<String, String> providerIds) {
    this(id, name, status, providerStatus, message, parentId, providerIds, null);
  }

  /**
   * Returns a builder for the line {@code id}.
   *
   * @param id the provider's id of the line
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this line's values.
   *
   * @return a new builder
   */
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

    /**
     * Sets the line's name.
     *
     * @param name the line's name
     * @return this builder
     */
    public Builder name(String name) { this.name = name; return this; }
    /**
     * Sets the portable status.
     *
     * @param status the portable status
     * @return this builder
     */
    public Builder status(OrderStatus status) { this.status = status; return this; }
    /**
     * Sets the provider's own status word or code.
     *
     * @param providerStatus the provider's own status word or code
     * @return this builder
     */
    public Builder providerStatus(String providerStatus) { this.providerStatus = providerStatus; return this; }
    /**
     * Sets the provider's message.
     *
     * @param message the provider's message
     * @return this builder
     */
    public Builder message(String message) { this.message = message; return this; }
    /**
     * Sets the id of the line this one is related to.
     *
     * @param parentId the id of the line this one is related to
     * @return this builder
     */
    public Builder parentId(String parentId) { this.parentId = parentId; return this; }
    /**
     * Adds provider ids.
     *
     * @param ids the ids by name
     * @return this builder
     */
    public Builder providerIds(Map<String, String> ids) { providerIds.putAll(ids); return this; }
    /**
     * Adds one provider id.
     *
     * @param key the id's name
     * @param value the id
     * @return this builder
     */
    public Builder providerId(String key, String value) { providerIds.put(key, value); return this; }
    /**
     * The server behind this line as the provider reports it, or null.
     *
     * @param server the server, or null
     * @return this builder
     */
    public Builder server(Server server) { this.server = server; return this; }

    /**
     * Returns the line built.
     *
     * @return the line
     */
    public OrderLine build() {
      return new OrderLine(id, name, status, providerStatus, message, parentId, providerIds, server);
    }
  }
}
