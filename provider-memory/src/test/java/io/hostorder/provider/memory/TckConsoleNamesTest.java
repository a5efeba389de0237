package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.ProviderTck;
import io.hostorder.tck.TckHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What a build's console shows of the TCK: each rule's test has the rule as its source (Surefire then names it
 * "R9.1 …", not "contract()[9][1]"), and a failure's message starts with its rule, so that Surefire's summary,
 * which names a failure by where it was thrown, still says which rule failed.
 */
class TckConsoleNamesTest {

  /** A provider that leaks its password into an error message: rule R9.1 fails. Not run by Surefire on its own. */
  static final class LeakyTck extends ProviderTck {
    @Override
    protected TckHarness harness() {
      return VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
        @Override
        public Order place(OrderRequest order) {
          try {
            return delegate.place(order);
          } catch (AuthenticationException e) {
            throw new AuthenticationException("login refused for password " + config.require("password"));
          }
        }
      });
    }
  }

  @Test
  void everyRule_isATestWhoseSourceIsTheRule_andAFailureMessageStartsWithTheRule() {
    List<TestIdentifier> tests = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(LeakyTck.class)).build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              tests.add(id);
              result.getThrowable().filter(t -> result.getStatus() == TestExecutionResult.Status.FAILED)
                  .ifPresent(failures::add);
            }
          }
        });

    assertThat(tests).hasSizeGreaterThan(40).allSatisfy(id -> {
      assertThat(id.getSource()).get().isInstanceOf(UriSource.class);
      String rule = id.getDisplayName().substring(0, id.getDisplayName().indexOf(' '));
      assertThat(((UriSource) id.getSource().get()).getUri()).hasToString("urn:hostorder-tck:rule:" + rule);
    });
    assertThat(failures).singleElement().satisfies(f -> assertThat(f.getMessage())
        .startsWith("R9.1 no secret appears in an exception message").contains("— hint: "));
  }
}
