package io.hostorder.core.journal;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.Secrets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link OrderTrail} of one placement: writes every callback into the journal entry of its reference
 * before returning (the journal's update is durable), and passes it on to the caller's own trail. Before
 * a committing request it checks that this placement still holds the lease; when another process took
 * the reference over, it throws {@link LeaseLost} and the request is not sent.
 */
final class EntryTrail implements OrderTrail {
  private final OrderJournal journal;
  private final String reference;
  private final String owner;
  private final JournalOptions options;
  private final OrderTrail outer;
  private boolean sent;

  EntryTrail(OrderJournal journal, String reference, String owner, JournalOptions options, OrderTrail outer) {
    this.journal = journal;
    this.reference = reference;
    this.owner = owner;
    this.options = options;
    this.outer = outer;
  }

  /**
   * True: this trail exists only for a placement the journal decided to send (the reference new to it, its
   * last attempt definitively not placed or ended before any committing request, or just looked up and not
   * found), unless the options ask for a lookup first.
   */
  @Override
  public boolean neverSent() {
    return !options.lookupFirst();
  }

  /** Returns true once a committing request was announced by this placement. */
  boolean sentAny() {
    return sent;
  }

  @Override
  public void idsKnown(Map<String, String> ids) {
    write("ids", null, ids, null, false);
    outer.idsKnown(ids);
  }

  @Override
  public void commitSending(String step, Map<String, String> ids) {
    write("commit-sending", step, ids, JournalStatus.COMMITTING, true);
    sent = true;
    outer.commitSending(step, ids);
  }

  @Override
  public void commitSucceeded(String step, Map<String, String> ids) {
    write("commit-succeeded", step, ids, null, false);
    outer.commitSucceeded(step, ids);
  }

  @Override
  public void commitRefused(String step, HostorderException refusal) {
    write("commit-refused", step, Map.of("error", refusal.kind()), null, false);
    outer.commitRefused(step, refusal);
  }

  @Override
  public void commitUnknown(String step, OutcomeUnknownException unknown) {
    Map<String, String> ids = new LinkedHashMap<>(unknown.details());
    ids.remove("reference");
    ids.remove("step");
    write("commit-unknown", step, ids, JournalStatus.UNKNOWN, false);
    outer.commitUnknown(step, unknown);
  }

  private void write(String kind, String step, Map<String, String> ids, JournalStatus status, boolean mustHold) {
    Map<String, String> plain = Fingerprint.plain(ids);
    Map<String, String> sealed = new LinkedHashMap<>();
    boolean dropped = false;
    for (Map.Entry<String, String> e : ids.entrySet()) {
      if (Secrets.isSecretName(e.getKey()) && e.getValue() != null) {
        if (options.sealer() != null) {
          sealed.put(e.getKey(), options.sealer().seal(reference, e.getKey(), e.getValue()));
        } else {
          dropped = true;
        }
      }
    }
    boolean droppedSecret = dropped;
    String detail = plain.isEmpty() ? null : plain.toString()
        + (sealed.isEmpty() ? "" : " + sealed " + sealed.keySet())
        + (droppedSecret ? " (a per-order secret was not kept: no journal-key)" : "");
    // "Commit sending" and an unknown outcome are durable before this returns; the rest (ids, an answer) lazily:
    // the next durable record (the next commit sending, the outcome) comes before anything else is sent or returned.
    Function<Optional<JournalEntry>, JournalUpdate<Boolean>> change = existing -> {
      if (existing.isEmpty() || !owner.equals(existing.get().owner())) {
        return JournalUpdate.none(false);
      }
      Instant now = options.clock().instant();
      JournalEntry e = existing.get().withIds(plain, sealed, droppedSecret).touched(now);
      if (step != null && status == JournalStatus.COMMITTING) {
        e = e.withStep(step);
      }
      if (status != null) {
        e = e.withStatus(status);
      }
      if (mustHold) {
        e = e.withOwner(owner, now.plus(options.lease()));
      }
      return JournalUpdate.write(e, true, new JournalEvent(now, kind, step, detail, owner));
    };
    boolean durable = mustHold || status != null;
    Boolean held = durable ? journal.update(reference, change) : journal.updateLazily(reference, change);
    if (!held && mustHold) {
      throw new LeaseLost(reference);
    }
  }

  /** This placement no longer holds its reference: another process took it over after its lease ran out. */
  static final class LeaseLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeaseLost(String reference) {
      super("the placement of " + reference + " lost its lease to another process; nothing more was sent");
    }
  }
}
