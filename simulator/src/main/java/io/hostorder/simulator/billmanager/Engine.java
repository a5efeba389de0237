package io.hostorder.simulator.billmanager;

import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.SimulatedApi;
import io.hostorder.simulator.SimulatedRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The simulated BILLmanager: parses a request, authenticates it, runs its function and renders the
 * answer as XML or JSON. Every request runs while holding the state's monitor, so the simulator is
 * safe for concurrent use and each request sees a consistent state.
 */
final class Engine implements SimulatedApi {
  /** Fields every function understands. */
  private static final String[] COMMON = {"func", "out", "auth", "authinfo", "su", "lang", "sok"};
  private static final Set<String> JSON_FORMATS = Set.of("json", "sjson", "xjson");
  private static final String ORDER_PREFIX = "v2.";
  private static final String ORDER_SUFFIX = ".order.param";
  private static final String PRICELIST_SUFFIX = ".order.pricelist";

  private final State state;
  private final Authenticator authenticator;
  private final OrderRules orders;
  private final Carts carts;
  private final Checkout checkout;
  private final ServiceLists lists;
  private final ListFilters filters;
  private final OldCart oldCart;

  Engine(State state) {
    this.state = state;
    this.authenticator = new Authenticator(state);
    this.checkout = new Checkout(state);
    this.orders = new OrderRules(state, checkout);
    this.carts = new Carts(state);
    this.lists = new ServiceLists(state);
    this.filters = new ListFilters(state);
    this.oldCart = new OldCart(state, checkout);
  }

  @Override
  public String operation(SimulatedRequest request) {
    return Params.parse(request).func();
  }

  @Override
  public SimulatedAnswer handle(SimulatedRequest request) {
    Params p = Params.parse(request);
    p.known(COMMON);
    java.net.URI uri = request.uri();
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + state.profile.path();
    synchronized (state) {
      try {
        Activations.settle(state);
        return answer(p, base);
      } catch (RuntimeException bug) {
        // Not a BILLmanager answer: a defect of the simulator, made visible instead of a dropped connection.
        return SimulatedAnswer.text(500, "simulator defect: " + bug);
      } finally {
        state.record(p.received());
      }
    }
  }

  private SimulatedAnswer answer(Params p, String base) {
    if (!p.path().equals(state.profile.path())) {
      return SimulatedAnswer.html(404, "<html><body><h1>404 Not Found</h1></body></html>\n");
    }
    String out = p.nonBlank("out");
    boolean json = out != null && JSON_FORMATS.contains(out);
    Node doc = new Node("doc").attr("lang", "en").attr("func", p.func());
    Node result = doc;
    try {
      if (p.func().equals("long")) {
        p.known("elid");
        return fetchInProcess(authenticator.authenticate(p), json);
      }
      dispatch(p, doc);
    } catch (Failure failure) {
      if (failure.isUnauthenticated() && !p.func().equals("auth")) {
        if (state.loginAnswer == LoginAnswer.HTML_PAGE) {
          return SimulatedAnswer.html(200, LoginPage.HTML);
        }
        if (state.loginAnswer == LoginAnswer.LOGON_DOC) {
          Node logon = new Node("doc").attr("lang", "en").attr("func", "logon");
          logon.add("username", "").add("password", "");
          return render(logon, json);
        }
      }
      Node error = new Node("doc").attr("lang", "en").attr("func", p.func());
      result = error.add(failure.toNode(state.legacyErrorCode));
    }
    int fetches = state.inProcess.take(p.func());
    if (fetches >= 0 && base != null) {
      return startInProcess(p, base, result, fetches);
    }
    return render(result, json);
  }

  /**
   * Keeps {@code result} (the document the processed operation produced) and answers "request in process":
   * plain text {@code long:<endpoint>?func=long&elid=TOKEN&out=OUT} (API notes: "some operations answer with
   * a plain string holding a long… URL to fetch for the result").
   */
  private SimulatedAnswer startInProcess(Params p, String base, Node result, int fetches) {
    String token = state.hex(24);
    StringBuilder url = new StringBuilder(base).append("?func=long&elid=").append(query(token));
    if (p.nonBlank("out") != null) {
      url.append("&out=").append(query(p.nonBlank("out")));
    }
    String text = "long:" + url;
    String login = actorLogin(p);
    state.inProcess.keep(token, new InProcess.Pending(login, text, result, fetches));
    return plain(text);
  }

