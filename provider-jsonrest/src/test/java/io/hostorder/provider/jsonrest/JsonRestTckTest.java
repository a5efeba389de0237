package io.hostorder.provider.jsonrest;

import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;

/** The whole TCK against the JSON action API simulator, through the built-in harness. */
class JsonRestTckTest extends ProviderTck {
  @Override
  protected TckHarness harness() {
    return new JsonRestHarnessFactory().simulated().orElseThrow();
  }
}
