package io.hostorder.simulator.hostway;

import io.hostorder.simulator.Faults;
import io.hostorder.simulator.ReceivedRequest;
import io.hostorder.simulator.SimulatorServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A stateful simulator of Hostway's OrderAPI, written from its document: orders owned through the
 * {@code OwnerId} cookie, a new or existing account, products from a catalogue of offerings, services
 * with the server service first and its children related to it, {@code validate} and {@code submit},
 * and the documented error template. Serves HTTP on 127.0.0.1; see {@code docs/simulator-hostway.md}.
 *
 * <p>Create one with {@link #builder()}, then {@link Builder#start()}; {@link #close()} it when done.
 * Safe for concurrent use.
 */
public final class HostwaySimulator implements AutoCloseable {
  /**
   * The order status {@code GET /orders/{id}} answers, before and after submit: the only order status the
   * OrderAPI documents. A submitted order's progress is its products' status ({@code pending}, then
   * {@code open}).
   */
  public static final String STATUS_NEW = "new";
  /** How long a submitted product stays {@code pending} before it is {@code open}, unless set. */
  public static final Duration DEFAULT_ACTIVATION_DELAY = Duration.ofSeconds(2);

  /** The document's order id, handed out first by {@link Builder#documentIds()}. */
  public static final String DOCUMENT_ORDER_ID = "00000143d407b34742ee26ae007f000000010001";
  /** The document's product id. */
  public static final String DOCUMENT_PRODUCT_ID = "00000143d407b725d9eb9a41007f000000010001";
  /** The document's {@code OwnerId} cookie value. */
  public static final String DOCUMENT_OWNER_ID = "09185e9b-2ea0-4bef-950e-fc9f8b89861f";
  /** The document's service ids, in the order its seven services are created. */
  public static final List<String> DOCUMENT_SERVICE_IDS = List.of(
      "00000143d407b34742ed9lker8007f000000010001", "00000143d407bea7e2b84d37001f000000010001",
      "00000288d407bcc7e2f81d39009f000000010001", "00000255d407bec6e2c84117001d000000010001",
      "00000143c2546caa7e2b84d37001f000000010001", "00000453c2547fae902b84d37001d000000010001",
      "00000199a2947fac902b11d37001d000000010001");

  private final HostwaySettings settings;
  private final HostwayApi api;
  private final SimulatorServer server;

  private HostwaySimulator(HostwaySettings settings) {
    this.settings = settings;
    this.api = new HostwayApi(settings);
    this.server = new SimulatorServer(api, settings.history());
  }

  /** Returns a builder with the document's catalogue, account {@code acct123456} and no credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL of the API, ending in {@code /} (e.g. {@code http://127.0.0.1:4711/}). */
  public URI baseUrl() {
    return server.url("/");
  }

  /** Returns the credentials this simulator demands on every request. */
  public HostwayAuth auth() {
    return settings.auth();
  }

  /** Returns the promo codes this simulator accepts on products and services. */
  public Set<String> promoCodes() {
    return settings.promoCodes();
  }

  /** Returns a snapshot of every order, in creation order. */
  public List<HostwayOrder> orders() {
    synchronized (api.lock()) {
      return api.book().snapshots();
    }
  }

  /** Returns a snapshot of order {@code id}, or empty when there is none. */
  public Optional<HostwayOrder> order(String id) {
    synchronized (api.lock()) {
      return api.book().snapshot(id);
    }
  }

  /** Returns how many orders were submitted ({@code {"action":"submit"}} answered 202). */
  public int submittedCount() {
    synchronized (api.lock()) {
      return api.book().submittedCount();
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
   * Returns the fault injection. Operation names: {@code "POST /orders"}, {@code "GET /orders/{id}"},
   * {@code "PUT /orders/{id}/account"}, {@code "POST /orders/{id}/account/products"}, {@code "POST
   * /orders/{id}/account/products/{pid}/services"}, {@code "PUT …/services/{sid}"}, {@code "POST
   * /orders/{id}/action"}; also the action ({@code "submit"}, {@code "validate"}) and, for a service,
   * its specification id (e.g. {@code "core.vps.virtuozzo.ip"}).
   */
  public Faults faults() {
    return server.faults();
  }

  /**
   * Opens every product that is {@code pending} now, whatever the activation delay (the manual hook).
   *
   * @return how many products were opened
   */
  public int activateProducts() {
    synchronized (api.lock()) {
      int n = 0;
      for (HostwayOrder o : api.book().snapshots()) {
        for (HostwayOrder.Product p : o.products()) {
          if (p.status().equals("pending")) {
            api.book().product(p.id()).orElseThrow().status("open");
            n++;
          }
        }
      }
      return n;
    }
  }

  /**
   * Sets the status of product {@code productId} to one of the documented product statuses: {@code new},
   * {@code pending}, {@code open}, {@code suspended}, {@code close_pending}, {@code closed}, {@code
   * purge_pending}. A product set to {@code pending} here stays so until set again.
   *
   * @throws IllegalArgumentException for an unknown product or status
   */
  public HostwaySimulator productStatus(String productId, String status) {
    if (!AccountView.PRODUCT_STATUSES.contains(status)) {
      throw new IllegalArgumentException("not a product status: " + status);
    }
    synchronized (api.lock()) {
      api.book().product(productId).orElseThrow(() -> new IllegalArgumentException("no product " + productId))
          .status(status);
    }
    return this;
  }

  /**
   * Sets the status of account {@code accountNumber}: {@code open}, {@code suspended} or {@code closed}. The
   * products of a suspended or closed account answer 403 "Access to closed and suspended accounts requires
   * elevated permissions".
   *
   * @throws IllegalArgumentException for an unknown account or status
   */
  public HostwaySimulator accountStatus(String accountNumber, String status) {
    if (!java.util.Set.of("open", "suspended", "closed").contains(status)) {
      throw new IllegalArgumentException("not an account status: " + status);
    }
    synchronized (api.lock()) {
      if (!api.book().accounts().containsKey(accountNumber)) {
        throw new IllegalArgumentException("no account " + accountNumber);
      }
      api.book().accounts().put(accountNumber, status);
    }
    return this;
  }

  /**
   * Makes the next {@code count} product reads ({@code GET /orders/{id}/account/products/{pid}}) answer the
   * documented {@code 502} "Unexpected backend response" (in the error template, errorType {@code
   * backendError}), without reading anything.
   */
  public HostwaySimulator failProductReads(int count) {
    api.failProductReads(count);
    return this;
  }

  /** Forgets every order, request and fault; ids start again from the seed and presets. */
  public void reset() {
    api.reset();
    server.resetCount();
    server.faults().reset();
  }

  @Override
  public void close() {
    server.close();
  }

  private HostwaySimulator start(int port) {
    server.start(port);
    api.base(server.url("/").toString());
    return this;
  }

  /** Configures a {@link HostwaySimulator}. Not safe for concurrent use. */
  public static final class Builder {
    private final Set<String> currencies = new LinkedHashSet<>(List.of("USD"));
    private final Map<String, String> accounts = new LinkedHashMap<>(Map.of("acct123456", "USD"));
    private final Map<String, String> offerings =
        new LinkedHashMap<>(Map.of("core.plan.vps.virtuozzo.u101/USD-1", "USD"));
    private final Map<String, Boolean> specifications = new LinkedHashMap<>();
    private final Set<String> promoCodes = new LinkedHashSet<>();
    private HostwayAuth auth = HostwayAuth.none();
    private boolean clientIpPermitted;
    private long seed = 1;
    private Duration activationDelay = DEFAULT_ACTIVATION_DELAY;
    private Clock clock = Clock.systemUTC();
    private int history = SimulatorServer.DEFAULT_HISTORY;
    private final List<String> presetOrders = new ArrayList<>();
    private final List<String> presetProducts = new ArrayList<>();
    private final List<String> presetServices = new ArrayList<>();
    private final List<String> presetOwners = new ArrayList<>();

    private Builder() {
      specifications.put("core.vps.virtuozzo.server.u100", true);
      for (String child : List.of("controlpanel.plesk9-10domain", "additional_memory.256mb",
          "additional_disk.10gb", "additional_bandwidth.1000gb", "ip", "powerpack")) {
        specifications.put("core.vps.virtuozzo." + child, false);
      }
    }

    /** Sets the seed of generated ids and cookies (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets how long a submitted product stays {@code pending} before it is {@code open} (default 2 s,
     * measured on the wall clock unless {@link #clock} is set; {@link Duration#ZERO} opens at submit's
     * first read). {@link HostwaySimulator#activateProducts()} opens them at once.
     */
    public Builder activationDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay < 0: " + delay);
      }
      this.activationDelay = delay;
      return this;
    }

    /** Sets the clock that measures the activation delay (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Replaces the currencies a new account may use (default {@code USD}). */
    public Builder currencies(String... currencies) {
      this.currencies.clear();
      this.currencies.addAll(List.of(currencies));
      return this;
    }

    /** Adds an existing account with its currency ({@code acct123456} in USD is there already). */
    public Builder account(String accountNumber, String currency) {
      accounts.put(Objects.requireNonNull(accountNumber, "accountNumber == null"),
          Objects.requireNonNull(currency, "currency == null"));
      return this;
    }

    /**
     * Adds the offering {@code …/productSpecifications/{specification}/offerings/{offering}} priced in
     * {@code currency} (the document's {@code core.plan.vps.virtuozzo.u101}/{@code USD-1} is there).
     */
    public Builder offering(String specification, String offering, String currency) {
      offerings.put(Objects.requireNonNull(specification, "specification == null") + "/"
          + Objects.requireNonNull(offering, "offering == null"),
          Objects.requireNonNull(currency, "currency == null"));
      return this;
    }

    /**
     * Adds a service specification; {@code server} true makes it a server service that others relate
     * to. The document's seven specifications are there already.
     */
    public Builder serviceSpecification(String id, boolean server) {
      specifications.put(Objects.requireNonNull(id, "id == null"), server);
      return this;
    }

    /** Adds promo codes accepted on products and services (none by default). */
    public Builder promoCodes(String... codes) {
      promoCodes.addAll(List.of(codes));
      return this;
    }

    /** Sets the credentials demanded on every request (default {@link HostwayAuth#none()}). */
    public Builder auth(HostwayAuth auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
      return this;
    }

    /** Lets {@code POST /orders} carry {@code clientIp} (default: refused with 400). */
    public Builder clientIpPermitted(boolean permitted) {
      this.clientIpPermitted = permitted;
      return this;
    }

    /**
     * Hands out the document's ids first: its order id, product id, {@code OwnerId} and the seven
     * service ids, so the document's requests can be replayed byte for byte.
     */
    public Builder documentIds() {
      presetOrders.add(DOCUMENT_ORDER_ID);
      presetProducts.add(DOCUMENT_PRODUCT_ID);
      presetOwners.add(DOCUMENT_OWNER_ID);
      presetServices.addAll(DOCUMENT_SERVICE_IDS);
      return this;
    }

    /**
     * Sets how much the simulator remembers (default {@value SimulatorServer#DEFAULT_HISTORY}): the last
     * {@code history} requests for {@link HostwaySimulator#requests()}, and the service {@code attributes} of
     * the last {@code history} submitted orders. Older orders keep their ids, URLs, names, statuses and
     * relations, and show empty attributes; so the memory of a long run stays flat.
     */
    public Builder history(int history) {
      if (history < 0) {
        throw new IllegalArgumentException("history < 0: " + history);
      }
      this.history = history;
      return this;
    }

    /** Starts the simulator on a free port of 127.0.0.1. */
    public HostwaySimulator start() {
      return start(0);
    }

    /** Starts the simulator on {@code port} of 127.0.0.1 (0 picks a free port). */
    public HostwaySimulator start(int port) {
      HostwaySettings settings = new HostwaySettings(Set.copyOf(currencies), Map.copyOf(accounts),
          Map.copyOf(offerings), Map.copyOf(specifications), Set.copyOf(promoCodes), auth,
          clientIpPermitted, seed, List.copyOf(presetOrders), List.copyOf(presetProducts),
          List.copyOf(presetServices), List.copyOf(presetOwners), activationDelay, clock, history);
      return new HostwaySimulator(settings).start(port);
    }
  }
}
