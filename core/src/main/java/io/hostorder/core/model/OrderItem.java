package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to order: a plan with its period, quantity, region, image, access, resources, addons,
 * provider options, and the items ordered related to it (a server's control panel, extra memory, …).
 *
 * <p>Immutable and safe for concurrent use. A provider maps every field it understands and rejects the
 * others (see {@code OrderProvider#validate}); nothing is silently dropped. {@link #toString()} masks
 * secrets.
 */
@JsonDeserialize(builder = OrderItem.Builder.class)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"plan", "name", "period", "quantity", "region", "image", "access", "resources",
    "addons", "options", "related"})
public final class OrderItem {
  private final String plan;
  private final String name;
  private final BillingPeriod period;
  private final int quantity;
  private final String region;
  private final String image;
  private final Access access;
  private final Resources resources;
  private final Map<String, String> addons;
  private final Map<String, String> options;
  private final List<OrderItem> related;

  private OrderItem(Builder b) {
    this.plan = b.plan;
    this.name = b.name;
    this.period = b.period;
    this.quantity = b.quantity == null ? 1 : b.quantity;
    this.region = b.region;
    this.image = b.image;
    this.access = b.access;
    this.resources = b.resources;
    this.addons = Collections.unmodifiableMap(new LinkedHashMap<>(b.addons));
    this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
    this.related = List.copyOf(b.related);
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this item's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().plan(plan).name(name).period(period).quantity(quantity).region(region)
        .image(image).access(access).resources(resources).addons(addons).options(options);
    b.related.addAll(related);
    return b;
  }

  /**
   * The provider's plan (tariff, pricelist id, product offering, or product name).
   *
   * @return the provider's plan (tariff, pricelist id, product offering, or product name)
   */
  public String plan() { return plan; }

  /**
   * The server or service name the broker chose, or null.
   *
   * @return the server or service name the broker chose, or null
   */
  public String name() { return name; }

  /**
   * The billing period, or null for the provider's default.
   *
   * @return the billing period, or null for the provider's default
   */
  public BillingPeriod period() { return period; }

  /**
   * How many of this item (1 unless given).
   *
   * @return how many of this item (1 unless given)
   */
  public int quantity() { return quantity; }

  /**
   * The provider's region or datacenter id, or null.
   *
   * @return the provider's region or datacenter id, or null
   */
  public String region() { return region; }

  /**
   * The provider's operating-system image id or name, or null.
   *
   * @return the provider's operating-system image id or name, or null
   */
  public String image() { return image; }

  /**
   * How to get into the server, or null.
   *
   * @return how to get into the server, or null
   */
  public Access access() { return access; }

  /**
   * Resources asked for, or null.
   *
   * @return resources asked for, or null
   */
  public Resources resources() { return resources; }

  /**
   * Addons: the provider's addon ids mapped to their values, in the order given.
   *
   * @return addons: the provider's addon ids mapped to their values, in the order given
   */
  public Map<String, String> addons() { return addons; }

  /**
   * Provider-specific options, in the order given.
   *
   * @return provider-specific options, in the order given
   */
  public Map<String, String> options() { return options; }

  /**
   * Items ordered related to this one (they may nest).
   *
   * @return items ordered related to this one (they may nest)
   */
  public List<OrderItem> related() { return related; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof OrderItem other)) return false;
    return quantity == other.quantity && Objects.equals(plan, other.plan) && Objects.equals(name, other.name)
        && period == other.period && Objects.equals(region, other.region) && Objects.equals(image, other.image)
        && Objects.equals(access, other.access) && Objects.equals(resources, other.resources)
        && addons.equals(other.addons) && options.equals(other.options) && related.equals(other.related);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, name, period, quantity, region, image, access, resources, addons, options, related);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("OrderItem{plan=").append(plan);
    if (name != null) b.append(", name=").append(name);
    if (period != null) b.append(", period=").append(period);
    b.append(", quantity=").append(quantity);
    if (region != null) b.append(", region=").append(region);
    if (image != null) b.append(", image=").append(image);
    if (access != null) b.append(", access=").append(access);
    if (resources != null) b.append(", resources=").append(resources);
    if (!addons.isEmpty()) b.append(", addons=").append(addons);
    if (!options.isEmpty()) b.append(", options=").append(Secrets.maskValues(options));
    if (!related.isEmpty()) b.append(", related=").append(related);
    return b.append('}').toString();
  }

  /** Builds an {@link OrderItem}; also the shape Jackson reads (unknown fields are errors). */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String plan;
    private String name;
    private BillingPeriod period;
    private Integer quantity;
    private String region;
    private String image;
    private Access access;
    private Resources resources;
    private final Map<String, String> addons = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<OrderItem> related = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the provider's plan.
     *
     * @param plan the provider's plan
     * @return this builder
     */
    public Builder plan(String plan) { this.plan = plan; return this; }
    /**
     * Sets the server or service name, or null.
     *
     * @param name the server or service name, or null
     * @return this builder
     */
    public Builder name(String name) { this.name = name; return this; }
    /**
     * Sets the billing period, or null for the default.
     *
     * @param period the billing period, or null for the default
     * @return this builder
     */
    public Builder period(BillingPeriod period) { this.period = period; return this; }
    /**
     * Sets how many, or null for one.
     *
     * @param quantity how many, or null for one
     * @return this builder
     */
    public Builder quantity(Integer quantity) { this.quantity = quantity; return this; }
    /**
     * Sets the provider's region or datacenter id, or null.
     *
     * @param region the provider's region or datacenter id, or null
     * @return this builder
     */
    public Builder region(String region) { this.region = region; return this; }
    /**
     * Sets the provider's operating-system image, or null.
     *
     * @param image the provider's operating-system image, or null
     * @return this builder
     */
    public Builder image(String image) { this.image = image; return this; }
    /**
     * Sets how to get into the server, or null.
     *
     * @param access how to get into the server, or null
     * @return this builder
     */
    public Builder access(Access access) { this.access = access; return this; }
    /**
     * Sets the resources asked for, or null.
     *
     * @param resources the resources asked for, or null
     * @return this builder
     */
    public Builder resources(Resources resources) { this.resources = resources; return this; }

    /**
     * Replaces the addons.
     *
     * @param addons the provider's addon ids mapped to their values, or null for none
     * @return this builder
     */
    public Builder addons(Map<String, String> addons) {
      this.addons.clear();
      if (addons != null) this.addons.putAll(addons);
      return this;
    }

    /**
     * Adds an addon.
     *
     * @param id the provider's addon id
     * @param value its value
     * @return this builder
     */
    public Builder addon(String id, String value) {
      addons.put(Objects.requireNonNull(id, "id == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Replaces the provider-specific options.
     *
     * @param options the options, or null for none
     * @return this builder
     */
    public Builder options(Map<String, String> options) {
      this.options.clear();
      if (options != null) this.options.putAll(options);
      return this;
    }

    /**
     * Adds a provider-specific option.
     *
     * @param key the option's name
     * @param value its value
     * @return this builder
     */
    public Builder option(String key, String value) {
      options.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Replaces the related items.
     *
     * @param related the items ordered related to this one, or null for none
     * @return this builder
     */
    public Builder related(List<OrderItem> related) {
      this.related.clear();
      if (related != null) {
        for (OrderItem item : related) this.related.add(Objects.requireNonNull(item, "related item == null"));
      }
      return this;
    }

    /**
     * Adds an item ordered related to this one.
     *
     * @param item the related item
     * @return this builder
     */
    public Builder addRelated(OrderItem item) {
      related.add(Objects.requireNonNull(item, "item == null"));
      return this;
    }

    /**
     * Returns the item built.
     *
     * @return the item
     */
    public OrderItem build() {
      return new OrderItem(this);
    }
  }
}
