package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A placed order as the provider sees it: the provider's order reference, the broker's reference,
 * the portable status beside the provider's own, the lines with the provider's ids and messages, and
 * the invoice when the provider asks for payment. Immutable.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"provider", "ref", "reference", "status", "providerStatus", "message", "promoCode", "lines", "invoice"})
public final class Order {
  private final String provider;
  private final OrderRef ref;
  private final String reference;
  private final OrderStatus status;
  private final String providerStatus;
  private final String message;
  private final String promoCode;
  private final List<OrderLine> lines;
  private final Invoice invoice;

  private Order(Builder b) {
    this.provider = b.provider;
    this.ref = Objects.requireNonNull(b.ref, "ref == null");
    this.reference = b.reference;
    this.status = b.status == null ? OrderStatus.UNKNOWN : b.status;
    this.providerStatus = b.providerStatus;
    this.message = b.message;
    this.promoCode = b.promoCode;
    this.lines = List.copyOf(b.lines);
    this.invoice = b.invoice;
  }

  /**
   * Returns a builder for the order {@code ref}.
   *
   * @param ref the provider's id of the order
   * @return a new builder
   */
  public static Builder builder(OrderRef ref) {
    return new Builder(ref);
  }

  /**
   * Returns a builder holding this order's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(ref).provider(provider).reference(reference).status(status).providerStatus(providerStatus)
        .message(message).promoCode(promoCode).lines(lines).invoice(invoice);
  }

  /**
   * The provider type that holds this order, e.g. {@code "hostway"}, or null.
   *
   * @return the provider type that holds this order, e.g. {@code "hostway"}, or null
   */
  public String provider() { return provider; }

  /**
   * The provider's id of this order.
   *
   * @return the provider's id of this order
   */
  public OrderRef ref() { return ref; }

  /**
   * The broker's own reference, when the provider keeps or returns it; otherwise null.
   *
   * @return the broker's own reference, when the provider keeps or returns it; otherwise null
   */
  public String reference() { return reference; }

  /**
   * The portable status; {@link OrderStatus#UNKNOWN} when the provider's own cannot be mapped.
   *
   * @return the status
   */
  public OrderStatus status() { return status; }

  /**
   * The provider's own status word or code, kept so an unmapped one stays visible.
   *
   * @return the provider's own status word or code, kept so an unmapped one stays visible
   */
  public String providerStatus() { return providerStatus; }

  /**
   * The provider's message, or null.
   *
   * @return the provider's message, or null
   */
  public String message() { return message; }

  /**
   * The promo code applied to this order, or null.
   *
   * @return the promo code applied to this order, or null
   */
  public String promoCode() { return promoCode; }

  /**
   * The lines with the provider's ids and messages.
   *
   * @return the lines, unmodifiable
   */
  public List<OrderLine> lines() { return lines; }

  /**
   * The invoice when the provider asks for payment, or null.
   *
   * @return the invoice when the provider asks for payment, or null
   */
  public Invoice invoice() { return invoice; }

  @Override
  public boolean equals(Object o) {
    return o instanceof Order other && Objects.equals(provider, other.provider) && ref.equals(other.ref)
        && Objects.equals(reference, other.reference) && status == other.status
        && Objects.equals(providerStatus, other.providerStatus) && Objects.equals(message, other.message)
        && Objects.equals(promoCode, other.promoCode) && lines.equals(other.lines)
        && Objects.equals(invoice, other.invoice);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, ref, reference, status, providerStatus, message, promoCode, lines, invoice);
  }

  @Override
  public String toString() {
    return "Order{" + (provider != null ? provider + ":" : "") + ref + ", reference=" + reference
        + ", status=" + status + (providerStatus != null ? " (" + providerStatus + ")" : "")
        + (message != null ? ", message=" + message : "") + ", lines=" + lines
        + (invoice != null ? ", invoice=" + invoice : "") + '}';
  }

  /** Builds an {@link Order}. */
  public static final class Builder {
    private String provider;
    private OrderRef ref;
    private String reference;
    private OrderStatus status;
    private String providerStatus;
    private String message;
    private String promoCode;
    private final List<OrderLine> lines = new ArrayList<>();
    private Invoice invoice;

    private Builder(OrderRef ref) {
      this.ref = Objects.requireNonNull(ref, "ref == null");
    }

    /**
     * Sets the provider type that holds the order.
     *
     * @param provider the provider type that holds the order
     * @return this builder
     */
    public Builder provider(String provider) { this.provider = provider; return this; }
    /**
     * Sets the provider's id of the order.
     *
     * @param ref the provider's id of the order
     * @return this builder
     */
    public Builder ref(OrderRef ref) { this.ref = Objects.requireNonNull(ref, "ref == null"); return this; }
    /**
     * Sets the broker's own reference, or null.
     *
     * @param reference the broker's own reference, or null
     * @return this builder
     */
    public Builder reference(String reference) { this.reference = reference; return this; }
    /**
     * Sets the portable status; null means unknown.
     *
     * @param status the portable status; null means unknown
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
     * Sets the provider's message, or null.
     *
     * @param message the provider's message, or null
     * @return this builder
     */
    public Builder message(String message) { this.message = message; return this; }
    /**
     * Sets the promo code applied, or null.
     *
     * @param promoCode the promo code applied, or null
     * @return this builder
     */
    public Builder promoCode(String promoCode) { this.promoCode = promoCode; return this; }
    /**
     * Replaces the lines.
     *
     * @param lines the lines, in order
     * @return this builder
     */
    public Builder lines(List<OrderLine> lines) { this.lines.clear(); this.lines.addAll(lines); return this; }
    /**
     * Adds a line.
     *
     * @param line the line
     * @return this builder
     */
    public Builder addLine(OrderLine line) { lines.add(Objects.requireNonNull(line, "line == null")); return this; }
    /**
     * Sets the invoice.
     *
     * @param invoice the invoice when the provider asks for payment, or null
     * @return this builder
     */
    public Builder invoice(Invoice invoice) { this.invoice = invoice; return this; }

    /**
     * Returns the order built.
     *
     * @return the order
     */
    public Order build() {
      return new Order(this);
    }
  }
}
