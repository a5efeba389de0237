package io.hostorder.simulator.billmanager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Authentication as the API notes describe it: {@code authinfo=login:password} on every request, or
 * a session from {@code func=auth} sent as {@code auth}; sessions expire after an idle hour;
 * optional two-factor confirmation ({@code extraconfirm} until {@code totp.confirm}); {@code su} lets
 * an administrator act for one of its clients. Called with the state's monitor held.
 */
final class Authenticator {
  private final State state;

  Authenticator(State state) {
    this.state = state;
  }

  /** Returns the call of an authenticated request, or throws the error to answer. */
  Call authenticate(Params p) {
    Account caller;
    String authinfo = p.get("authinfo");
    if (authinfo != null) {
      caller = checkAuthinfo(authinfo);
      if (state.twoFactorCode != null) {
        throw secondFactorPending();
      }
    } else if (p.has("auth")) {
      caller = session(p.nonBlank("auth"));
    } else {
      throw Failure.unauthenticated(state.expiredSessionType, "Authorization required");
    }
    String su = p.nonBlank("su");
    if (su == null) {
      return new Call(p, caller, caller);
    }
    if (!caller.admin) {
      throw new Failure("access", "su", "Access denied: only an administrator or reseller may use su");
    }
    Account client = state.accounts.get(su);
    if (client == null || client.admin) {
      throw new Failure("access", "su", "Access denied: no client with this login");
    }
    return new Call(p, caller, client);
  }

  /** {@code func=auth}: username and password (or authinfo) give a new session. */
  Node login(Params p, Node doc) {
    p.known("username", "password", "authinfo", "key");
    String username = p.nonBlank("username");
    Account account;
    if (username != null && p.get("key") != null) {
      account = checkKey(username, p.get("key"));
    } else if (username != null) {
      account = check(username, p.get("password"));
    } else if (p.get("authinfo") != null) {
      account = checkAuthinfo(p.get("authinfo"));
    } else {
      throw Failure.missed("username");
    }
    String token = state.newToken();
    state.openSession(token, new State.Session(account.login, state.now(),
        state.twoFactorCode != null));
    return doc.add(new Node("auth").attr("id", token).attr("level", account.level()).text(token));
  }

  /** {@code func=totp.confirm&qrcode=CODE&sok=ok}: confirms a pending session and issues a new one. */
  Node confirmSecondFactor(Params p, Node doc) {
    p.known("qrcode");
    String token = p.nonBlank("auth");
    State.Session session = token == null ? null : liveSession(token);
    if (session == null) {
      throw Failure.unauthenticated(state.expiredSessionType, "Session expired or unknown");
    }
    if (!p.is("sok", "ok")) {
      return doc.add(new Node("qrcode"));
    }
    String code = p.nonBlank("qrcode");
    if (code == null) {
      throw Failure.missed("qrcode");
    }
    if (!session.pendingSecondFactor || !code.equals(state.twoFactorCode)) {
      throw Failure.value("qrcode", "wrong confirmation code");
    }
    state.sessions.remove(token);
    String fresh = state.newToken();
    state.openSession(fresh, new State.Session(session.login, state.now(), false));
    Account account = state.accounts.get(session.login);
    return doc.add(new Node("auth").attr("id", fresh).attr("level", account.level()).text(fresh));
  }

  /**
   * {@code func=session.newkey&username=U&key=K&sok=ok}: an administrator issues a one-time login key
   * (at least 16 characters) for client U, who then logs in with {@code func=auth&username=U&key=K}.
   */
  Node newKey(Call call, Node doc) {
    Params p = call.params();
    if (!call.caller().admin) {
      throw new Failure("access", "session.newkey", "Access denied: only an administrator issues keys");
    }
    String username = p.nonBlank("username");
    if (username == null) {
      throw Failure.missed("username");
    }
    Account client = state.accounts.get(username);
    if (client == null) {
      throw Failure.value("username", "no such user");
    }
    String key = p.get("key");
    if (key == null || key.isEmpty()) {
      throw Failure.missed("key");
    }
    if (key.length() < 16) {
      throw Failure.value("key", "at least 16 characters");
    }
    state.loginKeys.put(username, key);
    return doc.add(new Node("ok"));
  }

  private Account checkKey(String login, String key) {
    String expected = state.loginKeys.get(login);
    if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        key.getBytes(StandardCharsets.UTF_8))) {
      throw badPassword();
    }
    state.loginKeys.remove(login); // a key logs in once
    return state.accounts.get(login);
  }

  private Account checkAuthinfo(String authinfo) {
    int colon = authinfo.indexOf(':');
    if (colon < 0) {
      throw badPassword();
    }
    return check(authinfo.substring(0, colon), authinfo.substring(colon + 1));
  }

  private Account check(String login, String password) {
    Account account = state.accounts.get(login);
    if (account == null || password == null || !MessageDigest.isEqual(
        account.password.getBytes(StandardCharsets.UTF_8),
        password.getBytes(StandardCharsets.UTF_8))) {
      throw badPassword();
    }
    return account;
  }

  private Account session(String token) {
    State.Session session = liveSession(token);
    if (session == null) {
      throw Failure.unauthenticated(state.expiredSessionType, "Session expired or unknown");
    }
    if (session.pendingSecondFactor) {
      throw secondFactorPending();
    }
    session.lastUsed = state.now();
    return state.accounts.get(session.login);
  }

  private State.Session liveSession(String token) {
    State.Session session = state.sessions.get(token);
    if (session == null) {
      return null;
    }
    Duration idle = Duration.between(session.lastUsed, state.now());
    if (idle.compareTo(state.sessionIdle) > 0 || !state.accounts.containsKey(session.login)) {
      state.sessions.remove(token);
      return null;
    }
    return session;
  }

  private static Failure badPassword() {
    return Failure.unauthenticated("auth", "badpassword", "Invalid username or password");
  }

  private static Failure secondFactorPending() {
    return new Failure("extraconfirm", "totp",
        "Two-factor authentication is on: confirm the session with func=totp.confirm");
  }
}