  /** {@code func=long&elid=TOKEN}: the same {@code long:} text while pending, then the operation's document. */
  /** Encodes a query parameter value (a space as {@code %20}). */
  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private SimulatedAnswer fetchInProcess(Call call, boolean json) {
    String elid = call.params().nonBlank("elid");
    InProcess.Pending pending = elid == null ? null : state.inProcess.get(elid, call.actor().login);
    if (pending == null) {
      throw elid == null ? Failure.missed("elid") : new Failure("missed", "elid", "No request in process " + elid);
    }
    if (pending.fetchesLeft > 0) {
      pending.fetchesLeft--;
      return plain(pending.text);
    }
    return render(pending.doc, json);
  }

  /** Returns who the request acts for (to tie a pending answer to it), or an empty string. */
  private String actorLogin(Params p) {
    try {
      return authenticator.authenticate(p).actor().login;
    } catch (Failure unauthenticated) {
      return "";
    }
  }

  private static SimulatedAnswer plain(String text) {
    return SimulatedAnswer.text(200, text);
  }

  private void dispatch(Params p, Node doc) {
    String func = p.func();
    if (func.equals("auth")) {
      authenticator.login(p, doc);
      return;
    }
    if (func.equals("totp.confirm")) {
      authenticator.confirmSecondFactor(p, doc);
      return;
    }
    Consumer<Call> function = route(p, func, doc);
    function.accept(authenticator.authenticate(p));
  }

  /**
   * Returns the function {@code func} names, having declared the fields it knows (so that a request
   * refused by authentication still reports its unknown fields correctly).
   */
  private Consumer<Call> route(Params p, String func, Node doc) {
    if (func.equals("keepalive")) {
      return call -> doc.add(new Node("ok"));
    }
    if (func.equals("session.newkey")) {
      p.known("username", "key");
      return call -> authenticator.newKey(call, doc);
    }
    if (func.equals("cart")) {
      p.known(Carts.FIELDS);
      return call -> carts.handle(call, doc);
    }
    if (func.equals("basket")) {
      p.known(OldCart.BASKET_FIELDS);
      return call -> oldCart.basket(call, doc);
    }
    if (func.equals("payment.add.method")) {
      p.known(OldCart.PAYMENT_FIELDS);
      return call -> oldCart.payment(call, doc);
    }
    if (func.equals("cartorder.create.confirm")) {
      p.known(Checkout.FIELDS);
      return call -> checkout.confirm(call, doc);
    }
    String orderType = itemType(func, ORDER_SUFFIX);
    if (orderType != null) {
      p.known(state.profile.orderFields().toArray(String[]::new));
      p.knownPrefix("addon_");
      return call -> orders.handle(call, orderType, doc);
    }
    String pricelistType = itemType(func, PRICELIST_SUFFIX);
    if (pricelistType != null) {
      return call -> Pricelists.show(state, pricelistType, doc);
    }
    // The list and its filter answer under the list function's name (renamed e.g. to vds.vps: API notes).
    String filtered = func.endsWith(ListFilters.SUFFIX)
        ? state.listedItemType(func.substring(0, func.length() - ListFilters.SUFFIX.length())) : null;
    if (filtered != null) {
      p.known(ListFilters.FIELDS);
      return call -> filters.handle(call, filtered, doc);
    }
    String listed = state.listedItemType(func);
    if (listed != null) {
      p.known(ServiceLists.FIELDS);
      return call -> lists.handle(call, listed, doc);
    }
    return call -> {
      throw func.isEmpty() ? Failure.missed("func") : new Failure("missed", "func", "Unknown function " + func);
    };
  }

  /** Returns the item type of {@code v2.{ITEMTYPE}{suffix}} when it is one on offer, else null. */
  private String itemType(String func, String suffix) {
    if (!func.startsWith(ORDER_PREFIX) || !func.endsWith(suffix)
        || func.length() <= ORDER_PREFIX.length() + suffix.length()) {
      return null;
    }
    String type = func.substring(ORDER_PREFIX.length(), func.length() - suffix.length());
    return state.isItemType(type) ? type : null;
  }

  private static SimulatedAnswer render(Node doc, boolean json) {
    return json ? SimulatedAnswer.json(200, Renderer.json(doc)) : SimulatedAnswer.xml(200, Renderer.xml(doc));
  }
}
