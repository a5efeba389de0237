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
  private final java.util.List<Armed> after = new java.util.ArrayList<>();
  private final java.util.List<Armed> before = new java.util.ArrayList<>();
  private boolean spoilNextRead;
  private Duration lateAnswerDelay = Duration.ofMillis(300);

  /** A fault armed for the next request of {@code step}: a fault after processing, or a refusal status before it. */
  private record Armed(String step, String fault) {}

  /** The next request of {@code step} is done, then its answer is replaced by {@code fault} (an AnswerFault name). */
  synchronized void afterProcessing(String step, String fault) {
    after.add(new Armed(step, fault));
  }

  /** Returns how many faults after or before processing are armed and not yet met. */
  synchronized int armedLeft() {
    return after.size() + before.size();
  }

  /** The next request of {@code step} is refused with {@code status} (503 or 429) before anything is done. */
  synchronized void refuseBeforeProcessing(String step, int status) {
    if (status != 503 && status != 429) {
      throw new IllegalArgumentException("a refusal before processing is 503 or 429: " + status);
    }
    before.add(new Armed(step, Integer.toString(status)));
  }

  /** The next request that creates nothing is done, but its answer cannot be read. */
  synchronized void spoilNextRead() {
    spoilNextRead = true;
  }

  synchronized Duration lateAnswerDelay() {
    return lateAnswerDelay;
  }

  synchronized String takeAfter(String step) {
    return take(after, step);
  }

  synchronized int takeBefore(String step) {
    String status = take(before, step);
    return status == null ? 0 : Integer.parseInt(status);
  }

  synchronized boolean takeSpoiledRead(boolean creates) {
    boolean armed = spoilNextRead && !creates;
    if (armed) {
      spoilNextRead = false;
    }
    return armed;
  }

  private static String take(java.util.List<Armed> armed, String step) {
    for (java.util.Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
      Armed a = it.next();
      if (a.step().equals(step)) {
        it.remove();
        return a.fault();
      }
    }
    return null;
  }

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
    after.clear();
    before.clear();
    spoilNextRead = false;
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
