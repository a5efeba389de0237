package io.hostorder.tck;

import java.util.ArrayList;
import java.util.List;

/** Every rule of SPEC.md, by topic, in the order of SPEC.md. */
final class Rules {
  /** One topic of SPEC.md: its number and title, and its rules. */
  record Topic(String title, List<Rule> rules) {}

  private Rules() {}

  static List<Topic> topics() {
    return List.of(
        new Topic("1 Discovery and configuration", DiscoveryRules.all()),
        new Topic("2 Validation", ValidationRules.all()),
        new Topic("3 Placing an order", PlacingRules.all()),
        new Topic("4 Promo codes", PromoRules.all()),
        new Topic("5 Related services", RelatedRules.all()),
        new Topic("6 Status, list and reconcile", StatusRules.all()),
        new Topic("7 Cancel", CancelRules.all()),
        new Topic("8 Errors", ErrorRules.all()),
        new Topic("9 Secrets", SecretRules.all()),
        new Topic("10 Concurrency", ConcurrencyRules.all()),
        new Topic("11 Time-outs", TimeoutRules.all()),
        new Topic("12 Idempotency", IdempotencyRules.all()),
        new Topic("13 Absent capabilities", AbsentCapabilityRules.all()),
        new Topic("14 Committing answers", CommittingRules.all()),
        new Topic("15 Journal-backed place", JournalRules.all()));
  }

  static List<Rule> all() {
    List<Rule> out = new ArrayList<>();
    topics().forEach(t -> out.addAll(t.rules()));
    return out;
  }
}
