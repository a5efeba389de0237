package io.hostorder.simulator.billmanager;

import io.hostorder.simulator.Faults;
import io.hostorder.simulator.SimulatorServer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A stateful simulator of ISPsystem BILLmanager's order API, as a generic installation
 * ({@link Profile#BILLMANAGER}, endpoint {@code /billmgr}) or as Zomro ({@link Profile#ZOMRO},
 * endpoint {@code /}), served on 127.0.0.1. Written from the New Order API and Zomro documents and the
 * API notes; see {@code docs/simulator-billmanager.md} for credentials, prices and error types.
 *
 * <p>Start it with {@link #start(Profile)} or {@link #builder(Profile)}, point a client at
 * {@link #baseUrl()}, and close it when done. Safe for concurrent use: HTTP requests and these
 * methods all work on one state under one lock.
 */
public final class BillmanagerSimulator implements AutoCloseable {
  /** Login of the client account every simulator starts with. */
  public static final String CLIENT_LOGIN = State.CLIENT_LOGIN;
  /** Password of {@link #CLIENT_LOGIN}. */
  public static final String CLIENT_PASSWORD = State.CLIENT_PASSWORD;
  /** Login of the administrator every simulator starts with; it may act for clients with {@code su}. */
  public static final String ADMIN_LOGIN = State.ADMIN_LOGIN;
  /** Password of {@link #ADMIN_LOGIN}. */
  public static final String ADMIN_PASSWORD = State.ADMIN_PASSWORD;

  private final State state;
  private final SimulatorServer server;

  private BillmanagerSimulator(State state, int port) {
    this.state = state;
    this.server = new SimulatorServer(new Engine(state), state.history).start(port);
  }

  /** Starts a simulator of {@code profile} with the defaults (seed 0, a free port, balance 100.00). */
  public static BillmanagerSimulator start(Profile profile) {
    return builder(profile).start();
  }

  /** Returns a builder of a simulator of {@code profile}. */
  public static Builder builder(Profile profile) {
    return new Builder(Objects.requireNonNull(profile, "profile == null"));
  }

  /** Returns the profile played. */
  public Profile profile() {
    return state.profile;
  }

  /** Returns the API endpoint: {@code http://127.0.0.1:PORT/billmgr} or {@code http://127.0.0.1:PORT/}. */
  public URI baseUrl() {
    return server.url(state.profile.path());
  }

  /** Returns the HTTP server, e.g. for {@link SimulatorServer#resetCount()}. */
  public SimulatorServer server() {
    return server;
  }

  /** Returns the fault injection; aim a drop at a function with {@code dropAfterProcessing("cartorder.create.confirm")}. */
  public Faults faults() {
    return server.faults();
  }

  /** Returns how many HTTP requests reached the server (faulted ones included). */
  public int requestCount() {
    return server.requestCount();
  }

  /** Adds (or replaces) a client account with a balance of zero. */
  public BillmanagerSimulator addClient(String login, String password) {
    return addAccount(login, password, false);
  }

  /** Adds (or replaces) an administrator or reseller, which may act for clients with {@code su}. */
  public BillmanagerSimulator addAdmin(String login, String password) {
    return addAccount(login, password, true);
  }

  private BillmanagerSimulator addAccount(String login, String password, boolean admin) {
    Objects.requireNonNull(login, "login == null");
    Objects.requireNonNull(password, "password == null");
    synchronized (state) {
      state.accounts.put(login, new Account(login, password, admin));
    }
    return this;
  }

  /** Opens a session for {@code login} as {@code func=auth} would and returns its token. */
  public String openSession(String login) {
    synchronized (state) {
      account(login);
      String token = state.newToken();
      state.openSession(token, new State.Session(login, state.now(), false));
      return token;
    }
  }

  /** Registers {@code token} as a live session of {@code login} (to replay documents that show fixed tokens). */
  public BillmanagerSimulator addSession(String token, String login) {
    Objects.requireNonNull(token, "token == null");
    synchronized (state) {
      account(login);
      state.sessions.put(token, new State.Session(login, state.now(), false));
    }
    return this;
  }

  /** Ends every session now: the next request with {@code auth} gets the expiry error. */
  public BillmanagerSimulator expireSessions() {
    synchronized (state) {
      state.sessions.clear();
    }
    return this;
  }

  /** Moves the simulator's clock forward, e.g. past the one-hour session idle limit. */
  public BillmanagerSimulator advanceTime(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    synchronized (state) {
      state.clockOffset = state.clockOffset.plus(duration);
    }
    return this;
  }

  /** Returns how many sessions exist (expired ones are removed when next used). */
  public int sessionCount() {
    synchronized (state) {
      return state.sessions.size();
    }
  }

  /** Sets the personal-account balance of {@code login}. */
  public BillmanagerSimulator setBalance(String login, BigDecimal balance) {
    Objects.requireNonNull(balance, "balance == null");
    synchronized (state) {
      account(login).balance = state.money(balance);
    }
    return this;
  }

  /** Sets the balance of {@link #CLIENT_LOGIN}. */
  public BillmanagerSimulator setBalance(BigDecimal balance) {
    return setBalance(CLIENT_LOGIN, balance);
  }

  /** Returns the personal-account balance of {@code login}. */
  public BigDecimal balance(String login) {
    synchronized (state) {
      return account(login).balance;
    }
  }

  /** Sets the credit limit of {@code login}: how far below zero its balance may go. */
  public BillmanagerSimulator setCreditLimit(String login, BigDecimal limit) {
    Objects.requireNonNull(limit, "limit == null");
    synchronized (state) {
      account(login).creditLimit = state.money(limit);
    }
    return this;
  }

  /** Adds a promo code giving {@code percent} off every tariff. */
  public BillmanagerSimulator addPromoCode(String code, int percent) {
    return addPromoCode(new PromoCode(code, percent, Set.of()));
  }

  /** Adds (or replaces) a promo code. */
  public BillmanagerSimulator addPromoCode(PromoCode code) {
    Objects.requireNonNull(code, "code == null");
    synchronized (state) {
      state.promoCodes.put(code.code(), code);
    }
    return this;
  }

  /** Removes every promo code, the default ones included. */
  public BillmanagerSimulator clearPromoCodes() {
    synchronized (state) {
      state.promoCodes.clear();
    }
    return this;
  }

  /** Adds (or replaces) a tariff; its item type becomes orderable and listable. */
  public BillmanagerSimulator addTariff(Tariff tariff) {
    Objects.requireNonNull(tariff, "tariff == null");
    synchronized (state) {
      state.tariffs.put(tariff.id(), tariff);
    }
    return this;
  }

  /** Returns the tariffs on offer. */
  public List<Tariff> tariffs() {
    synchronized (state) {
      return List.copyOf(state.tariffs.values());
    }
  }

  /** Adds an SSH key id that {@code instances_ssh_keys} accepts (Zomro). */
  public BillmanagerSimulator addSshKey(String id, String name) {
    synchronized (state) {
      state.sshKeys.put(Objects.requireNonNull(id, "id == null"), Objects.requireNonNull(name, "name == null"));
    }
    return this;
  }

  /** Returns the lines now in the cart of {@code login}. */
  public List<CartItem> cart(String login) {
    synchronized (state) {
      return List.copyOf(state.cart(login).values());
    }
  }

  /** Returns every service created by a paid order, oldest first, deleted ones included (status 4). */
  public List<PlacedService> services() {
    synchronized (state) {
      Activations.settle(state);
      return List.copyOf(state.services);
    }
  }

  /** Returns the service with id {@code id} (the {@code id} of its list row), or empty. */
  public Optional<PlacedService> service(long id) {
    synchronized (state) {
      Activations.settle(state);
      return Optional.ofNullable(state.service(id));
    }
  }

  /** Returns the services created from cart line {@code lineItemId} (several when {@code order_count} > 1). */
  public List<PlacedService> servicesOfLine(long lineItemId) {
    synchronized (state) {
      Activations.settle(state);
      return state.services.stream().filter(s -> s.lineItemId() == lineItemId).toList();
    }
  }

  /** Returns the services whose {@code remoteid} is {@code remoteid}. */
  public List<PlacedService> servicesWithRemoteid(String remoteid) {
    synchronized (state) {
      Activations.settle(state);
      return state.services.stream().filter(s -> remoteid.equals(s.remoteid())).toList();
    }
  }

  /** Returns how many orders were paid (each successful confirm or {@code skipbasket=on} counts once). */
  public int confirmedOrders() {
    synchronized (state) {
      return state.confirmedOrders;
    }
  }

  /**
   * Finishes the activation of every processing service now, whatever the {@linkplain #activationDelay
   * activation delay}: status 2, {@code item_status} "Active", an address in {@code ip}, instance status
   * {@code active}.
   */
  public BillmanagerSimulator activateServices() {
    synchronized (state) {
      Activations.activateAll(state);
    }
    return this;
  }

  /**
   * Sets how long after its creation a service becomes active (status 2, with an address), measured on the
   * simulator's clock (wall-clock time plus {@link #advanceTime}), and evaluated whenever the state is read.
   * Until then it is processing: status 5, {@code item_status} "Processing" ({@code $orig} {@code 5_open}),
   * on Zomro "Activation in progress" and instance status {@code creating}. {@code Duration.ZERO} activates at
   * once. Unless set (here or on the {@link Builder}), services stay processing until {@link #activateServices()}.
   */
  public BillmanagerSimulator activationDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay < 0: " + delay);
    }
    synchronized (state) {
      state.activationDelay = delay;
    }
    return this;
  }

  /**
   * Deletes service {@code id} as the host would: it stays listed with status 4 ("Deleted"; API notes: "deleted
   * services stay listed with status 4") and its address is released.
   *
   * @throws IllegalArgumentException when there is no service {@code id}
   */
  public BillmanagerSimulator deleteService(long id) {
    synchronized (state) {
      if (!Activations.delete(state, id)) {
        throw new IllegalArgumentException("no service " + id);
      }
    }
    return this;
  }

  /**
   * Sets whether list rows carry {@code createdate} twice (default false): an array of two values in JSON, two
   * elements in XML, as real hosts send it (API notes).
   */
  public BillmanagerSimulator createdateTwice(boolean twice) {
    synchronized (state) {
      state.createdateTwice = twice;
    }
    return this;
  }

  /**
   * Sets whether every error also carries the obsolete {@code code="1"} ({@code "$code": "1"} in JSON) beside
   * {@code type} (default false; API notes: "errors may carry the old code="1" beside type=").
   */
  public BillmanagerSimulator legacyErrorCode(boolean legacy) {
    synchronized (state) {
      state.legacyErrorCode = legacy;
    }
    return this;
  }

  /**
   * Renames the list function of {@code itemType} to {@code func}, e.g. {@code listFunction("vds", "vds.vps")}
   * (API notes: on some hosts the VPS list is not {@code vds}): {@code func=vds.vps} lists and
   * {@code vds.vps.filter} filters, while {@code func=vds} answers {@code missed} / {@code func}. Renaming to
   * {@code itemType} itself undoes it.
   */
  public BillmanagerSimulator listFunction(String itemType, String func) {
    Objects.requireNonNull(itemType, "itemType == null");
    Objects.requireNonNull(func, "func == null");
    synchronized (state) {
      if (func.equals(itemType)) {
        state.listFunctions.remove(itemType);
      } else {
        state.listFunctions.put(itemType, func);
      }
    }
    return this;
  }

  /**
   * Answers the next request of {@code func} "in process" (API notes: some operations answer with a plain string
   * holding a {@code long…} URL): the request is processed as usual (the line is added, the order paid), but the
   * answer is HTTP 200 {@code text/plain} {@code long:<endpoint>?func=long&elid=TOKEN&out=OUT} (out as the
   * request sent it). Fetching that URL, by GET or POST with the same authentication as any call, answers the
   * same text {@code pendingFetches} times, then the document the operation produced (an error document too).
   * An unknown or another client's {@code elid} answers {@code missed} / {@code elid}. Several calls arm several
   * requests, in order.
   */
  public BillmanagerSimulator answerInProcess(String func, int pendingFetches) {
    Objects.requireNonNull(func, "func == null");
    if (pendingFetches < 0) {
      throw new IllegalArgumentException("pendingFetches < 0: " + pendingFetches);
    }
    synchronized (state) {
      state.inProcess.arm(func, pendingFetches);
    }
    return this;
  }

  /** As {@link #answerInProcess(String, int)} with one pending fetch. */
  public BillmanagerSimulator answerInProcess(String func) {
    return answerInProcess(func, 1);
  }

  /** Returns the last request received, parsed, or empty. */
  public Optional<ParsedRequest> lastRequest() {
    synchronized (state) {
      return Optional.ofNullable(state.requests.peekLast());
    }
  }

  /**
   * Returns the requests processed so far (the last 1,000 unless {@link Builder#history(int)} says
   * otherwise), parsed, oldest first. Requests answered by a 503 fault or while not answering are not
   * processed.
   */
  public List<ParsedRequest> requests() {
    synchronized (state) {
      return List.copyOf(state.requests);
    }
  }

  /** Sets the error type of an expired or unknown session: {@code "access"} (the default) or {@code "auth"}. */
  public BillmanagerSimulator expiredSessionErrorType(String type) {
    if (!"auth".equals(type) && !"access".equals(type)) {
      throw new IllegalArgumentException("type must be auth or access: " + type);
    }
    synchronized (state) {
      state.expiredSessionType = type;
    }
    return this;
  }

  /** Turns two-factor authentication on with {@code code} as the valid {@code qrcode}, or off with null. */
  public BillmanagerSimulator twoFactor(String code) {
    synchronized (state) {
      state.twoFactorCode = code;
    }
    return this;
  }

  /** Sets what an unauthenticated request gets: an error document, an HTML login page or a logon document. */
  public BillmanagerSimulator loginAnswer(LoginAnswer answer) {
    Objects.requireNonNull(answer, "answer == null");
    synchronized (state) {
      state.loginAnswer = answer;
    }
    return this;
  }

  /**
   * Sets whether list rows show the {@code remoteid} an order sent (default false). No documented list returns
   * it (API notes: the documented list columns do not include it), so by default the simulator plays a host
   * that takes {@code remoteid} but never shows it; {@code true} plays one that does.
   */
  public BillmanagerSimulator listsRemoteid(boolean shown) {
    synchronized (state) {
      state.listsRemoteid = shown;
    }
    return this;
  }

  /**
   * Sets the sticky filter of {@code login}'s list of {@code itemType} as the panel's filter form would
   * ({@code func=ITEMTYPE.filter}): only rows whose column {@code field} is {@code value} are listed until
   * the filter is submitted empty. A null value removes the field from the filter.
   */
  public BillmanagerSimulator listFilter(String login, String itemType, String field, String value) {
    Objects.requireNonNull(field, "field == null");
    if (!List.of(ListFilters.FIELDS).contains(field)) {
      throw new IllegalArgumentException("not a filter field: " + field + "; one of " + List.of(ListFilters.FIELDS));
    }
    synchronized (state) {
      account(login);
      String key = ListFilters.key(login, itemType);
      java.util.Map<String, String> filter = new java.util.LinkedHashMap<>(state.listFilters.getOrDefault(key, java.util.Map.of()));
      if (value == null) {
        filter.remove(field);
      } else {
        filter.put(field, value);
      }
      if (filter.isEmpty()) {
        state.listFilters.remove(key);
      } else {
        state.listFilters.put(key, filter);
      }
    }
    return this;
  }

  /** Returns the sticky filter of {@code login}'s list of {@code itemType} (empty when none). */
  public java.util.Map<String, String> listFilter(String login, String itemType) {
    synchronized (state) {
      return java.util.Map.copyOf(ListFilters.of(state, login, itemType));
    }
  }

  /**
   * Sets the error type and object (null for none) of insufficient funds at checkout; the default,
   * {@code payment}/{@code balance}, is this simulator's choice (no document gives the type; the API notes
   * give only the message). The message stays "insufficient funds to complete the operation. Required
   * amount X. …".
   */
  public BillmanagerSimulator paymentError(String type, String object) {
    Objects.requireNonNull(type, "type == null");
    synchronized (state) {
      state.paymentErrorType = type;
      state.paymentErrorObject = object;
    }
    return this;
  }

  /**
   * Sets whether a Zomro order must give a root password or an SSH key (default true, this simulator's
   * reading of Zomro's table, which only says which of the two not to pass); false accepts neither.
   */
  public BillmanagerSimulator zomroRequiresAccess(boolean required) {
    synchronized (state) {
      state.zomroRequiresAccess = required;
    }
    return this;
  }

  /** Puts the simulator back as started (accounts, balance, catalog, promo codes, settings), clears faults and the request count. */
  public BillmanagerSimulator reset() {
    synchronized (state) {
      state.reset();
    }
    server.faults().reset();
    server.resetCount();
    return this;
  }

  private Account account(String login) {
    Account account = state.accounts.get(Objects.requireNonNull(login, "login == null"));
    if (account == null) {
      throw new IllegalArgumentException("no account " + login);
    }
    return account;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "BillmanagerSimulator{" + state.profile + " at " + baseUrl() + "}";
  }

  /** Configures a simulator before it starts. Not safe for concurrent use. */
  public static final class Builder {
    private final Profile profile;
    private long seed;
    private int port;
    private BigDecimal balance = new BigDecimal("100.00");
    private Duration activationDelay;
    private int history = SimulatorServer.DEFAULT_HISTORY;

    private Builder(Profile profile) {
      this.profile = profile;
    }

    /** Sets the seed of the session tokens and of the names the simulator sets (default 0): equal seeds give equal ones. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the port on 127.0.0.1 (default 0: a free one). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Sets the starting balance of {@link #CLIENT_LOGIN} (default 100.00). */
    public Builder balance(BigDecimal balance) {
      this.balance = Objects.requireNonNull(balance, "balance == null");
      return this;
    }

    /**
     * Sets the activation delay the simulator starts with (and {@link #reset()} returns to); see {@link
     * BillmanagerSimulator#activationDelay(Duration)}. Unless set, services stay processing until
     * {@link BillmanagerSimulator#activateServices()}.
     */
    public Builder activationDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay < 0: " + delay);
      }
      this.activationDelay = delay;
      return this;
    }

    /**
     * Sets how much the simulator remembers (default {@value SimulatorServer#DEFAULT_HISTORY}): the last
     * {@code history} requests, for {@link BillmanagerSimulator#requests()} and {@link
     * SimulatorServer#requests()}, and the order fields ({@link PlacedService#fields()}) of the last
     * {@code history} services. Older services keep everything else, so the memory of a long run stays flat.
     */
    public Builder history(int history) {
      if (history < 0) {
        throw new IllegalArgumentException("history < 0: " + history);
      }
      this.history = history;
      return this;
    }

    /** Starts the simulator. */
    public BillmanagerSimulator start() {
      return new BillmanagerSimulator(new State(profile, seed, balance, activationDelay, history), port);
    }
  }
}
