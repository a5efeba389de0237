package io.hostorder.provider.memory;

import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;

/** The whole TCK against the in-memory provider: every rule must pass or be skipped for a stated reason. */
class MemoryTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return MemoryHarness.fresh();
  }
}
