package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.IdempotencyConflictException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SPEC.md section 15: the journal-backed {@code place} ({@link JournaledProvider} over a real journal, a
 * fresh SQLite file per rule). Each rule that runs cases names the failing ones, e.g.
 * {@code [confirm × DROP] place() again from a second process …}.
 */
final class JournalRules {
  /**
   * The faults R15.3 runs at each step: one of each kind of unknown answer (a 5xx, an HTML page with 200,
   * a body cut short, no answer). Section 14 runs all of them without the journal; what the journal does
   * depends only on the outcome being unknown. {@code -Dhostorder.tck.journal.faults=all} runs every one.
   */
  static final List<AnswerFault> FAULTS = List.of(AnswerFault.HTTP_502, AnswerFault.HTML_LOGIN_PAGE,
      AnswerFault.TRUNCATED, AnswerFault.DROP);

  private JournalRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R15.1", "a reference placed twice through the journal gives one order, and the second place() sends "
            + "no request").observer()
            .hint("JournaledProvider replays a placed reference from the journal; the provider's place() must "
                + "return the order it placed (a null or a second order means the journal stores the wrong one)")
            .check(JournalRules::replay),
        rule("R15.2", "the same reference with a different order through the journal is IdempotencyConflictException "
            + "and sends no request").observer()
            .hint("the journal compares the order's fingerprint; make validate() accept the changed order and "
                + "send nothing before JournaledProvider decides")
            .check(JournalRules::conflict),
        rule("R15.3", "after a fault following the processing of a committing step, place() through the journal "
            + "again, in this process or another, places nothing new").observer()
            .hint("report every committing request through the trail (CommitGuard), give the order or "
                + "OutcomeUnknownException, and make reconcile(reference) find what was placed")
            .check(JournalRules::afterFault),
        rule("R15.4", "a placement abandoned after announcing a committing request is settled by the next one as "
            + "placed or needs-operator, never as a second order").observer()
            .hint("the journal looks an abandoned placement up with reconcile(reference, ids) or order(id); "
                + "report ids as soon as they are known (trail.idsKnown) and never answer \"not found\" for an "
                + "order that exists")
            .check(JournalRules::abandonedAfterAnnouncing),
        rule("R15.5", "a placement abandoned before any committing request is placed exactly once by the next one")
            .observer()
            .hint("call the trail's commitSending before each committing request is sent, never after: the "
                + "journal then knows that nothing was sent and places the reference again")
            .check(JournalRules::abandonedBeforeCommitting));
  }

  /** R15.1: replay in this process and in a second one. */
  private static void replay(TckContext ctx) {
    try (RuleJournal j = RuleJournal.open(ctx)) {
      OrderRequest request = ctx.plainOrder();
      JournaledProvider first = j.fresh();
      int orders = ctx.orders();
      Order placed = ctx.placed(first, first.place(request));
      assertThat(ctx.orders()).as("orders the provider holds after the first place() of %s through the journal",
          request.reference()).isEqualTo(orders + 1);
      assertThat(j.status(request.reference())).as("journal status of %s after it was placed", request.reference())
          .isEqualTo(JournalStatus.PLACED);
      JournaledProvider second = j.secondProcess();
      for (Object[] c : new Object[][] {{"[same instance]", first}, {"[second process]", second}}) {
        JournaledProvider p = (JournaledProvider) c[1];
        int requests = ctx.requests();
        Order again = p.place(request);
        assertThat(ctx.requests()).as("%s requests sent by place() of %s again", c[0], request.reference())
            .isEqualTo(requests);
        assertThat(again.ref()).as("%s order of place() of %s again", c[0], request.reference())
            .isEqualTo(placed.ref());
      }
      assertThat(ctx.orders()).as("orders the provider holds after placing %s three times", request.reference())
          .isEqualTo(orders + 1);
    }
  }

  /** R15.2: a changed order under a used reference. */
  private static void conflict(TckContext ctx) {
    try (RuleJournal j = RuleJournal.open(ctx)) {
      OrderRequest request = ctx.plainOrder();
      JournaledProvider first = j.fresh();
      ctx.placed(first, first.place(request));
      OrderRequest other = changed(ctx, first, request);
      int orders = ctx.orders();
      JournaledProvider second = j.secondProcess();
      for (Object[] c : new Object[][] {{"[same instance]", first}, {"[second process]", second}}) {
        JournaledProvider p = (JournaledProvider) c[1];
        int requests = ctx.requests();
        Throwable e = catchThrowable(() -> p.place(other));
        assertThat(e).as("%s place() of reference %s with a different order (%s)", c[0], request.reference(),
            other.items()).isInstanceOf(IdempotencyConflictException.class);
        assertThat(ctx.requests()).as("%s requests sent by the conflicting place()", c[0]).isEqualTo(requests);
      }
      assertThat(ctx.orders()).as("orders the provider holds after the conflicts").isEqualTo(orders);
    }
  }

  /** Returns {@code request} with its reference and a different order the provider accepts; skips when there is none. */
  private static OrderRequest changed(TckContext ctx, OrderProvider provider, OrderRequest request) {
    OrderItem item = ctx.harness().plainItem();
    List<OrderRequest> candidates = new ArrayList<>();
    String name = item.name() == null ? "tck-other" : item.name() + "-other";
    candidates.add(request.toBuilder().items(List.of(item.toBuilder().name(name).build())).build());
    if (ctx.has(Capability.QUANTITY)) {
      candidates.add(request.toBuilder().items(List.of(item.toBuilder().quantity(item.quantity() + 1).build())).build());
    }
    if (ctx.has(Capability.MULTIPLE_ITEMS)) {
      candidates.add(request.toBuilder().items(List.of(item, item)).build());
    }
    if (ctx.has(Capability.PROMO_CODE) && ctx.harness().validPromoCode().isPresent() && request.promoCode() == null) {
      candidates.add(request.toBuilder().promoCode(ctx.harness().validPromoCode().get()).build());
    }
    return candidates.stream().filter(c -> !c.equals(request) && provider.validate(c).isEmpty()).findFirst()
        .orElseThrow(() -> ctx.skip("no changed order the provider accepts (another name, quantity, a second item, "
            + "a promo code)"));
  }

  /** R15.3: each step × fault, then place() again in this process and in a second one. */
  private static void afterFault(TckContext ctx) {
    ProviderObserver observer = ctx.observer();
    List<CommittingStep> steps = CommittingRules.steps(ctx, observer);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (RuleJournal j = RuleJournal.open(ctx)) {
      for (CommittingStep step : steps) {
        for (AnswerFault fault : faults()) {
          JournalCases c = new JournalCases(failures, "[" + step.name() + " × " + fault + "] ");
          ctx.harness().reset();
          observer.clearFaults();
          JournaledProvider first = j.fresh();
          OrderRequest request = CommittingRules.orderReaching(ctx, step);
          int before = ctx.orders();
          if (!observer.failAfterProcessing(step.name(), fault)) {
            throw ctx.skip("the observer cannot answer " + step.name() + " with " + fault + " after processing it");
          }
          Order[] got = new Order[1];
          Throwable e = catchThrowable(() -> got[0] = first.place(request));
          if (observer.armedFaultsLeft() > 0) {
            c.fail("the fault never fired: the order was placed without sending the step's request");
          }
          observer.clearFaults();
          int held = ctx.orders() - before;
          if (e == null) {
            if (held != 1) {
              c.fail("place() returned an order but the provider holds " + held + " new orders");
            }
          } else if (!(e instanceof HostorderException)) {
            c.fail("untyped error " + e.getClass().getName());
          } else if ((step.creates() || held > 0) && !(e instanceof OutcomeUnknownException)) {
            c.fail(e.getClass().getSimpleName() + " (\"nothing happened\") although the step "
                + (held > 0 ? "placed the order at the provider" : "left something at the provider"));
          }
          c.again(ctx, j, first, "place() again on the same instance", request, got[0], held);
          c.again(ctx, j, j.secondProcess(), "place() again from a second process", request, got[0], held);
          int total = ctx.orders() - before;
          if (total > 1) {
            c.fail("the fault and the placements again left " + total + " new orders at the provider (a duplicate)");
          }
          cases++;
        }
      }
    }
    assertThat(failures).as(cases + " cases (committing step × fault after processing, through the journal); "
        + "failing").isEmpty();
  }

  private static List<AnswerFault> faults() {
    String all = System.getProperty("hostorder.tck.journal.faults", "");
    return all.trim().toLowerCase(Locale.ROOT).equals("all") ? Arrays.asList(AnswerFault.values()) : FAULTS;
  }

  /** R15.4: a crash right after each committing request is announced, and right after each is answered. */
  private static void abandonedAfterAnnouncing(TckContext ctx) {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (RuleJournal j = RuleJournal.open(ctx)) {
      List<String> sent = announced(ctx, j);
      for (int k = 1; k <= sent.size(); k++) {
        for (CrashingTrail.Point point : new CrashingTrail.Point[] {CrashingTrail.Point.SENDING,
            CrashingTrail.Point.ANSWERED}) {
          String where = (point == CrashingTrail.Point.SENDING ? "crash after announcing " : "crash after the answer to ")
              + sent.get(k - 1) + (sent.size() > 1 ? " (#" + k + ")" : "");
          JournalCases c = new JournalCases(failures, "[" + where + "] ");
          ctx.harness().reset();
          ctx.observer().clearFaults();
          OrderRequest request = ctx.plainOrder();
          int before = ctx.orders();
          CrashingTrail crash = new CrashingTrail(io.hostorder.core.commit.OrderTrail.NONE, point, k);
          JournaledProvider first = j.fresh();
          Throwable e = catchThrowable(() -> first.place(request, crash, (p, t) -> {
            Order o = p.place(request, t);
            if (!crash.crashed() && point == CrashingTrail.Point.ANSWERED) {
              // The provider reports no answer of its own: the crash comes before the journal records the order.
              throw crash.crash("the return of place()");
            }
            return o;
          }));
          if (!CrashingTrail.Abandoned.in(e)) {
            c.fail("the crash point was not reached (the placement ended with "
                + (e == null ? "an order" : e.getClass().getSimpleName() + ": " + e.getMessage())
                + "); a clean placement announced " + sent);
            cases++;
            continue;
          }
          int held = ctx.orders() - before;
          JournaledProvider next = j.secondProcess();
          c.settled(ctx, j, next, "the next placement (a second process)", request, held, before);
          c.settled(ctx, j, j.secondProcess(), "a third placement", request, held, before);
          cases++;
        }
      }
    }
    assertThat(failures).as(cases + " cases (abandoned placements, settled through the journal); failing").isEmpty();
  }

  /** Places a clean order through the journal and returns the committing steps announced. */
  private static List<String> announced(TckContext ctx, RuleJournal j) {
    CrashingTrail recording = CrashingTrail.recording();
    JournaledProvider p = j.fresh();
    int before = ctx.orders();
    p.place(ctx.plainOrder(), recording);
    assertThat(ctx.orders()).as("orders the provider holds after a clean placement through the journal")
        .isEqualTo(before + 1);
    assertThat(recording.sent()).as("committing requests a clean placement announced through the journal's trail")
        .isNotEmpty();
    return recording.sent();
  }

  /** R15.5: a crash just before the first committing request is announced. */
  private static void abandonedBeforeCommitting(TckContext ctx) {
    try (RuleJournal j = RuleJournal.open(ctx)) {
      JournaledProvider first = j.fresh();
      if (!first.reportsTrail()) {
        throw ctx.skip("the provider does not report its trail (reportsTrail() false): the journal counts its "
            + "whole place() as committing, so no placement of it is abandoned before a committing request");
      }
      OrderRequest request = ctx.plainOrder();
      String ref = request.reference();
      int before = ctx.orders();
      Throwable e = catchThrowable(() -> first.place(request, io.hostorder.core.commit.OrderTrail.NONE,
          (p, journalTrail) -> p.place(request, new CrashingTrail(journalTrail, CrashingTrail.Point.SENDING, 1))));
      assertThat(CrashingTrail.Abandoned.in(e)).as("[crash before announcing the first committing request] the "
          + "placement of %s was stopped (it ended with %s)", ref, e == null ? "an order" : e.toString()).isTrue();
      assertThat(ctx.orders() - before).as("[crash before announcing the first committing request] orders the "
          + "provider holds: it sent a committing request before its trail's commitSending returned").isZero();
      assertThat(j.status(ref)).as("[crash before announcing the first committing request] journal status of %s",
          ref).isEqualTo(JournalStatus.STARTED);
      JournaledProvider next = j.secondProcess();
      Throwable r = catchThrowable(() -> next.place(request));
      assertThat(r).as("[the next placement (a second process)] place() of %s", ref).isNull();
      assertThat(ctx.orders() - before).as("[the next placement (a second process)] orders the provider holds")
          .isEqualTo(1);
      Order replayed = j.secondProcess().place(request);
      assertThat(replayed.reference()).as("[a third placement] reference of the order replayed").isEqualTo(ref);
      assertThat(ctx.orders() - before).as("[a third placement] orders the provider holds").isEqualTo(1);
    }
  }
}
