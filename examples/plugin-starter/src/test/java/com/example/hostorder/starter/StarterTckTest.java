package com.example.hostorder.starter;

import com.example.hostorder.starter.tck.StarterHarness;
import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;

/** The whole TCK against the starter provider and its simulator: every rule passes or is skipped for a stated reason. */
class StarterTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return StarterHarness.simulated();
  }
}
