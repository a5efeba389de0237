package io.hostorder.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fault injection shared by every simulator: latency, HTTP 5xx (or another error status aimed at
 * one operation), a connection dropped after the request was processed, a malformed answer after
 * processing, and a server that stops answering.
 *
 * <p>Faults are armed per number of requests and consumed in arrival order. Safe for concurrent use.
 */
public final class Faults {
  private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicInteger dropsAfterProcessing = new AtomicInteger();
  private final AtomicReference<String> dropOnlyFunction = new AtomicReference<>();
  private final AtomicInteger aimedServerErrors = new AtomicInteger();
  private final AtomicReference<String> failOnlyOperation = new AtomicReference<>();
  private final AtomicInteger aimedStatus = new AtomicInteger(503);
  private final AtomicInteger malformed = new AtomicInteger();
  private final AtomicReference<String> malformedOnlyOperation = new AtomicReference<>();
  private volatile boolean silent;
  private final java.util.Queue<Aimed<AfterProcessing>> after = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.Queue<Aimed<Integer>> before = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final AtomicReference<Duration> lateAnswerDelay = new AtomicReference<>(Duration.ofSeconds(3));

  /** A fault armed for the next request of one operation (any operation when null). */
  private record Aimed<T>(String operation, T fault) {
    boolean matches(List<String> operations) {
      return operation == null || operations.contains(operation);
    }
  }

  /** Delays every answer by {@code latency} (zero turns it off). */
  public Faults latency(Duration latency) {
    this.latency.set(Objects.requireNonNull(latency, "latency == null"));
    return this;
  }

  /** Answers the next {@code count} requests with HTTP 503 without processing them. */
  public Faults failNext(int count) {
    serverErrors.set(count);
    return this;
  }

  /**
   * Answers the next {@code count} requests whose operation is {@code operation} (see {@link
   * #dropAfterProcessing(String)}) with HTTP 503 without processing them; other requests are answered
   * normally.
   */
  public Faults failNext(String operation, int count) {
    return failNext(operation, count, 503);
  }

