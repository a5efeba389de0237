package io.hostorder.cli;

import io.hostorder.core.model.OrderRef;

/** Turns ids given on the command line into model values, as usage errors when they are malformed. */
final class Refs {
  private Refs() {}

  static OrderRef order(String id) {
    if (id == null || id.isBlank()) {
      throw new UsageException("--order must not be blank");
    }
    return OrderRef.of(id.strip());
  }
}
