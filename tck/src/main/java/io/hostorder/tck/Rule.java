package io.hostorder.tck;

import io.hostorder.core.Capability;
import java.util.Objects;

/**
 * One rule of SPEC.md as the suite checks it: its id and title, whether it is required or applies only
 * with (or without) a capability, whether it needs an observer or places more than one order, the hint
 * a failure ends with, and the check itself.
 */
record Rule(String id, String title, Capability with, Capability without, boolean observer, boolean liveSafe,
    String hint, Check check) {

  Rule {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(hint, "hint == null");
    Objects.requireNonNull(check, "check == null");
  }

  /** The body of a rule; it fails by throwing (AssertJ), skips with {@link TckContext#skip}. */
  @FunctionalInterface
  interface Check {
    void run(TckContext ctx) throws Exception;
  }

  /** Returns the display name, e.g. {@code R3.2 checkout returns an order with the provider's order id}. */
  String displayName() {
    return id + " " + title;
  }

  /** Returns the rule as a test's source, {@code urn:hostorder-tck:rule:R3.2}: a name, not a place in the code. */
  java.net.URI source() {
    return java.net.URI.create("urn:hostorder-tck:rule:" + id);
  }

  /** Returns {@code required}, {@code with CAPABILITY} or {@code without CAPABILITY}. */
  String requirement() {
    return with != null ? "with " + with : without != null ? "without " + without : "required";
  }

  static Builder rule(String id, String title) {
    return new Builder(id, title);
  }

  /** Builds a rule; by default required, no observer, not run in live mode. */
  static final class Builder {
    private final String id;
    private final String title;
    private Capability with;
    private Capability without;
    private boolean observer;
    private boolean liveSafe;
    private String hint = "see SPEC.md";

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    Builder with(Capability capability) {
      this.with = capability;
      return this;
    }

    Builder without(Capability capability) {
      this.without = capability;
      return this;
    }

    Builder observer() {
      this.observer = true;
      return this;
    }

    /** Marks the rule safe against a real account: it places at most the cheapest item once, then cancels. */
    Builder liveSafe() {
      this.liveSafe = true;
      return this;
    }

    Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    Rule check(Check check) {
      return new Rule(id, title, with, without, observer, liveSafe, hint, check);
    }
  }
}
