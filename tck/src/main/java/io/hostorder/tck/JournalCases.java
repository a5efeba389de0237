package io.hostorder.tck;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.util.List;

/**
 * The failures of the cases of one rule of SPEC.md section 15, each line starting with the case's name
 * ({@code [confirm × DROP] }), and how a placement again is judged.
 */
final class JournalCases {
  private final List<String> failures;
  private final String name;

  JournalCases(List<String> failures, String name) {
    this.failures = failures;
    this.name = name;
  }

  void fail(String what) {
    failures.add(name + what);
  }

  /** R15.3: place() again gives the order (placed in the journal) or OutcomeUnknownException (unknown, needs an operator). */
  void again(TckContext ctx, RuleJournal j, JournaledProvider p, String what, OrderRequest request, Order first,
      int held) {
    Order[] got = new Order[1];
    Throwable e = catchThrowable(() -> got[0] = p.place(request));
    JournalStatus status = j.status(request.reference());
    if (e == null) {
      if (first != null && !first.ref().equals(got[0].ref())) {
        fail(what + " returned order " + got[0].ref() + ", not " + first.ref() + " of the first place()");
      }
      if (status != JournalStatus.PLACED) {
        fail(what + " returned an order but the journal says " + status);
      }
    } else if (e instanceof OutcomeUnknownException u) {
      if (!request.reference().equals(u.reference())) {
        fail(what + ": OutcomeUnknownException names reference " + u.reference());
      }
      if (status != JournalStatus.UNKNOWN) {
        fail(what + " threw OutcomeUnknownException but the journal says " + status + ", not unknown (needs an "
            + "operator)");
      }
    } else if (!(e instanceof HostorderException)) {
      fail(what + " threw untyped " + e.getClass().getName());
    } else if (held > 0) {
      fail(what + " threw " + e.getClass().getSimpleName() + " (\"nothing happened\") although the provider "
          + "holds the order");
    }
  }

  /** R15.4: the next placement gives the order or needs-operator, never a second order. */
  void settled(TckContext ctx, RuleJournal j, JournaledProvider p, String what, OrderRequest request, int held,
      int before) {
    Throwable e = catchThrowable(() -> p.place(request));
    JournalStatus status = j.status(request.reference());
    int total = ctx.orders() - before;
    if (total > 1) {
      fail(what + " left " + total + " new orders at the provider (a second order)");
    } else if (e == null) {
      if (total != 1 || status != JournalStatus.PLACED) {
        fail(what + " returned an order, but the provider holds " + total + " new orders and the journal says "
            + status);
      }
    } else if (e instanceof OutcomeUnknownException) {
      if (status != JournalStatus.UNKNOWN) {
        fail(what + " threw OutcomeUnknownException but the journal says " + status + ", not unknown");
      } else if (held == 1 && ctx.has(Capability.RECONCILE)) {
        fail(what + " needs an operator although the provider has RECONCILE and holds the order: reconcile("
            + "reference) did not find it");
      }
    } else {
      fail(what + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage() + "; expected the order or "
          + "OutcomeUnknownException (needs an operator)");
    }
  }
}
