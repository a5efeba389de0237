package io.hostorder.simulator.billmanager;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Request in process" (API notes: some operations answer with a plain string holding a {@code long…} URL to
 * fetch for the result). An armed function is processed as usual, but answered {@code long:<URL>}; the URL
 * ({@code func=long&elid=TOKEN}) answers the same text for a number of fetches, then the document the
 * operation produced. Kept answers are bounded: the oldest are forgotten. Called with the state's monitor held.
 */
final class InProcess {
  /** Pending answers kept; older ones are forgotten (their token then answers {@code missed}/{@code elid}). */
  static final int KEPT = 1000;

  /** A processed operation's answer waiting to be fetched. */
  static final class Pending {
    final String login;
    final String text;
    final Node doc;
    int fetchesLeft;

    Pending(String login, String text, Node doc, int fetchesLeft) {
      this.login = login;
      this.text = text;
      this.doc = doc;
      this.fetchesLeft = fetchesLeft;
    }
  }

  private final Map<String, Deque<Integer>> armed = new LinkedHashMap<>();
  private final Map<String, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
      return size() > KEPT;
    }
  };

  /** Arms the next request of {@code func}: answered in process for {@code fetches} fetches. */
  void arm(String func, int fetches) {
    armed.computeIfAbsent(func, k -> new ArrayDeque<>()).add(fetches);
  }

  /** Returns the fetches of the answer armed for {@code func} and disarms it, or -1 when none is armed. */
  int take(String func) {
    Deque<Integer> queue = armed.get(func);
    if (queue == null || queue.isEmpty()) {
      return -1;
    }
    int fetches = queue.remove();
    if (queue.isEmpty()) {
      armed.remove(func);
    }
    return fetches;
  }

  void keep(String token, Pending answer) {
    pending.put(token, answer);
  }

  /** Returns the pending answer {@code token} of {@code login}, or null. */
  Pending get(String token, String login) {
    Pending p = pending.get(token);
    return p == null || !p.login.equals(login) ? null : p;
  }

  int armedCount() {
    return armed.values().stream().mapToInt(Deque::size).sum();
  }

  void clear() {
    armed.clear();
    pending.clear();
  }
}
