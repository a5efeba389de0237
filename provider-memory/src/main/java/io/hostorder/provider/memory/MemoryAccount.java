package io.hostorder.provider.memory;

import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.commit.RequestKind;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The "server side" of the in-memory provider: one named account in this JVM holding the orders, the
 * balance they are paid from, a request counter and fault injection. Every provider instance whose
 * {@code account} configuration key names it talks to it, so a test harness can look at what the
 * provider did ({@link #requestCount()}, {@link #orderCount()}) and make it misbehave
 * ({@link #failNext}, {@link #dropAfterNextCommit}, {@link #stopAnswering}, {@link #latency}, and per step
 * {@link #failAfterProcessing}, {@link #refuseBeforeProcessing}, {@link #spoilNextRead}). A fault after
 * processing is reported as core's {@link AnswerClassifier} classifies the same answer of an HTTP provider.
 *
 * <p>An account is created by the first {@link #open} of its name, with that call's password; a
 * provider configured with another password is refused with
 * {@link io.hostorder.core.error.AuthenticationException}. Safe for concurrent use.
 */
public final class MemoryAccount {
  private static final Map<String, MemoryAccount> ACCOUNTS = new ConcurrentHashMap<>();
  /** How an HTTP provider's answer of the same kind is classified: the one rule every provider uses. */
  private static final AnswerClassifier ANSWERS = AnswerClassifier.of("memory");
  /** The exchanges with an account are this provider's "wire": logged where HTTP providers log theirs. */
  private static final org.slf4j.Logger WIRE = org.slf4j.LoggerFactory.getLogger("io.hostorder.wire");

  private final String name;
  private final String password;
  private final AtomicInteger requests = new AtomicInteger();
  private final MemoryFaults faults = new MemoryFaults();
  private final MemoryLedger ledger;

  private MemoryAccount(String name, String password, BigDecimal balance) {
    this.name = name;
    this.password = password;
    this.ledger = new MemoryLedger(name, balance);
  }

  /**
   * Returns the account {@code name}, creating it with {@code password} and {@code balance} (EUR) when
   * this JVM has none of that name yet. An existing account keeps its own password and balance.
   */
  public static MemoryAccount open(String name, String password, BigDecimal balance) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(password, "password == null");
    Objects.requireNonNull(balance, "balance == null");
    return ACCOUNTS.computeIfAbsent(name, n -> new MemoryAccount(n, password, balance));
  }

  /** Returns the account {@code name}, or empty when none was opened. */
  public static Optional<MemoryAccount> find(String name) {
    return Optional.ofNullable(ACCOUNTS.get(name));
  }

  /** Forgets the account {@code name} and everything it holds. */
  public static void remove(String name) {
    ACCOUNTS.remove(name);
  }

  /** Returns this account's name. */
  public String name() {
    return name;
  }

  /** Returns how many requests the provider instances sent to this account so far. */
  public int requestCount() {
    return requests.get();
  }

  /** Returns how many orders this account holds (placed, whatever their status). */
  public int orderCount() {
    return ledger.size();
  }

  /** Returns a snapshot of the orders this account holds, oldest first. */
  public List<Order> orders() {
    return new ArrayList<>(ledger.all());
  }

  /** Returns the promo code applied to order {@code ref}, or empty. */
  public Optional<String> promoCodeApplied(OrderRef ref) {
    return ledger.byId(ref.id()).map(Order::promoCode);
  }

  /** Returns the balance orders are paid from, in EUR. */
  public BigDecimal balance() {
    return ledger.balance();
  }

  /** Sets the balance orders are paid from; an order costing more is left waiting for payment. */
  public void balance(BigDecimal balance) {
    ledger.balance(Objects.requireNonNull(balance, "balance == null"));
  }

  /** Answers the next {@code count} requests with a failure (a 503) without doing anything. */
  public void failNext(int count) {
    faults.failNext(count);
  }

  /** Stores the next order committed, then loses the answer: the caller gets an outcome-unknown error. */
  public void dropAfterNextCommit() {
    faults.dropAfterNextCommit();
  }

  /** Stops answering: each request then waits, unprocessed, until its {@code call-timeout}; or answers again. */
  public void stopAnswering(boolean silent) {
    faults.stopAnswering(silent);
  }

  /**
   * Delays every answer by {@code latency} after the request's work is done; an answer later than the
   * caller's {@code call-timeout} is lost (a time-out error; outcome unknown for a step that creates).
   */
  public void latency(Duration latency) {
    faults.latency(Objects.requireNonNull(latency, "latency == null"));
  }

  /** The faults after processing the account can play, by name (the TCK's {@code AnswerFault} names). */
  public static final java.util.Set<String> AFTER_PROCESSING = java.util.Set.of("HTTP_500", "HTTP_502", "HTML_504",
      "HTML_LOGIN_PAGE", "TRUNCATED", "CUT_MID_BODY", "NON_DOCUMENT_TEXT", "EMPTY_200", "DROP", "LATE_ANSWER");

  /**
   * Does the next request of {@code step} ({@code checkout}, {@code pay}, {@code add}, {@code promo},
   * {@code reconcile}…), then answers it with {@code fault}, one of {@link #AFTER_PROCESSING}: an HTTP
   * error, an HTML page, a body that is cut or no document, a dropped connection, or an answer later than
   * the caller's {@code call-timeout} (see {@link #lateAnswerDelay()}).
   */
  public void failAfterProcessing(String step, String fault) {
    if (!AFTER_PROCESSING.contains(fault)) {
      throw new IllegalArgumentException("no such fault after processing: " + fault + "; one of " + AFTER_PROCESSING);
    }
    faults.afterProcessing(Objects.requireNonNull(step, "step == null"), fault);
  }

  /** Refuses the next request of {@code step} before doing anything, with HTTP {@code status} 503 or 429. */
  public void refuseBeforeProcessing(String step, int status) {
    faults.refuseBeforeProcessing(Objects.requireNonNull(step, "step == null"), status);
  }

  /** Returns how many faults after or before processing are armed and not yet met. */
  public int armedFaultsLeft() {
    return faults.armedLeft();
  }

  /** Makes the next request that creates nothing (a reconcile, a status, a list) unreadable after it is done. */
  public void spoilNextRead() {
    faults.spoilNextRead();
  }

  /** Returns how long a {@code LATE_ANSWER} answer waits (300 ms). */
  public Duration lateAnswerDelay() {
    return faults.lateAnswerDelay();
  }

  /** Clears every armed fault. */
  public void clearFaults() {
    faults.clear();
  }

  /** Clears the faults, the orders and the request counter; the balance is set to {@code balance}. */
  public void reset(BigDecimal balance) {
    faults.clear();
    ledger.clear(balance);
    requests.set(0);
  }

  @Override
  public String toString() {
    return "MemoryAccount{" + name + ", orders=" + ledger.size() + ", requests=" + requests.get() + '}';
  }

  /**
   * Plays the fault {@code fault} on the answer to {@code request}, whose work is done: what an HTTP
   * provider's client would make of it under core's {@link AnswerRule}, so that this reference provider
   * answers the way every provider must (outcome unknown for a committing step, transient for a reading
   * one). A late answer within the caller's time-out is simply late.
   */
  private void afterProcessing(MemoryRequest request, String fault, long start, long deadline) {
    AnswerRule.Request r = rule(request);
    switch (fault) {
      case "DROP", "CUT_MID_BODY" -> throw AnswerRule.io(new java.io.EOFException(
          "connection closed " + (fault.equals("DROP") ? "before the answer" : "in the middle of the answer")
          + " (injected)"), r);
      case "LATE_ANSWER" -> {
        long due = start + faults.lateAnswerDelay().toNanos();
        sleepUntil(Math.min(due, deadline));
        if (due > deadline) {
          throw AnswerRule.io(new java.net.SocketTimeoutException("no answer within the call-timeout of "
              + request.timeout().toMillis() + " ms"), r);
        }
      }
      case "HTTP_500" -> throw answered(request, 500, "text/plain", "internal server error (injected)");
      case "HTTP_502" -> throw answered(request, 502, "text/plain", "bad gateway (injected)");
      case "HTML_504" -> throw answered(request, 504, "text/html", "<html><body>504 Gateway Time-out</body></html>");
      case "HTML_LOGIN_PAGE" -> throw answered(request, 200, "text/html", "<html><body><form>login</form></body></html>");
      default -> throw AnswerRule.unrecognised(r, 200, "HTTP 200 with " + fault.toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ') + " (injected)");
    }
  }

  /** Returns the typed error of an answer the account's "document" does not give, by core's one rule. */
  private static io.hostorder.core.error.HostorderException answered(MemoryRequest request, int status,
      String contentType, String body) {
    return ANSWERS.undocumented(rule(request), new HttpAnswer(status, contentType, body));
  }

  private static AnswerRule.Request rule(MemoryRequest request) {
    return new AnswerRule.Request(request.creates() ? RequestKind.COMMITTING : RequestKind.READING,
        request.reference(), request.step(), request.ids());
  }

  private static void sleepUntil(long nanoTime) {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      try {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns the ledger, for the provider in this package. */
  MemoryLedger ledger() {
    return ledger;
  }

  /**
   * Runs one request: counts it, checks the credentials, lets the armed faults act, then does
   * {@code work}. When {@code creates} and an answer loss is armed, the work is done and its answer lost.
   */
  <T> T request(MemoryRequest request, Supplier<T> work) {
    requests.incrementAndGet();
    // The request's toString names the step and reference, never the password.
    WIRE.debug("--> memory account {}: {}", name, request);
    long start = System.nanoTime();
    long deadline = start + request.timeout().toNanos();
    faults.beforeWork(deadline, request.timeout(), request.creates(), request.reference(), request.step(),
        request.ids());
    int refusal = faults.takeBefore(request.step());
    if (refusal != 0) {
      WIRE.debug("<-- memory account {}: {} refused with {} before processing (injected)", name, request.step(), refusal);
      throw answered(request, refusal, "text/plain", "refused before processing (injected)");
    }
    if (!password.equals(request.password())) {
      // Never echo what was sent: it is a secret even when it is wrong.
      throw new AuthenticationException("memory account '" + name + "' refused the credentials");
    }
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      WIRE.debug("<-- memory account {}: {} failed: {}", name, request.step(), e.getMessage());
      throw e;
    }
    WIRE.debug("<-- memory account {}: {} done", name, request.step());
    faults.beforeAnswer(start, deadline, request.timeout(), request.creates(), request.reference(), request.step(),
        request.ids());
    String after = faults.takeAfter(request.step());
    if (after != null) {
      WIRE.debug("<-- memory account {}: {} done, answered {} (injected)", name, request.step(), after);
      afterProcessing(request, after, start, deadline);
      return result;
    }
    if (faults.takeSpoiledRead(request.creates())) {
      throw answered(request, 500, "text/plain", "internal error after processing (injected)");
    }
    if (request.creates() && faults.takeDropAfterCommit()) {
      throw new io.hostorder.core.error.OutcomeUnknownException(request.reference(), request.step(), request.ids(),
          new java.io.EOFException("connection closed before the answer (injected)"));
    }
    return result;
  }
}
