package io.hostorder.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Serves a {@link SimulatedApi} over HTTP on 127.0.0.1 with {@link Faults} applied, and counts the
 * requests it receives. Start it with {@link #start(int)}; close it when done.
 *
 * <p>Its memory does not grow with the requests it serves: it keeps the last {@link #history()}
 * requests ({@value #DEFAULT_HISTORY} unless set), and takes every request MockWebServer records out of
 * MockWebServer's own queue, which would otherwise keep them all.
 */
public final class SimulatorServer implements AutoCloseable {
  /** How many received requests a server keeps unless told otherwise. */
  public static final int DEFAULT_HISTORY = 1_000;

  private final SimulatedApi api;
  private final int history;
  private final Faults faults = new Faults();
  private final AtomicInteger requests = new AtomicInteger();
  private final Deque<ReceivedRequest> received = new ArrayDeque<>();
  private final MockWebServer server = new MockWebServer();

  /** Serves {@code api}, keeping the last {@value #DEFAULT_HISTORY} requests. */
  public SimulatorServer(SimulatedApi api) {
    this(api, DEFAULT_HISTORY);
  }

  /** Serves {@code api}, keeping the last {@code history} requests (0 keeps none, only the count). */
  public SimulatorServer(SimulatedApi api, int history) {
    this.api = Objects.requireNonNull(api, "api == null");
    if (history < 0) {
      throw new IllegalArgumentException("history < 0: " + history);
    }
    this.history = history;
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
  }

  /** Starts listening on 127.0.0.1 at {@code port} (0 picks a free port). */
  public SimulatorServer start(int port) {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start simulator on 127.0.0.1:" + port, e);
    }
    return this;
  }

  /** Returns the URL of {@code path} on this server, e.g. {@code url("/billmgr")}. */
  public HttpUrl url(String path) {
    return server.url(path);
  }

  /** Returns the fault injection of this server. */
  public Faults faults() {
    return faults;
  }

  /** Returns how many requests reached this server since it started or since {@link #resetCount}. */
  public int requestCount() {
    return requests.get();
  }

  /** Returns how many received requests this server keeps for {@link #requests()}. */
  public int history() {
    return history;
  }

  /**
   * Returns a snapshot of the last {@link #history()} requests this server received, in arrival order,
   * since it started or since {@link #resetCount} (faulted ones included); older ones are forgotten,
   * {@link #requestCount()} still counts them.
   */
  public List<ReceivedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Sets the request count back to zero and forgets the received requests. */
  public void resetCount() {
    synchronized (received) {
      requests.set(0);
      received.clear();
    }
  }

  private MockResponse answer(RecordedRequest request) {
    forgetRecorded();
    ReceivedRequest copy = new ReceivedRequest(request.getMethod() == null ? "" : request.getMethod(),
        request.getPath() == null ? "" : request.getPath(), request.getHeaders(),
        request.getBody().clone().readUtf8());
    synchronized (received) {
      requests.incrementAndGet();
      if (history > 0) {
        if (received.size() >= history) {
          received.removeFirst();
        }
        received.addLast(copy);
      }
    }
    if (faults.silent()) {
      return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }
    sleep(faults.latency().toMillis());
    List<String> operations = api.operations(request);
    int failure = faults.takeServerStatus(operations);
    if (failure != 0) {
      return new MockResponse().setResponseCode(failure)
          .setHeader("Content-Type", "text/plain; charset=UTF-8")
          .setBody(failure == 503 ? "simulated fault: service unavailable"
              : "simulated fault: HTTP " + failure);
    }
    int refusal = faults.takeBefore(operations);
    if (refusal != 0) {
      MockResponse refused = new MockResponse().setResponseCode(refusal)
          .setHeader("Content-Type", "text/plain; charset=UTF-8")
          .setBody(refusal == 429 ? "simulated fault: too many requests, not processed"
              : "simulated fault: service unavailable, not processed");
      return refusal == 429 ? refused.setHeader("Retry-After", "1") : refused;
    }
    MockResponse response = api.handle(request);
    AfterProcessing after = faults.takeAfter(operations);
    if (after != null) {
      return FaultAnswers.after(after, response, faults.lateAnswerDelay());
    }
    if (faults.takeMalformed(operations)) {
      // Processed; the answer is replaced by a truncated, non-JSON body.
      return new MockResponse().setResponseCode(200)
          .setHeader("Content-Type", "application/json; charset=UTF-8")
          .setBody("{\"simulated fault\": [<html>truncated");
    }
    if (faults.takeDrop(operations)) {
      // The request was processed: its effects stay. Only the answer is lost.
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    return response;
  }

  /**
   * Empties MockWebServer's queue of recorded requests (it adds every request, and a failed one, before
   * dispatching it, and keeps them until taken): this server keeps its own bounded history instead.
   */
  private void forgetRecorded() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // dropped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
