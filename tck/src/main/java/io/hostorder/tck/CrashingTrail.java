package io.hostorder.tck;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@link OrderTrail} that stops the placing thread at one point, as a crash of the process would
 * (SPEC.md section 15): it throws {@link Abandoned}, an {@link Error} that no provider or journal handles,
 * at the {@code n}-th call of one callback, before passing that call on. It records the steps announced
 * ({@link #sent()}) so that a clean placement shows the points a crash can hit.
 *
 * <p>Given as the outer trail of {@code JournaledProvider.place(order, trail, placer)}, it is called after
 * the journal recorded the callback (a crash right after the record); wrapped around the journal's own
 * trail, before it (a crash right before the record).
 */
final class CrashingTrail implements OrderTrail {
  /** Where the crash happens. */
  enum Point {
    /** Never: a clean placement that only records the steps. */
    NEVER,
    /** At the {@code n}-th {@code commitSending}: the request is announced, not sent. */
    SENDING,
    /** At the {@code n}-th {@code commitSucceeded}: the request was sent and answered. */
    ANSWERED
  }

  private final OrderTrail next;
  private final Point point;
  private final int n;
  private final List<String> sent = new ArrayList<>();
  private int answered;
  private boolean crashed;

  CrashingTrail(OrderTrail next, Point point, int n) {
    this.next = next;
    this.point = point;
    this.n = n;
  }

  /** Returns a trail that records the steps announced and never crashes. */
  static CrashingTrail recording() {
    return new CrashingTrail(OrderTrail.NONE, Point.NEVER, 0);
  }

  /** Returns the steps announced so far, in order. */
  List<String> sent() {
    return List.copyOf(sent);
  }

  /** Returns true once it has stopped the thread. */
  boolean crashed() {
    return crashed;
  }

  /** Stops the thread now (a crash after the provider's place() returned, before its outcome is recorded). */
  Abandoned crash(String where) {
    crashed = true;
    return new Abandoned(where);
  }

  @Override
  public void idsKnown(Map<String, String> ids) {
    next.idsKnown(ids);
  }

  @Override
  public void commitSending(String step, Map<String, String> ids) {
    sent.add(step);
    if (point == Point.SENDING && sent.size() == n) {
      throw crash("announcing " + step);
    }
    next.commitSending(step, ids);
  }

  @Override
  public void commitSucceeded(String step, Map<String, String> ids) {
    answered++;
    if (point == Point.ANSWERED && answered == n) {
      throw crash("the answer to " + step);
    }
    next.commitSucceeded(step, ids);
  }

  @Override
  public void commitRefused(String step, HostorderException refusal) {
    next.commitRefused(step, refusal);
  }

  @Override
  public void commitUnknown(String step, OutcomeUnknownException unknown) {
    next.commitUnknown(step, unknown);
  }

  /** The TCK's crash: thrown on the placing thread; nothing may handle it. */
  static final class Abandoned extends Error {
    private static final long serialVersionUID = 1L;

    Abandoned(String where) {
      super("the TCK abandoned the placement at " + where + " (a simulated crash)", null, false, false);
    }

    /** Returns true when {@code t} or one of its causes is an {@link Abandoned}. */
    static boolean in(Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        if (c instanceof Abandoned) {
          return true;
        }
      }
      return false;
    }
  }
}
