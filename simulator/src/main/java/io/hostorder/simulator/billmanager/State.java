package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Everything the simulated billing holds. Not thread-safe by itself: every access happens while
 * holding this object's monitor ({@code synchronized (state)}), which {@link Engine} and
 * {@link BillmanagerSimulator} do.
 */
final class State {
  static final long FIRST_LINE_ID = 1818; // the lineitem.id of the Zomro document's example
  static final long FIRST_SERVICE_ID = 4001;
  static final long FIRST_BILLORDER_ID = 7001;
  static final long FIRST_PAYMENT_ID = 9001;

  // The credentials of the New Order API document's curl example (authinfo=admin_login:admin_password, su=client_login).
  static final String CLIENT_LOGIN = "client_login";
  static final String CLIENT_PASSWORD = "client_password";
  static final String ADMIN_LOGIN = "admin_login";
  static final String ADMIN_PASSWORD = "admin_password";

  final Profile profile;
  final long seed;
  final BigDecimal initialBalance;
  Random random;
  final Map<String, Account> accounts = new LinkedHashMap<>();
  final Map<String, Session> sessions = new LinkedHashMap<>();
  /** The session count at which {@link #openSession} next sweeps out the expired ones. */
  private int sweepSessionsAt = SESSION_SWEEP;
  final Map<String, String> loginKeys = new LinkedHashMap<>();
  final Map<String, Map<Long, CartItem>> carts = new LinkedHashMap<>();
  final List<PlacedService> services = new ArrayList<>();
  /** Where each service is in {@link #services}, by id. */
  final Map<Long, Integer> serviceIndex = new HashMap<>();
  /** Positions in {@link #services} of the services created processing, oldest first (some may be no longer). */
  final Deque<Integer> processing = new ArrayDeque<>();
  final Map<String, PromoCode> promoCodes = new LinkedHashMap<>();
  final Map<String, Tariff> tariffs = new LinkedHashMap<>();
  final Map<String, String> sshKeys = new LinkedHashMap<>();
  final Deque<ParsedRequest> requests = new ArrayDeque<>();
  /** How many requests are kept, and how many of the newest services keep the fields they were ordered with. */
  final int history;
  /** Sticky list filters, by {@code login/itemType}: column → value. */
  final Map<String, Map<String, String>> listFilters = new LinkedHashMap<>();
  /** Whether list rows show the {@code remoteid} sent with the order (no document lists it). */
  boolean listsRemoteid;
  /** Whether list rows carry {@code createdate} twice, as some real hosts send it (API notes). */
  boolean createdateTwice;
  /** Whether every error also carries the obsolete {@code code="1"} (API notes). */
  boolean legacyErrorCode;
  /** List functions renamed from the item type's name (API notes: e.g. {@code vds.vps}): item type → func. */
  final Map<String, String> listFunctions = new LinkedHashMap<>();
  /** How long after its creation a service becomes active; null: only {@code activateServices()} activates. */
  Duration activationDelay;
  final Duration initialActivationDelay;
  /** The addresses of services that are not deleted. */
  final java.util.Set<String> usedIps = new java.util.HashSet<>();
  int nextIp;
  /** Draws the names the simulator sets ({@code domain}, {@code servername}) and {@code long} tokens. */
  Random names;
  /** "Request in process" answers armed and pending ({@code func=long}). */
  final InProcess inProcess = new InProcess();
  /** The old cart's orders awaiting payment ({@code func=basket}), by billorder id. */
  final Map<Long, OldCart.BillOrder> billorders = new LinkedHashMap<>();
  long nextBillorderId = FIRST_BILLORDER_ID;
  long nextPaymentId = FIRST_PAYMENT_ID;
  /** The error type and object of insufficient funds at checkout (the simulator's choice; see its docs). */
  String paymentErrorType = "payment";
  String paymentErrorObject = "balance";
  /** Whether a Zomro order must give a password or an SSH key (the simulator's reading of the table). */
  boolean zomroRequiresAccess = true;
  long nextLineId = FIRST_LINE_ID;
  long nextServiceId = FIRST_SERVICE_ID;
  int confirmedOrders;
  Duration clockOffset = Duration.ZERO;

  // Behaviour switches.
  String expiredSessionType = "access";
  Duration sessionIdle = Duration.ofHours(1);
  String twoFactorCode;
  LoginAnswer loginAnswer = LoginAnswer.ERROR;
  String currency = "EUR";

  State(Profile profile, long seed, BigDecimal initialBalance, Duration activationDelay, int history) {
    this.profile = profile;
    this.history = history;
    this.seed = seed;
    this.initialBalance = initialBalance;
    this.initialActivationDelay = activationDelay;
    reset();
  }

