package io.hostorder.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link SimulatedApi} over HTTP/1.1 on 127.0.0.1 with {@link Faults} applied, and counts the
 * requests it receives. Start it with {@link #start(int)}; close it when done. Safe for concurrent use.
 *
 * <p>A server of the JDK alone (no test library on the class path): connections are kept alive and
 * served one thread each from a cached pool, answers are written in one piece with TCP_NODELAY set (no
 * Nagle delay), and a request it cannot read (a malformed request line, header field, {@code
 * Content-Length} or chunk) is refused with a 4xx and its connection closed, never reaching the API.
 *
 * <p>Its memory does not grow with the requests it serves: it keeps the last {@link #history()} requests
 * ({@value #DEFAULT_HISTORY} unless set).
 */
public final class SimulatorServer implements AutoCloseable {
  /** How many received requests a server keeps unless told otherwise. */
  public static final int DEFAULT_HISTORY = 1_000;
  /** The most connections served at once; a connection beyond is closed at once. */
  static final int MAX_CONNECTIONS = 1_024;
  /** How long a kept-alive connection may wait for its next request (OkHttp keeps idle ones 5 minutes). */
  static final int IDLE_MILLIS = 6 * 60 * 1000;

  private final SimulatedApi api;
  private final int history;
  private final Faults faults = new Faults();
  private final AtomicInteger requests = new AtomicInteger();
  private final Deque<ReceivedRequest> received = new ArrayDeque<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger threads = new AtomicInteger();
  private volatile ServerSocket listener;
  private volatile ThreadPoolExecutor pool;
  private volatile Thread acceptor;
  private volatile boolean closed;

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
  }

  /**
   * Starts listening on 127.0.0.1 at {@code port} (0 picks a free port).
   *
   * @throws UncheckedIOException when the port cannot be bound
   * @throws IllegalStateException when already started or closed
   */
  public synchronized SimulatorServer start(int port) {
    if (listener != null || closed) {
      throw new IllegalStateException(closed ? "closed" : "already started");
    }
    ServerSocket socket;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start simulator on 127.0.0.1:" + port, e);
    }
    int bound = socket.getLocalPort();
    pool = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
      Thread thread = new Thread(task, "simulator-" + bound + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    listener = socket;
    Thread thread = new Thread(() -> accept(socket), "simulator-" + bound + "-accept");
    thread.setDaemon(true);
    acceptor = thread;
    thread.start();
    return this;
  }

  /**
   * Returns the port this server listens on.
   *
   * @throws IllegalStateException when not started
   */
  public int port() {
    ServerSocket socket = listener;
    if (socket == null) {
      throw new IllegalStateException("not started");
    }
    return socket.getLocalPort();
  }

  /**
   * Returns the URI of {@code path} on this server, e.g. {@code url("/billmgr")} is {@code
   * http://127.0.0.1:PORT/billmgr}; a path without a leading {@code /} gets one. It may carry a query.
   *
   * @throws IllegalStateException when not started
   * @throws IllegalArgumentException when {@code path} is no valid URI path
   */
  public URI url(String path) {
    Objects.requireNonNull(path, "path == null");
    return URI.create(origin() + (path.startsWith("/") ? path : "/" + path));
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

  private String origin() {
    return "http://127.0.0.1:" + port();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(connection);
      if (closed) {
        closeQuietly(connection);
        return;
      }
      try {
        pool.execute(() -> serve(connection));
      } catch (RejectedExecutionException full) {
        closeQuietly(connection);
      }
    }
  }

  /** Serves the requests of one connection until it closes, a fault ends it, or a request cannot be read. */
  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = socket.getOutputStream();
      String origin = origin();
      while (!closed) {
        Http1.Head head;
        byte[] body;
        try {
          head = Http1.readHead(in);
          if (head == null) {
            return;
          }
          body = Http1.readBody(head, in, out);
        } catch (Http1.Refused refused) {
          Http1.refuse(out, refused);
          lingeringClose(socket, in);
          return;
        }
        boolean keepAlive = head.keepAlive();
        Outcome outcome;
        try {
          outcome = answer(new SimulatedRequest(head.method(), head.target(), head.headers(), body, origin));
        } catch (RuntimeException defect) {
          // Not an answer of the simulated API: a defect of the simulator, made visible instead of a lost answer.
          SimulatedAnswer visible = SimulatedAnswer.text(500, "simulator defect: " + defect);
          Http1.write(out, visible, visible.bodySize(), visible.bodySize(), true);
          return;
        }
        switch (outcome.kind()) {
          case SILENT -> {
            // Accepted, never answered: wait until the client gives up or the server closes.
            socket.setSoTimeout(0);
            byte[] sink = new byte[1024];
            while (in.read(sink) >= 0) {
              // ignored
            }
            return;
          }
          case DROP -> {
            return;
          }
          case CUT_MID_BODY -> {
            SimulatedAnswer real = outcome.answer();
            int size = real.bodySize();
            if (size > 0) {
              // Headers promise the whole body; its first half (rounded up) comes, then the close.
              Http1.write(out, real, size, size - size / 2, false);
              return;
            }
            // An empty body has no middle to cut: the answer is whole and the connection stays.
            Http1.write(out, real, 0, 0, !keepAlive);
            if (!keepAlive) {
              return;
            }
          }
          default -> {
            sleep(outcome.headersDelayMillis());
            boolean head0 = head.method().equals("HEAD");
            SimulatedAnswer answer = outcome.answer();
            Http1.write(out, answer, answer.bodySize(), head0 ? 0 : answer.bodySize(), !keepAlive);
            if (!keepAlive) {
              return;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The client went away, a read timed out, or the server is closing: the connection ends.
    } finally {
      closeQuietly(socket);
    }
  }

  private Outcome answer(SimulatedRequest request) {
    ReceivedRequest copy = new ReceivedRequest(request.method(), request.target(), request.headers(),
        request.bodyText());
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
      return Outcome.silent();
    }
    sleep(faults.latency().toMillis());
    List<String> operations = api.operations(request);
    int failure = faults.takeServerStatus(operations);
    if (failure != 0) {
      return Outcome.answer(SimulatedAnswer.text(failure, failure == 503 ? "simulated fault: service unavailable"
          : "simulated fault: HTTP " + failure));
    }
    int refusal = faults.takeBefore(operations);
    if (refusal != 0) {
      SimulatedAnswer refused = SimulatedAnswer.text(refusal, refusal == 429
          ? "simulated fault: too many requests, not processed"
          : "simulated fault: service unavailable, not processed");
      return Outcome.answer(refusal == 429 ? refused.withHeader("Retry-After", "1") : refused);
    }
    SimulatedAnswer response = api.handle(request);
    if (response == null) {
      throw new IllegalStateException(api.getClass().getName() + ".handle() answered null to " + request);
    }
    AfterProcessing after = faults.takeAfter(operations);
    if (after != null) {
      return FaultAnswers.after(after, response, faults.lateAnswerDelay());
    }
    if (faults.takeMalformed(operations)) {
      // Processed; the answer is replaced by a truncated, non-JSON body.
      return Outcome.answer(SimulatedAnswer.json(200, "{\"simulated fault\": [<html>truncated"));
    }
    if (faults.takeDrop(operations)) {
      // The request was processed: its effects stay. Only the answer is lost.
      return Outcome.drop();
    }
    return Outcome.answer(response);
  }

  /**
   * Ends the output, then reads what the client still sends for a moment before closing: closing with
   * unread bytes would reset the connection, and the client could lose the refusal it was sent.
   */
  private static void lingeringClose(Socket socket, InputStream in) {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(1_000);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      byte[] sink = new byte[8192];
      long drained = 0;
      int n;
      while (System.nanoTime() < deadline && drained < 4 * Http1.MAX_BODY && (n = in.read(sink)) >= 0) {
        drained += n;
      }
    } catch (IOException e) {
      // closing anyway
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

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** Stops listening and closes every open connection; requests in flight end without an answer. */
  @Override
  public void close() {
    closed = true;
    ServerSocket socket = listener;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    Thread thread = acceptor;
    if (thread != null && thread != Thread.currentThread()) {
      try {
        // The port is released only once the thread blocked in accept() has left it.
        thread.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Socket connection : open) {
      closeQuietly(connection);
    }
    ThreadPoolExecutor p = pool;
    if (p != null) {
      p.shutdownNow();
    }
  }
}
