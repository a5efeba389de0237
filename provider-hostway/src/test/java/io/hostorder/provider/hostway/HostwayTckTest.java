package io.hostorder.provider.hostway;

import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.HostwayHarnessFactory;

/** The whole TCK against the Hostway simulator, through the built-in harness. */
class HostwayTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return new HostwayHarnessFactory().simulated().orElseThrow();
  }
}
