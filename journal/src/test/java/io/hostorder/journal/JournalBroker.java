package io.hostorder.journal;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.campaign.Campaign;
import io.hostorder.tck.campaign.Campaign.Belief;
import java.util.Optional;

/**
 * A broker of the TCK's seeded campaign ({@link Campaign}) that places every order through the journal,
 * the way docs/journal.md tells a broker to: {@code place}; on an unknown outcome {@code settle} (reconcile
 * with the ids the journal holds) and place again only when the provider definitively holds none; on a
 * transient refusal place again (three attempts). What it believes is what the <em>journal</em> says
 * afterwards ({@code placed}, {@code not-placed}, else unknown: needs an operator), so the campaign's
 * counts at the provider's side check the journal: a duplicate is a reference ordered twice, a lost order
 * one the provider holds while the journal says not placed, a phantom one the journal says placed that
 * the provider lacks.
 */
final class JournalBroker implements Campaign.Broker {
  private static final int ATTEMPTS = 3;
  private final OrderJournal journal;
  private JournaledProvider journaled;
  private int needsOperator;

  JournalBroker(OrderJournal journal) {
    this.journal = journal;
  }

  /** Returns how many references the journal left needing an operator. */
  int needsOperator() {
    return needsOperator;
  }

  @Override
  public Belief place(OrderProvider provider, OrderRequest request) {
    JournaledProvider p = journaled(provider);
    String reference = request.reference();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        p.place(request);
        break;
      } catch (OutcomeUnknownException e) {
        Settlement s = p.settle(reference);
        if (s.outcome() != Settlement.Outcome.NOT_PLACED) {
          break; // placed (found), or needs an operator: never place it again here
        }
      } catch (PaymentRequiredException e) {
        break;
      } catch (TransientException e) {
        // provably not reached (503/429 before processing): the journal recorded it not placed
      } catch (HostorderException e) {
        break;
      }
    }
    return belief(reference);
  }

  private Belief belief(String reference) {
    Optional<JournalEntry> e = journal.find(reference);
    JournalStatus status = e.map(JournalEntry::status).orElse(JournalStatus.NOT_PLACED);
    switch (status) {
      case PLACED:
        return Belief.PLACED;
      case NOT_PLACED:
        return Belief.NOT_PLACED;
      default:
        needsOperator++;
        return Belief.UNKNOWN;
    }
  }

  /** One journaled provider for the campaign's one instance. */
  private JournaledProvider journaled(OrderProvider provider) {
    if (journaled == null || journaled.delegate() != provider) {
      journaled = JournaledProvider.wrap(provider, journal, JournalOptions.of(provider.type() + "@campaign"));
    }
    return journaled;
  }
}
