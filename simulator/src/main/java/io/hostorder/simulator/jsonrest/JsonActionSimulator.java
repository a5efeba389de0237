package io.hostorder.simulator.jsonrest;

import io.hostorder.simulator.Faults;
import io.hostorder.simulator.ReceivedRequest;
import io.hostorder.simulator.SimulatorServer;
import io.hostorder.simulator.jsonrest.JsonSettings.OperatingSystem;
import io.hostorder.simulator.jsonrest.Ledger.OrderState;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A stateful simulator of the JSON action API ({@code order_create}, {@code order_status}, {@code
 * order_list}, {@code order_cancel}, {@code server_list}), written from its document: one endpoint,
 * HTTP Basic or {@code X-Account-Token} authentication, orders with items, a credit balance that makes
 * {@code order_create} ask for payment when exceeded, non-2xx errors. Serves HTTP on 127.0.0.1; see
 * {@code docs/simulator-jsonrest.md}.
 *
 * <p>Create one with {@link #builder()}, then {@link Builder#start()}; {@link #close()} it when done.
 * Safe for concurrent use.
 */
public final class JsonActionSimulator implements AutoCloseable {
  private final JsonSettings settings;
  private final ActionApi api;
  private final SimulatorServer server;

  private JsonActionSimulator(JsonSettings settings) {
    this.settings = settings;
    this.api = new ActionApi(settings);
    this.server = new SimulatorServer(api, settings.history());
  }

  /** Returns a builder with the default credentials, catalogue and credit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the URL of the API endpoint, e.g. {@code http://127.0.0.1:4711/api}. */
  public URI endpoint() {
    return server.url(settings.path());
  }

  /**
   * Returns the URL to configure as the client's base URL: the endpoint itself (the API has one
   * endpoint; the real one is {@code https://my.klikk.com/api}).
   */
  public URI baseUrl() {
    return endpoint();
  }

  /** Returns the user name accepted with HTTP Basic. */
  public String username() {
    return settings.user();
  }

  /** Returns the password accepted with HTTP Basic. */
  public String password() {
    return settings.password();
  }

  /** Returns the token accepted in the {@code X-Account-Token} header. */
  public String token() {
    return settings.token();
  }

  /** Returns the credit left on the profile. */
  public BigDecimal credit() {
    synchronized (api.lock()) {
      return api.ledger().credit();
    }
  }

  /** Sets the credit of the profile; an order costing more asks for payment. */
  public void setCredit(BigDecimal credit) {
    Objects.requireNonNull(credit, "credit == null");
    synchronized (api.lock()) {
      api.ledger().credit(credit);
    }
  }

  /** Returns a snapshot of every order, in creation order. */
  public List<JsonOrder> orders() {
    synchronized (api.lock()) {
      api.ledger().tick();
      return api.ledger().orders().stream().map(OrderState::snapshot).toList();
    }
  }

  /** Returns a snapshot of order {@code orderId}, or empty. */
  public Optional<JsonOrder> order(long orderId) {
    synchronized (api.lock()) {
      api.ledger().tick();
      return api.ledger().order(orderId).map(OrderState::snapshot);
    }
  }

  /**
   * Sets the status code and message that {@code order_status} reports for item {@code itemId} (to
   * play provisioning, failures or codes a client does not know).
   *
   * @throws NoSuchElementException when there is no such item
   */
  public void setItemStatus(long itemId, int status, String message) {
    Objects.requireNonNull(message, "message == null");
    synchronized (api.lock()) {
      OrderState order = api.ledger().orderOfItem(itemId)
          .orElseThrow(() -> new NoSuchElementException("no item " + itemId));
      api.ledger().setItemStatus(order, itemId, status, message);
    }
  }

  /**
   * Sets the status code and message that {@code order_status} reports for the order itself.
   *
   * @throws NoSuchElementException when there is no such order
   */
  public void setOrderStatus(long orderId, int status, String message) {
    Objects.requireNonNull(message, "message == null");
    synchronized (api.lock()) {
      OrderState order = api.ledger().order(orderId)
          .orElseThrow(() -> new NoSuchElementException("no order " + orderId));
      order.status = status;
      order.message = message;
    }
  }

  /**
   * Pays invoice {@code invoiceId} (as the customer would, outside the API): its order and items are
   * then reported as being processed and appear in {@code server_list}.
   *
   * @throws NoSuchElementException when there is no such invoice
   */
  public void payInvoice(long invoiceId) {
    synchronized (api.lock()) {
      OrderState order = api.ledger().orderOfInvoice(invoiceId)
          .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceId));
      api.ledger().pay(order);
    }
  }

  /**
   * Moves the simulator's clock forward by {@code duration}: servers whose activation delay has then passed
   * are active (a test need not sleep through the delay).
   */
  public void advanceClock(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration is negative: " + duration);
    }
    synchronized (api.lock()) {
      api.ledger().advance(duration);
    }
  }

  /**
   * Makes every server active now, whatever is left of its activation delay: items still being processed
   * turn to the active code and message, and server_list shows their addresses. Items awaiting payment, and
   * items whose status was set to something else, stay as they are.
   */
  public void activateNow() {
    synchronized (api.lock()) {
      api.ledger().activateAll();
    }
  }

  /**
   * Makes the server of item {@code itemId} active now (see {@link #activateNow()}).
   *
   * @throws NoSuchElementException when there is no such item
   */
  public void activate(long itemId) {
    synchronized (api.lock()) {
      OrderState order = api.ledger().orderOfItem(itemId)
          .orElseThrow(() -> new NoSuchElementException("no item " + itemId));
      api.ledger().activate(order, itemId);
    }
  }

  /**
   * Returns the last requests received (as many as {@link Builder#history(int)}, 1,000 unless set), in
   * arrival order, faulted ones included.
   */
  public List<ReceivedRequest> requests() {
    return server.requests();
  }

  /** Returns how many requests were received. */
  public int requestCount() {
    return server.requestCount();
  }

  /**
   * Returns the fault injection; operation names are the {@code action} values ({@code
   * "order_create"}, …), or {@code "invalid"} for a body without one.
   */
  public Faults faults() {
    return server.faults();
  }

  /** Forgets every order, invoice, request and fault, and restores the initial credit and ids. */
  public void reset() {
    api.reset();
    server.resetCount();
    server.faults().reset();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Configures a {@link JsonActionSimulator}. Not safe for concurrent use. */
  public static final class Builder {
    private String path = "/api";
    private String user = "api-user";
    private String password = "api-password";
    private String token = "sim-token-0123456789abcdef";
    private final Map<Integer, OperatingSystem> systems = new LinkedHashMap<>();
    private final Set<String> products = new LinkedHashSet<>(List.of("VPS"));
    private String currency = "EUR";
    private BigDecimal credit = new BigDecimal("1000.00");
    private long seed = 1;
    private long firstOrderId = 73;
    private long firstItemId = 1293;
    private long firstInvoiceId = 9001;
    private PaymentAnswerShape paymentAnswer = PaymentAnswerShape.HTTP_402_WITH_ORDER;
    private Duration activationDelay = Duration.ofSeconds(60);
    private int activeStatus = 200;
    private String activeMessage = "Active";
    private int history = SimulatorServer.DEFAULT_HISTORY;

    private Builder() {
      os(1, "Debian", "10.4", "11", "12");
      os(2, "Ubuntu", "20.04", "22.04", "24.04");
      os(3, "AlmaLinux", "8", "9");
      os(4, "Rocky Linux", "8", "9");
    }

    /** Sets the endpoint's path (default {@code /api}). */
    public Builder path(String path) {
      Objects.requireNonNull(path, "path == null");
      this.path = path.startsWith("/") ? path : "/" + path;
      return this;
    }

    /** Sets the user name and password accepted with HTTP Basic. */
    public Builder credentials(String user, String password) {
      this.user = Objects.requireNonNull(user, "user == null");
      this.password = Objects.requireNonNull(password, "password == null");
      return this;
    }

    /** Sets the token accepted in {@code X-Account-Token}. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /** Adds (or replaces) operating system number {@code id} named {@code name} with its versions. */
    public Builder os(int id, String name, String... versions) {
      systems.put(id, new OperatingSystem(id, Objects.requireNonNull(name, "name == null"),
          List.of(versions)));
      return this;
    }

    /** Adds a product name that {@code product.name} may give (default: {@code VPS} only). */
    public Builder product(String name) {
      products.add(Objects.requireNonNull(name, "name == null"));
      return this;
    }

    /** Sets the currency of prices and invoices (default {@code EUR}). */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency == null");
      return this;
    }

    /** Sets the initial credit (default 1000.00). */
    public Builder credit(BigDecimal credit) {
      this.credit = Objects.requireNonNull(credit, "credit == null");
      return this;
    }

    /** Sets the seed of generated addresses (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the first order, item and invoice ids (default 73, 1293, 9001, as in the document). */
    public Builder firstIds(long orderId, long itemId, long invoiceId) {
      this.firstOrderId = orderId;
      this.firstItemId = itemId;
      this.firstInvoiceId = invoiceId;
      return this;
    }

    /**
     * Sets how {@code order_create} asks for payment when the credit is short (default {@link
     * PaymentAnswerShape#HTTP_402_WITH_ORDER}); the document shows no such answer, so each plausible shape
     * can be played. The order and its invoice are created in every shape.
     */
    public Builder paymentAnswer(PaymentAnswerShape shape) {
      this.paymentAnswer = Objects.requireNonNull(shape, "shape == null");
      return this;
    }

    /**
     * Sets how long after an order is paid (from credit at once, or by {@code payInvoice}) its servers
     * become active (default 60 s, on the wall clock moved by {@link JsonActionSimulator#advanceClock}); zero
     * makes them active at once.
     */
    public Builder activationDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay is negative: " + delay);
      }
      this.activationDelay = delay;
      return this;
    }

    /**
     * Sets the status code and message order_status reports for an item whose server is active (default 200
     * and {@code "Active"}; the document does not say, so this is the simulator's choice), and for the order
     * once all its items not cancelled are active.
     */
    public Builder activeStatus(int code, String message) {
      this.activeStatus = code;
      this.activeMessage = Objects.requireNonNull(message, "message == null");
      return this;
    }

    /**
     * Sets how much the simulator remembers (default {@value SimulatorServer#DEFAULT_HISTORY}): the last
     * {@code history} requests for {@link JsonActionSimulator#requests()}, and the {@code product.options} of
     * the last {@code history} orders. Older orders keep their ids, reference, statuses, messages, names,
     * prices and addresses, and show empty options; so the memory of a long run stays flat.
     */
    public Builder history(int history) {
      if (history < 0) {
        throw new IllegalArgumentException("history < 0: " + history);
      }
      this.history = history;
      return this;
    }

    /** Starts the simulator on a free port of 127.0.0.1. */
    public JsonActionSimulator start() {
      return start(0);
    }

    /** Starts the simulator on {@code port} of 127.0.0.1 (0 picks a free port). */
    public JsonActionSimulator start(int port) {
      JsonSettings settings = new JsonSettings(path, user, password, token, Map.copyOf(systems),
          Set.copyOf(products), currency, credit, seed, firstOrderId, firstItemId, firstInvoiceId, paymentAnswer,
          activationDelay, activeStatus, activeMessage, history);
      JsonActionSimulator simulator = new JsonActionSimulator(settings);
      simulator.server.start(port);
      return simulator;
    }
  }
}
