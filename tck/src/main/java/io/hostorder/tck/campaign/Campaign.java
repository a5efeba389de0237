package io.hostorder.tck.campaign;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.AnswerFault;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A seeded ordering campaign against one harness: {@code orders} orders of the harness's plain item (some
 * with its accepted promo code), one after the other on <em>one</em> provider instance, each with a fault
 * drawn from the seed — none, a fault after processing ({@link AnswerFault}) or a refusal before processing
 * ({@code 503}/{@code 429}) — aimed at one of the committing steps the order reaches. A {@link Broker}
 * places each order (by default {@link #readmeBroker()}: as README tells a broker to) and says what it
 * believes became of it; the provider's side then counts, through the observer, the orders the reference
 * left there. The same seed gives the same orders and faults.
 *
 * <pre>{@code
 * CampaignResult r = Campaign.builder(harness).orders(300).seed(20261202L).build().run();
 * System.out.println(r.line());   // jsonrest: orders 300, faults 211, duplicates 0, lost 0, unknown-pending 4 (seed …)
 * }</pre>
 *
 * <p>Orders are placed one at a time, so every order the provider gains while one reference is handled
 * belongs to that reference: two or more are a duplicate; one while the broker believes "not placed" is a
 * lost order. The provider is created with a {@code call-timeout} of three quarters of the observer's {@link
 * ProviderObserver#lateAnswerDelay()} so that a late answer is a time-out. The harness is reset once, at the
 * start, and is not closed.
 */
public final class Campaign {
  /** What a broker believes became of an order after it handled every error. */
  public enum Belief {
    /** The broker holds the order (placed, or waiting for payment). */
    PLACED,
    /** The broker believes nothing was placed (a definitive refusal, or retries that gave up). */
    NOT_PLACED,
    /** The broker holds the reference as outcome unknown, for reconcile or an operator. */
    UNKNOWN
  }

  /** Places one order the way a broker does, handling every error, and says what it believes. */
  @FunctionalInterface
  public interface Broker {
    /** Places {@code request} with {@code provider} (one instance for the whole campaign). Never throws. */
    Belief place(OrderProvider provider, OrderRequest request);
  }

  private final TckHarness harness;
  private final int orders;
  private final long seed;
  private final Broker broker;
  private final PrintStream out;

  private Campaign(Builder b) {
    this.harness = b.harness;
    this.orders = b.orders;
    this.seed = b.seed;
    this.broker = b.broker;
    this.out = b.out;
  }

  /** Returns a builder of a campaign against {@code harness}, which must have an observer naming its committing steps. */
  public static Builder builder(TckHarness harness) {
    return new Builder(Objects.requireNonNull(harness, "harness == null"));
  }

  /**
   * Returns the broker README describes: {@code place()}; on {@code TransientException} place again with
   * the same reference (three attempts in all); on {@code OutcomeUnknownException} reconcile where the
   * provider can — found: placed; not found: place once more (place reconciles first); a reconcile that
   * fails: hold the reference — and without reconcile hold the reference; on {@code
   * PaymentRequiredException} the order exists; any other error is a refusal.
   */
  public static Broker readmeBroker() {
    return new ReadmeBroker();
  }

  /**
   * Runs the campaign and returns its counts; prints {@link CampaignResult#line()} (and each incident) when
   * an output was given.
   *
   * @throws IllegalStateException when the harness has no observer or its observer names no committing step
   */
  public CampaignResult run() {
    ProviderObserver observer = harness.observer()
        .orElseThrow(() -> new IllegalStateException("a campaign needs the harness's observer; " + harness.name()
            + " gives none"));
    List<CommittingStep> steps = observer.committingSteps();
    if (steps.isEmpty()) {
      throw new IllegalStateException("a campaign needs the observer's committing steps; " + harness.name()
          + " names none");
    }
    harness.reset();
    observer.clearFaults();
    // Three quarters of the late answer's delay: a late answer is a time-out, and a slow machine's ordinary
    // answer is not (an ordinary request timed out and processed after the campaign moved on would be
    // counted for the next reference).
    long timeout = Math.max(100, observer.lateAnswerDelay().toMillis() * 3 / 4);
    ProviderConfig config = harness.config().with("call-timeout", timeout + "ms");
    Random random = new Random(seed);
    Tally tally = new Tally(harness.name());
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      OrderProvider provider = harness.create(registry, config);
      boolean promoCodes = provider.capabilities().has(Capability.PROMO_CODE) && harness.validPromoCode().isPresent();
      for (int i = 0; i < orders; i++) {
        boolean promo = promoCodes && random.nextInt(4) == 0;
        OrderRequest.Builder request = OrderRequest.builder().reference("campaign-" + seed + "-" + i)
            .addItem(harness.plainItem());
        if (promo) {
          request.promoCode(harness.validPromoCode().orElseThrow());
        }
        List<CommittingStep> reached = steps.stream().filter(s -> s.reachedBy(promo)).toList();
        Drawn fault = Drawn.draw(random, reached);
        int before = observer.orderCount();
        fault.arm(observer);
        Belief belief;
        try {
          belief = broker.place(provider, request.build());
        } catch (RuntimeException e) {
          tally.incident(i, fault, "the broker threw " + e.getClass().getName());
          belief = Belief.NOT_PLACED;
        }
        observer.clearFaults();
        tally.count(i, fault, belief, observer.orderCount() - before);
      }
    }
    CampaignResult result = tally.result(seed, orders);
    if (out != null) {
      out.println(result.line());
      result.incidents().forEach(line -> out.println("  " + line));
    }
    return result;
  }

  /** The counts of a campaign as it goes. */
  private static final class Tally {
    private final String provider;
    private final List<String> incidents = new ArrayList<>();
    private int faults;
    private int duplicates;
    private int lost;
    private int unknown;
    private int phantoms;

    Tally(String provider) {
      this.provider = provider;
    }

    void count(int i, Drawn fault, Belief belief, int held) {
      if (fault.armed()) {
        faults++;
      }
      if (belief == Belief.UNKNOWN) {
        unknown++;
      }
      if (held > 1) {
        duplicates++;
        incident(i, fault, "the provider holds " + held + " orders for one reference (broker believes " + belief + ")");
      }
      if (held > 0 && belief == Belief.NOT_PLACED) {
        lost++;
        incident(i, fault, "the provider holds the order but the broker believes it was not placed");
      }
      if (held == 0 && belief == Belief.PLACED) {
        phantoms++;
        incident(i, fault, "the broker believes the order placed but the provider holds none");
      }
    }

    void incident(int i, Drawn fault, String what) {
      incidents.add("order " + i + " [" + fault + "]: " + what);
    }

    CampaignResult result(long seed, int orders) {
      return new CampaignResult(provider, seed, orders, faults, duplicates, lost, unknown, phantoms, incidents);
    }
  }

  /** Builds a {@link Campaign}. */
  public static final class Builder {
    private final TckHarness harness;
    private int orders = 300;
    private long seed = 1L;
    private Broker broker = readmeBroker();
    private PrintStream out;

    private Builder(TckHarness harness) {
      this.harness = harness;
    }

    /** How many orders to place (300 unless set). */
    public Builder orders(int orders) {
      if (orders < 1) {
        throw new IllegalArgumentException("orders < 1: " + orders);
      }
      this.orders = orders;
      return this;
    }

    /** The seed the orders and faults are drawn from (1 unless set). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The broker placing each order ({@link #readmeBroker()} unless set). */
    public Builder broker(Broker broker) {
      this.broker = Objects.requireNonNull(broker, "broker == null");
      return this;
    }

    /** Prints the result's line and incidents to {@code out}; nothing unless set. */
    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out, "out == null");
      return this;
    }

    public Campaign build() {
      return new Campaign(this);
    }
  }
}
