package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.OrderBook;
import io.hostorder.core.journal.OrderJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The counts a campaign ends with, taken at the simulator (the ground truth) and in the journal, and the
 * operator's part: a reference nothing could look up is resolved by what the simulator holds, as an
 * operator would after checking the provider's panel.
 */
final class Campaign {
  final String name;
  final List<String> references = new ArrayList<>();
  int faults;
  int kills;
  int needsOperator;

  Campaign(String name) {
    this.name = name;
  }

  /** Resolves {@code reference} as an operator would, from what {@code target} holds. */
  void operator(OrderJournal journal, CampaignTarget target, String reference) {
    needsOperator++;
    List<String> at = target.ordersAt(reference);
    assertThat(at).as("orders at the provider for " + reference).hasSizeLessThanOrEqualTo(1);
    new OrderBook(journal).resolve(reference, at.isEmpty() ? null : at.get(0), "campaign-operator",
        "checked at the simulator");
  }

  /** Counts references with two orders or more at the provider. */
  int duplicates(CampaignTarget target) {
    return (int) references.stream().filter(r -> target.ordersAt(r).size() > 1).count();
  }

  /** Counts orders at the provider whose reference the journal does not record as placed with that order. */
  int lost(CampaignTarget target, OrderJournal journal) {
    int lost = 0;
    for (String r : references) {
      Optional<JournalEntry> e = journal.find(r);
      for (String id : target.ordersAt(r)) {
        if (e.isEmpty() || e.get().status() != JournalStatus.PLACED || !id.equals(e.get().orderId())) {
          lost++;
        }
      }
    }
    return lost;
  }

  /** Counts references that are neither placed once nor definitively not placed. */
  int unsettled(CampaignTarget target, OrderJournal journal) {
    int n = 0;
    for (String r : references) {
      Optional<JournalEntry> e = journal.find(r);
      boolean placed = e.isPresent() && e.get().status() == JournalStatus.PLACED && target.ordersAt(r).size() == 1;
      boolean notPlaced = e.isPresent() && e.get().status() == JournalStatus.NOT_PLACED && target.ordersAt(r).isEmpty();
      if (!placed && !notPlaced) {
        n++;
      }
    }
    return n;
  }

  /** Prints the line the issue asks for and checks the zeros. */
  void report(CampaignTarget target, OrderJournal journal) {
    int duplicates = duplicates(target);
    int lost = lost(target, journal);
    int unsettled = unsettled(target, journal);
    System.out.println(name + " " + target + ": orders " + references.size() + ", faults " + faults + ", kills " + kills
        + ", duplicates " + duplicates + ", lost " + lost + ", needs-operator " + needsOperator
        + ", unsettled " + unsettled);
    assertThat(duplicates).as("duplicates").isZero();
    assertThat(lost).as("orders at the provider unknown to the journal").isZero();
    assertThat(unsettled).as("references neither placed nor definitively not placed").isZero();
  }
}