  /** Puts everything back as it was at start: accounts, catalog, promo codes, settings; no carts, services or sessions. */
  void reset() {
    random = new Random(seed);
    // A generator of its own, so that names drawn do not change the session tokens of a seed.
    names = new Random(seed ^ 0x5DEECE66DL);
    accounts.clear();
    sessions.clear();
    sweepSessionsAt = SESSION_SWEEP;
    loginKeys.clear();
    carts.clear();
    services.clear();
    serviceIndex.clear();
    processing.clear();
    promoCodes.clear();
    tariffs.clear();
    sshKeys.clear();
    requests.clear();
    listFilters.clear();
    listsRemoteid = false;
    createdateTwice = false;
    legacyErrorCode = false;
    listFunctions.clear();
    activationDelay = initialActivationDelay;
    usedIps.clear();
    nextIp = 0;
    inProcess.clear();
    billorders.clear();
    nextBillorderId = FIRST_BILLORDER_ID;
    nextPaymentId = FIRST_PAYMENT_ID;
    paymentErrorType = "payment";
    paymentErrorObject = "balance";
    zomroRequiresAccess = true;
    nextLineId = FIRST_LINE_ID;
    nextServiceId = FIRST_SERVICE_ID;
    confirmedOrders = 0;
    clockOffset = Duration.ZERO;
    expiredSessionType = "access";
    sessionIdle = Duration.ofHours(1);
    twoFactorCode = null;
    loginAnswer = LoginAnswer.ERROR;
    Account client = new Account(CLIENT_LOGIN, CLIENT_PASSWORD, false);
    client.balance = money(initialBalance);
    accounts.put(client.login, client);
    accounts.put(ADMIN_LOGIN, new Account(ADMIN_LOGIN, ADMIN_PASSWORD, true));
    for (Tariff t : Catalogs.tariffs(profile)) {
      tariffs.put(t.id(), t);
    }
    sshKeys.putAll(Catalogs.sshKeys(profile));
    for (PromoCode code : Catalogs.promoCodes(profile)) {
      promoCodes.put(code.code(), code);
    }
  }

  /** How many sessions may exist before the expired ones are swept out (then twice as many as are left). */
  static final int SESSION_SWEEP = 1_024;

  /** Keeps {@code request} for {@link BillmanagerSimulator#requests()}; beyond {@link #history}, the oldest goes. */
  void record(ParsedRequest request) {
    if (history == 0) {
      return;
    }
    if (requests.size() >= history) {
      requests.removeFirst();
    }
    requests.addLast(request);
  }

  /**
   * Adds a service: indexed by id, queued for activation, and the service {@link #history} places older
   * forgets the fields of its order request (a test view of recent orders only), so a service costs a few
   * hundred bytes.
   */
  void addService(PlacedService service) {
    serviceIndex.put(service.id(), services.size());
    services.add(service);
    if (service.status() == PlacedService.PROCESSING) {
      processing.addLast(services.size() - 1);
    }
    int old = services.size() - 1 - history;
    if (old >= 0 && !services.get(old).fields().isEmpty()) {
      services.set(old, services.get(old).withoutFields());
    }
  }

  /** Returns the service with id {@code id}, or null. */
  PlacedService service(long id) {
    Integer at = serviceIndex.get(id);
    return at == null ? null : services.get(at);
  }

  /**
   * Opens session {@code token}. Sessions nobody uses again would stay forever (an expired one is removed
   * when next used), so once there are many, the expired ones are swept out.
   */
  void openSession(String token, Session session) {
    if (sessions.size() >= sweepSessionsAt) {
      Instant now = now();
      sessions.values().removeIf(s -> Duration.between(s.lastUsed, now).compareTo(sessionIdle) > 0);
      sweepSessionsAt = Math.max(SESSION_SWEEP, 2 * sessions.size());
    }
    sessions.put(token, session);
  }

  Instant now() {
    return Instant.now().plus(clockOffset);
  }

  Map<Long, CartItem> cart(String login) {
    return carts.computeIfAbsent(login, k -> new LinkedHashMap<>());
  }

  /** Returns a new session token: 24 hex digits drawn from the seeded generator. */
  String newToken() {
    StringBuilder token = new StringBuilder(24);
    while (token.length() < 24) {
      token.append(Character.forDigit(random.nextInt(16), 16));
    }
    return token.toString();
  }

  /** Returns {@code digits} hex digits drawn from the names generator. */
  String hex(int digits) {
    StringBuilder out = new StringBuilder(digits);
    while (out.length() < digits) {
      out.append(Character.forDigit(names.nextInt(16), 16));
    }
    return out.toString();
  }

  /** Returns the list function of {@code itemType}: its own name unless renamed. */
  String listFunction(String itemType) {
    return listFunctions.getOrDefault(itemType, itemType);
  }

  /** Returns the item type whose list function is {@code func}, or null. */
  String listedItemType(String func) {
    for (Map.Entry<String, String> renamed : listFunctions.entrySet()) {
      if (renamed.getValue().equals(func)) {
        return renamed.getKey();
      }
    }
    return isItemType(func) && !listFunctions.containsKey(func) ? func : null;
  }

  boolean isItemType(String itemType) {
    return tariffs.values().stream().anyMatch(t -> t.itemType().equals(itemType));
  }

  BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** A session: who it belongs to, when it was last used, and whether two-factor confirmation is pending. */
  static final class Session {
    final String login;
    Instant lastUsed;
    boolean pendingSecondFactor;

    Session(String login, Instant lastUsed, boolean pendingSecondFactor) {
      this.login = login;
      this.lastUsed = lastUsed;
      this.pendingSecondFactor = pendingSecondFactor;
    }
  }
}
