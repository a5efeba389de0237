package io.hostorder.provider.billmanager;

import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.BillmanagerHarnessFactory;

/** The whole TCK against the BILLmanager simulator (generic profile), through the built-in harness. */
class BillmanagerTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return new BillmanagerHarnessFactory().simulated().orElseThrow();
  }
}
