package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.registry.ProviderRegistry;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code hostorder demo} refuses to run when a built-in type has no simulator, rather than showing less. */
class DemoCommandTest {
  @Test
  void demo_whenABuiltInTypeHasNoSimulator_failsLoudly_namingIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(out, err, Map.of(), new Scrubber(), ProviderRegistry::installed,
        () -> CliContext.installedHarnesses().stream().filter(h -> !h.type().equals("hostway")).toList());
    int status = Hostorder.run(ctx, "demo");
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("the demo needs every built-in provider type", "hostway")
        .doesNotContain("\tat ");
  }

  @Test
  void demo_builtInTypesAreTheFourDocumentedApis() {
    assertThat(DemoCommand.BUILT_IN).containsExactly("billmanager", "zomro", "hostway", "jsonrest");
  }
}
