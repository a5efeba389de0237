package io.hostorder.tck.campaign;

import io.hostorder.tck.AnswerFault;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import java.util.List;
import java.util.Random;

/**
 * The fault one order of a campaign gets: none (3 in 10), a fault after processing (5 in 10, each kind
 * alike) or a refusal before processing with 503 or 429 (2 in 10), at one of the committing steps the
 * order reaches.
 */
record Drawn(CommittingStep step, AnswerFault after, int refusal) {

  static Drawn draw(Random random, List<CommittingStep> reached) {
    int kind = random.nextInt(10);
    if (kind < 3 || reached.isEmpty()) {
      return new Drawn(null, null, 0);
    }
    CommittingStep step = reached.get(random.nextInt(reached.size()));
    if (kind < 8) {
      AnswerFault[] all = AnswerFault.values();
      return new Drawn(step, all[random.nextInt(all.length)], 0);
    }
    return new Drawn(step, null, random.nextBoolean() ? 503 : 429);
  }

  boolean armed() {
    return step != null;
  }

  void arm(ProviderObserver observer) {
    if (step == null) {
      return;
    }
    boolean done = after != null ? observer.failAfterProcessing(step.name(), after)
        : observer.refuseBeforeProcessing(step.name(), refusal);
    if (!done) {
      throw new IllegalStateException("the observer cannot arm " + this);
    }
  }

  @Override
  public String toString() {
    if (step == null) {
      return "no fault";
    }
    return step.name() + " × " + (after != null ? after.name() : "HTTP " + refusal + " before processing");
  }
}
