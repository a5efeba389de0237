package io.hostorder.tck;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.List;
import java.util.Optional;

/**
 * What a plugin author supplies once so that the TCK can test a provider: how to create it, sample
 * items that must succeed and must be rejected, and (optionally) an {@link ProviderObserver observer}
 * of the provider's side. One harness serves one test class run; {@link #reset()} is called before
 * every test.
 */
public interface TckHarness extends AutoCloseable {

  /** Returns the provider type id under test, e.g. {@code "zomro"}. */
  String type();

  /** Returns the configuration of the provider under test (for a simulator: its base URL and credentials). */
  ProviderConfig config();

  /**
   * Returns the name the results of this harness are reported under: the type, with the configuration
   * variant in brackets where it is one ({@code billmanager[skipbasket,session]}). The default is {@link #type()}.
   */
  default String name() {
    return type();
  }

  /**
   * Returns the other configurations of the same provider the suite runs too, each a harness of its own
   * named {@code type[variant]} (e.g. the provider's default configuration where the harness's differs:
   * {@code zomro[no-remoteid]}, {@code billmanager[skipbasket,authinfo]}). A variant usually shares this
   * harness's simulator: its {@link #close()} then leaves it running, and this harness closes it. {@link
   * ProviderTck} runs each variant after this harness, with the topics of {@link #VARIANT_TOPICS} (the
   * ones a configuration changes); empty by default.
   */
  default List<TckHarness> variants() {
    return List.of();
  }

  /**
   * The topics a {@link #variants() variant} runs: placing, promo codes, status and reconcile, errors,
   * secrets, idempotency, committing answers and the journal-backed place. Discovery, validation, cancel, concurrency, time-outs and
   * absent capabilities do not depend on the configuration's choices and run once, with the harness.
   */
  List<String> VARIANT_TOPICS = List.of("R3", "R4", "R6", "R8", "R9", "R12", "R14", "R15");

  /**
   * Returns the provider under test configured by {@code config}. The default creates it through
   * {@code registry}; override it for a provider that is not registered in {@code META-INF/services}.
   */
  default OrderProvider create(ProviderRegistry registry, ProviderConfig config) {
    return registry.create(type(), config);
  }

  /** Returns a configuration whose credentials the provider refuses, or empty when it cannot be made. */
  default Optional<ProviderConfig> badCredentials() {
    return Optional.empty();
  }

  /** Returns the secrets in {@link #config()} and in the samples, which must never appear in any output. */
  List<String> secrets();

  /** Returns an item that must be placed successfully: a plain server, the cheapest there is. */
  OrderItem plainItem();

  /** Returns an item with related items that must succeed, where the provider supports them. */
  default Optional<OrderItem> itemWithRelated() {
    return Optional.empty();
  }

  /** Returns a promo code the provider accepts, where it supports promo codes. */
  default Optional<String> validPromoCode() {
    return Optional.empty();
  }

  /** Returns a promo code the provider rejects, where it supports promo codes. */
  default Optional<String> rejectedPromoCode() {
    return Optional.empty();
  }

  /** Returns items that must be rejected before any request, each with the path of the wrong field. */
  List<InvalidSample> invalidItems();

  /**
   * Returns an item that passes the client's checks but that the provider itself refuses with an error of
   * its own (e.g. a plan id it does not sell), and the provider's code for that error; or empty.
   */
  default Optional<ProviderErrorSample> providerError() {
    return Optional.empty();
  }

  /** Returns the observer of the provider's side, or empty (live accounts): rules that need one are skipped. */
  default Optional<ProviderObserver> observer() {
    return Optional.empty();
  }

  /** Returns true when the provider is a real account: real orders, real money. */
  default boolean live() {
    return false;
  }

  /** Called before every test: clears faults and, for a simulator, its state where that is possible. */
  default void reset() {}

  /** Releases what the harness started (a simulator). */
  @Override
  default void close() {}

  /** An item that must be rejected before any request, and the path of the field that is wrong (e.g. {@code items[0].period}). */
  record InvalidSample(String description, OrderItem item, String expectedPath) {}

  /** An item the provider refuses with its own error {@code code} (see {@link #providerError()}). */
  record ProviderErrorSample(String description, OrderItem item, String code) {}
}
