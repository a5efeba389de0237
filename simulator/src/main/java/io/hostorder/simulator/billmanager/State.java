package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
  final Map<String, String> loginKeys = new LinkedHashMap<>();
  final Map<String, Map<Long, CartItem>> carts = new LinkedHashMap<>();
  final List<PlacedService> services = new ArrayList<>();
  final Map<String, PromoCode> promoCodes = new LinkedHashMap<>();
  final Map<String, Tariff> tariffs = new LinkedHashMap<>();
  final Map<String, String> sshKeys = new LinkedHashMap<>();
  final List<ParsedRequest> requests = new ArrayList<>();
  /** Sticky list filters, by {@code login/itemType}: column → value. */
  final Map<String, Map<String, String>> listFilters = new LinkedHashMap<>();
  /** Whether list rows show the {@code remoteid} sent with the order (no document lists it). */
  boolean listsRemoteid = true;
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

  State(Profile profile, long seed, BigDecimal initialBalance) {
    this.profile = profile;
    this.seed = seed;
    this.initialBalance = initialBalance;
    reset();
  }

  /** Puts everything back as it was at start: accounts, catalog, promo codes, settings; no carts, services or sessions. */
  void reset() {
    random = new Random(seed);
    accounts.clear();
    sessions.clear();
    loginKeys.clear();
    carts.clear();
    services.clear();
    promoCodes.clear();
    tariffs.clear();
    sshKeys.clear();
    requests.clear();
    listFilters.clear();
    listsRemoteid = true;
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

  /** Requests kept for {@link BillmanagerSimulator#requests()}; older ones are forgotten. */
  static final int REQUEST_HISTORY = 10_000;

  void record(ParsedRequest request) {
    if (requests.size() >= REQUEST_HISTORY) {
      requests.remove(0);
    }
    requests.add(request);
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
