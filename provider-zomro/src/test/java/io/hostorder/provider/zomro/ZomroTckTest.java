package io.hostorder.provider.zomro;

import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.ZomroHarnessFactory;

/** The whole TCK against the BILLmanager simulator in its Zomro profile, through the built-in harness. */
class ZomroTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return new ZomroHarnessFactory().simulated().orElseThrow();
  }
}
