package io.hostorder.provider.memory;

import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import java.time.Duration;
import java.util.Map;

/**
 * The faults armed on one account: failed requests, a lost answer after a commit, silence and latency.
 * A silent or slow account honours the caller's {@code call-timeout}: the call ends with a time-out
 * error within it. Guarded by its own monitor; safe for concurrent use.
 */
final class MemoryFaults {
  private int failNext;
  private boolean dropAfterNextCommit;
  private boolean silent;
  private Duration latency = Duration.ZERO;

  synchronized void failNext(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0");
    }
    failNext = count;
  }

  synchronized void dropAfterNextCommit() {
    dropAfterNextCommit = true;
  }

  synchronized void stopAnswering(boolean silent) {
    this.silent = silent;
    notifyAll();
  }

  synchronized void latency(Duration latency) {
    this.latency = latency.isNegative() ? Duration.ZERO : latency;
    notifyAll();
  }

  synchronized void clear() {
    failNext = 0;
    dropAfterNextCommit = false;
    silent = false;
    latency = Duration.ZERO;
    notifyAll();
  }

  /**
   * Called before the account does a request's work: waits while the account is silent (the request is
   * never processed), at most until {@code deadline}, then throws the time-out error; or consumes an
   * armed failure.
   */
  void beforeWork(long deadline, Duration timeout, boolean creates, String reference, String step,
      Map<String, String> ids) {
    synchronized (this) {
      while (silent) {
        waitUntil(deadline, timeout, creates, reference, step, ids);
      }
      if (failNext > 0) {
        failNext--;
        throw new TransientException(step + " failed: the memory account answered 503 (injected failure); "
            + "nothing was done, safe to retry", null, ids);
      }
    }
  }

  /**
   * Called after the work is done: delays the answer by the latency, at most until {@code deadline}; an
   * answer later than that is lost, so a step that creates something ends as outcome unknown.
   */
  void beforeAnswer(long start, long deadline, Duration timeout, boolean creates, String reference, String step,
      Map<String, String> ids) {
    synchronized (this) {
      while (System.nanoTime() - start < latency.toNanos() || silent) {
        waitUntil(deadline, timeout, creates, reference, step, ids);
      }
    }
  }

  private void waitUntil(long deadline, Duration timeout, boolean creates, String reference, String step,
      Map<String, String> ids) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timeout(timeout, creates, reference, step, ids);
    }
    try {
      wait(Math.max(1, Math.min(left / 1_000_000, 50)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw timeout(timeout, creates, reference, step, ids);
    }
  }

  /** Returns true once after {@link #dropAfterNextCommit()}: the commit happened, its answer is lost. */
  synchronized boolean takeDropAfterCommit() {
    boolean armed = dropAfterNextCommit;
    dropAfterNextCommit = false;
    return armed;
  }

  private static RuntimeException timeout(Duration timeout, boolean creates, String reference, String step,
      Map<String, String> ids) {
    java.io.InterruptedIOException cause = new java.io.InterruptedIOException(
        "no answer within the call-timeout of " + timeout.toMillis() + " ms");
    if (creates) {
      return new OutcomeUnknownException(reference, step, ids, cause);
    }
    return new TransientException(step + " timed out after " + timeout.toMillis() + " ms; safe to retry", cause, ids);
  }
}
