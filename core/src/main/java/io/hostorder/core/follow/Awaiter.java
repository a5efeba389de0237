package io.hostorder.core.follow;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.AwaitTimeoutException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OrderEndedException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Waits for an order to reach a status by reading it ({@link OrderProvider#order(OrderRef)}) with back-off:
 * the first read at once, then after {@code first}, doubling up to {@code max}, never past the deadline.
 * Only reads: nothing is ever committed while waiting. Ends with the order once its status is the awaited
 * one, with {@link OrderEndedException} when it failed or was cancelled instead, or with
 * {@link AwaitTimeoutException} at the deadline. A read that fails in a way that may pass
 * ({@link TransientException}) is reported to the listener and the wait goes on; any other error ends it.
 * Immutable and thread-safe.
 */
public final class Awaiter {
  /** Sleeps; replaced in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Sleeps for {@code d}.
     *
     * @param d how long
     * @throws InterruptedException when the thread is interrupted while sleeping
     */
    void sleep(Duration d) throws InterruptedException;
  }

  private static final Awaiter STANDARD = new Awaiter(Duration.ofSeconds(1), Duration.ofSeconds(30), System::nanoTime,
      d -> Thread.sleep(Math.max(1, d.toMillis())));

  private final Duration first;
  private final Duration max;
  private final LongSupplier nanos;
  private final Sleeper sleeper;

  private Awaiter(Duration first, Duration max, LongSupplier nanos, Sleeper sleeper) {
    this.first = requirePositive(first, "first");
    this.max = requirePositive(max, "max");
    this.nanos = Objects.requireNonNull(nanos, "nanos == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    if (max.compareTo(first) < 0) {
      throw new IllegalArgumentException("max (" + max + ") is shorter than first (" + first + ")");
    }
  }

  /**
   * Returns the awaiter {@link OrderProvider#await} uses: 1 s, doubling up to 30 s.
   *
   * @return the standard awaiter
   */
  public static Awaiter standard() {
    return STANDARD;
  }

  /**
   * Returns an awaiter that waits {@code first} after the first read, doubling up to {@code max}.
   *
   * @param first the wait after the first read; positive
   * @param max the longest wait between reads; positive, not shorter than {@code first}
   * @return the awaiter
   */
  public static Awaiter withBackoff(Duration first, Duration max) {
    return new Awaiter(first, max, System::nanoTime, d -> Thread.sleep(Math.max(1, d.toMillis())));
  }

  /**
   * Returns this awaiter on another clock ({@code nanos}, as {@link System#nanoTime}) and sleeper.
   *
   * @param nanos a clock in nanoseconds
   * @param sleeper what sleeps between reads
   * @return an awaiter with this one's back-off
   */
  public Awaiter on(LongSupplier nanos, Sleeper sleeper) {
    return new Awaiter(first, max, nanos, sleeper);
  }

  /**
   * Reads {@code ref} at {@code provider} until its status is {@code until}; see the class comment.
   *
   * @throws AwaitTimeoutException when the deadline passes first
   * @throws OrderEndedException when the order failed or was cancelled instead
   * @throws io.hostorder.core.error.UnsupportedCapabilityException when the provider cannot show an order
   * @param provider the provider to read the order at
   * @param ref the order
   * @param until the status to wait for; not {@link OrderStatus#UNKNOWN}
   * @param timeout how long to wait at most; zero reads once
   * @param listener hears each read and each failed read
   * @return the order as read once its status is {@code until}
   */
  public Order await(OrderProvider provider, OrderRef ref, OrderStatus until, Duration timeout, AwaitListener listener) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(ref, "ref == null");
    Objects.requireNonNull(until, "until == null");
    Objects.requireNonNull(listener, "listener == null");
    if (until == OrderStatus.UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN is not a status to wait for");
    }
    if (timeout == null || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be zero or positive: " + timeout);
    }
    provider.capabilities().require(provider.type(), Capability.ORDER_STATUS);
    long start = nanos.getAsLong();
    long deadline = start + timeout.toNanos();
    Duration wait = first;
    int polls = 0;
    Order last = null;
    while (true) {
      polls++;
      try {
        last = provider.order(ref);
        Duration elapsed = Duration.ofNanos(nanos.getAsLong() - start);
        listener.polled(last, polls, elapsed);
        if (last.status() == until) {
          return last;
        }
        if (last.status() == OrderStatus.FAILED || last.status() == OrderStatus.CANCELLED) {
          throw new OrderEndedException(last, until);
        }
      } catch (TransientException e) {
        listener.readFailed(e, polls, Duration.ofNanos(nanos.getAsLong() - start));
      }
      long left = deadline - nanos.getAsLong();
      if (left <= 0) {
        Duration waited = Duration.ofNanos(nanos.getAsLong() - start);
        if (last == null) {
          throw new HostorderException("order " + ref + " could not be read within " + timeout + " (" + polls
              + " reads failed); nothing was ordered while waiting: waiting again is safe");
        }
        throw new AwaitTimeoutException(last, until, waited, polls);
      }
      Duration nap = wait.toNanos() < left ? wait : Duration.ofNanos(left);
      try {
        sleeper.sleep(nap);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HostorderException("waiting for order " + ref + " was interrupted", e);
      }
      wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
    }
  }

  private static Duration requirePositive(Duration d, String what) {
    Objects.requireNonNull(d, what + " == null");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return d;
  }
}