  /**
   * Answers the next {@code count} requests whose operation is {@code operation} with HTTP {@code
   * status} (e.g. 500) and a plain-text body, without processing them.
   */
  public Faults failNext(String operation, int count, int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599: " + status);
    }
    failOnlyOperation.set(Objects.requireNonNull(operation, "operation == null"));
    aimedStatus.set(status);
    aimedServerErrors.set(count);
    return this;
  }

  /**
   * Processes the next {@code count} requests whose operation is {@code operation} (any request when
   * null), then answers HTTP 200 with a body that is not valid JSON instead of the real answer: a
   * hostile or broken provider.
   */
  public Faults malformedAfterProcessing(String operation, int count) {
    malformedOnlyOperation.set(operation);
    malformed.set(count);
    return this;
  }

  /**
   * Processes the next {@code count} requests (their effects happen), then drops the connection
   * instead of answering.
   */
  public Faults dropAfterProcessing(int count) {
    dropsAfterProcessing.set(count);
    dropOnlyFunction.set(null);
    return this;
  }

  /**
   * Processes the next request whose operation is {@code operation} (a simulator-specific name: the
   * BILLmanager {@code func}, the JSON {@code action}, or {@code METHOD path-pattern}), then drops the
   * connection; other requests are answered normally.
   */
  public Faults dropAfterProcessing(String operation) {
    dropOnlyFunction.set(Objects.requireNonNull(operation, "operation == null"));
    dropsAfterProcessing.set(1);
    return this;
  }

  /**
   * Processes the next request whose operation is {@code operation} (a simulator-specific name, see {@link
   * #dropAfterProcessing(String)}; any request when null), then answers with {@code fault} instead of the
   * real answer. Several armed faults are taken in the order they were armed, one request each.
   */
  public Faults afterProcessing(String operation, AfterProcessing fault) {
    after.add(new Aimed<>(operation, Objects.requireNonNull(fault, "fault == null")));
    return this;
  }

  /**
   * Refuses the next request whose operation is {@code operation} (any request when null) <em>before</em>
   * processing it, with HTTP {@code status} 503 or 429 and a plain-text body: nothing happens at the
   * provider, so a retry is safe.
   */
  public Faults refuseBeforeProcessing(String operation, int status) {
    if (status != 503 && status != 429) {
      throw new IllegalArgumentException("a refusal before processing is 503 or 429: " + status);
    }
    before.add(new Aimed<>(operation, status));
    return this;
  }

  /**
   * Returns how many faults armed with {@link #afterProcessing} or {@link #refuseBeforeProcessing} have not
   * been taken yet: a test can tell that the request it aimed at was never sent.
   */
  public int armedLeft() {
    return after.size() + before.size();
  }

  /** Sets how long a {@link AfterProcessing#LATE_ANSWER} waits before answering (3 s unless set). */
  public Faults lateAnswerDelay(Duration delay) {
    lateAnswerDelay.set(Objects.requireNonNull(delay, "delay == null"));
    return this;
  }

  /** Returns how long a {@link AfterProcessing#LATE_ANSWER} waits. */
  public Duration lateAnswerDelay() {
    return lateAnswerDelay.get();
  }

  /** Stops answering at all (the connection stays open, no bytes come back) until {@link #reset}. */
  public Faults stopAnswering(boolean silent) {
    this.silent = silent;
    return this;
  }

  /** Removes every armed fault. */
  public Faults reset() {
    latency.set(Duration.ZERO);
    serverErrors.set(0);
    dropsAfterProcessing.set(0);
    dropOnlyFunction.set(null);
    aimedServerErrors.set(0);
    failOnlyOperation.set(null);
    aimedStatus.set(503);
    malformed.set(0);
    malformedOnlyOperation.set(null);
    silent = false;
    after.clear();
    before.clear();
    lateAnswerDelay.set(Duration.ofSeconds(3));
    return this;
  }

  Duration latency() {
    return latency.get();
  }

  boolean silent() {
    return silent;
  }

  boolean takeServerError() {
    return takeOne(serverErrors);
  }

  boolean takeServerError(List<String> operations) {
    return takeServerStatus(operations) != 0;
  }

  /** Returns the status to fail {@code operations} with, or 0 when no failure is armed for them. */
  int takeServerStatus(List<String> operations) {
    String only = failOnlyOperation.get();
    if (only != null && operations.contains(only) && takeOne(aimedServerErrors)) {
      return aimedStatus.get();
    }
    return takeOne(serverErrors) ? 503 : 0;
  }

  boolean takeMalformed(List<String> operations) {
    String only = malformedOnlyOperation.get();
    return (only == null || operations.contains(only)) && takeOne(malformed);
  }

  boolean takeDrop(String operation) {
    return takeDrop(List.of(operation));
  }

  boolean takeDrop(List<String> operations) {
    String only = dropOnlyFunction.get();
    if (only != null && !operations.contains(only)) {
      return false;
    }
    boolean taken = takeOne(dropsAfterProcessing);
    if (taken && only != null) {
      dropOnlyFunction.compareAndSet(only, null);
    }
    return taken;
  }

  /** Returns the after-processing fault armed for {@code operations} and removes it, or null. */
  AfterProcessing takeAfter(List<String> operations) {
    return take(after, operations);
  }

  /** Returns the status of a refusal before processing armed for {@code operations} and removes it, or 0. */
  int takeBefore(List<String> operations) {
    Integer status = take(before, operations);
    return status == null ? 0 : status;
  }

  private static <T> T take(java.util.Queue<Aimed<T>> queue, List<String> operations) {
    for (Aimed<T> aimed : queue) {
      if (aimed.matches(operations) && queue.remove(aimed)) {
        return aimed.fault();
      }
    }
    return null;
  }

  private static boolean takeOne(AtomicInteger counter) {
    while (true) {
      int n = counter.get();
      if (n <= 0) {
        return false;
      }
      if (counter.compareAndSet(n, n - 1)) {
        return true;
      }
    }
  }
}
