package io.hostorder.bench;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One provider configuration under test: a hostorder instance and a hand-written {@link Reference}
 * against the same simulator, whose observer counts requests and sets the latency of every answer. The
 * hostorder side places as {@code hostorder order} does: through its write-ahead journal, a SQLite file
 * (the default), so that its costs are counted too.
 */
final class Scenario implements AutoCloseable {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final String name;
  private final OrderProvider provider;
  private final OrderProvider bare;
  private final Function<String, OrderItem> item;
  private final Reference reference;
  private final ProviderObserver observer;
  private final TckHarness harness;
  private final BenchJournal journal = new BenchJournal();

  Scenario(String name, OrderProvider provider, Function<String, OrderItem> item, Reference reference,
      TckHarness harness) {
    this.name = name;
    this.bare = provider;
    this.provider = journal.wrap(provider, name);
    this.item = item;
    this.reference = reference;
    this.harness = harness;
    this.observer = harness.observer().orElseThrow(() -> new IllegalStateException(name + ": no observer"));
  }

  String name() {
    return name;
  }

  Reference reference() {
    return reference;
  }

  /** Places one order through hostorder ({@code place} of the journaled provider) under a new reference. */
  Order placeHostorder() {
    String ref = nextName();
    return provider.place(OrderRequest.builder().reference(ref).addItem(item.apply(ref)).build());
  }

  /**
   * Places one order through the provider alone, with no journal: the trail tells it what a journal would
   * (the reference was never sent, so no lookup before ordering) and records nothing. The journal's share
   * of {@link #placeHostorder} is the difference.
   */
  Order placeBare() {
    String ref = nextName();
    return bare.place(OrderRequest.builder().reference(ref).addItem(item.apply(ref)).build(), NEVER_SENT);
  }

  static final OrderTrail NEVER_SENT = new OrderTrail() {
    @Override
    public boolean neverSent() {
      return true;
    }
  };

  /** Places one order with the hand-written sequence. */
  String placeReference() throws IOException {
    return reference.order(nextName());
  }

  /** Puts the simulator back as started (an empty account), so that its size does not grow with the run. */
  void reset() {
    harness.reset();
    // The reset also ends the simulator's sessions, which a host does not do between two orders; a read
    // (an empty list) lets a session provider log in again, so that the order measured next is placed.
    if (provider.capabilities().has(io.hostorder.core.Capability.ORDER_LIST)) {
      provider.orders();
    }
  }

  int requestCount() {
    return observer.requestCount();
  }

  void latency(Duration latency) {
    observer.latency(latency);
  }

  private static String nextName() {
    // A host name as well as a reference: BILLmanager sends it as the domain, Zomro as the servername.
    return "bench-" + SEQUENCE.incrementAndGet();
  }

  @Override
  public void close() {
    observer.latency(Duration.ZERO);
    harness.close();
    journal.close();
  }
}
