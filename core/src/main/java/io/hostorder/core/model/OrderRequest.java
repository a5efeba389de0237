package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The portable order: the broker's own reference, an optional promo code, and the items to order.
 *
 * <p>Every order carries a client reference. It is what lets a provider tell whether this order was
 * already placed (see {@code Capabilities#idempotency()}); one is generated when none is given, but a
 * broker that may retry should set its own. Immutable and safe for concurrent use.
 */
@JsonDeserialize(builder = OrderRequest.Builder.class)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"reference", "promoCode", "items"})
public final class OrderRequest {
  private final String reference;
  private final String promoCode;
  private final List<OrderItem> items;

  private OrderRequest(Builder b) {
    this.reference = b.reference == null ? generateReference() : b.reference;
    this.promoCode = b.promoCode;
    this.items = List.copyOf(b.items);
  }

  /**
   * Returns an empty builder; {@link Builder#build()} generates a reference when none is set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an order of {@code items} with a generated reference and no promo code.
   *
   * @param items the items
   * @return the order
   */
  public static OrderRequest of(OrderItem... items) {
    Builder b = builder();
    for (OrderItem item : items) b.addItem(item);
    return b.build();
  }

  /**
   * Returns a new client reference, {@code ho-} followed by a random UUID.
   *
   * @return the reference
   */
  public static String generateReference() {
    return "ho-" + UUID.randomUUID();
  }

  /**
   * Returns a builder holding this order's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().reference(reference).promoCode(promoCode).items(items);
  }

  /**
   * The broker's own id of this order (never null).
   *
   * @return the broker's own id of this order (never null)
   */
  public String reference() { return reference; }

  /**
   * The promo code for the whole order, or null.
   *
   * @return the promo code for the whole order, or null
   */
  public String promoCode() { return promoCode; }

  /**
   * The items, in the order given.
   *
   * @return the items, in the order given
   */
  public List<OrderItem> items() { return items; }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderRequest other && reference.equals(other.reference)
        && Objects.equals(promoCode, other.promoCode) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, promoCode, items);
  }

  @Override
  public String toString() {
    return "OrderRequest{reference=" + reference + (promoCode != null ? ", promoCode=" + promoCode : "")
        + ", items=" + items + '}';
  }

  /** Builds an {@link OrderRequest}; also the shape Jackson reads (unknown fields are errors). */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String reference;
    private String promoCode;
    private final List<OrderItem> items = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the broker's own id of the order.
     *
     * @param reference the broker's own id of the order
     * @return this builder
     */
    public Builder reference(String reference) { this.reference = reference; return this; }
    /**
     * Sets the promo code for the whole order, or null.
     *
     * @param promoCode the promo code for the whole order, or null
     * @return this builder
     */
    public Builder promoCode(String promoCode) { this.promoCode = promoCode; return this; }

    /**
     * Replaces the items.
     *
     * @param items the items, in order, or null for none
     * @return this builder
     */
    public Builder items(List<OrderItem> items) {
      this.items.clear();
      if (items != null) for (OrderItem i : items) addItem(i);
      return this;
    }

    /**
     * Adds an item.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addItem(OrderItem item) {
      items.add(Objects.requireNonNull(item, "item == null"));
      return this;
    }

    /**
     * Returns the order built.
     *
     * @return the order
     */
    public OrderRequest build() {
      return new OrderRequest(this);
    }
  }
}
