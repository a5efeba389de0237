package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderRequest;
import java.util.List;

/** SPEC.md section 8: errors. */
final class ErrorRules {
  private ErrorRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R8.1", "refused credentials give AuthenticationException, not a generic error").liveSafe()
            .hint("map the provider's login refusal (HTTP 401/403, an auth error code) to AuthenticationException")
            .check(ctx -> {
              ProviderConfig bad = ctx.session().badCredentials()
                  .orElseThrow(() -> ctx.skip("the harness gives no configuration with refused credentials"));
              OrderProvider provider = ctx.create(bad);
              Throwable e = catchThrowable(() -> ctx.placed(provider, provider.place(ctx.plainOrder())));
              assertThat(e).as("error with refused credentials").isInstanceOf(AuthenticationException.class);
            }),
        rule("R8.2", "a provider's own error keeps the provider's code and message")
            .hint("throw ProviderErrorException(code, providerMessage) with the provider's words, unchanged")
            .check(ctx -> {
              TckHarness.ProviderErrorSample sample = ctx.harness().providerError()
                  .orElseThrow(() -> ctx.skip("the harness gives no item the provider refuses"));
              Throwable e = catchThrowable(() -> ctx.place(ctx.order(sample.item())));
              assertThat(e).as("error for '%s'", sample.description()).isInstanceOf(ProviderErrorException.class);
              ProviderErrorException p = (ProviderErrorException) e;
              assertThat(p.code()).as("provider's code").isEqualTo(sample.code());
              assertThat(p.providerMessage()).as("provider's message").isNotBlank();
              assertThat(p.getMessage()).as("message").contains(p.code()).contains(p.providerMessage());
            }),
        rule("R8.3", "a failed request gives a typed error, and a retry then places exactly one order").observer()
            .hint("map HTTP 5xx to TransientException or ProviderErrorException; never let a raw exception out")
            .check(ctx -> {
              int orders = ctx.orders();
              OrderRequest request = ctx.plainOrder();
              ctx.observer().failNext(1);
              Throwable e = catchThrowable(() -> ctx.place(request));
              assertThat(e).as("error of a request answered 503")
                  .isInstanceOfAny(TransientException.class, ProviderErrorException.class, OutcomeUnknownException.class);
              assertThat(ctx.orders()).as("orders after a failed request").isEqualTo(orders);
              ctx.observer().clearFaults();
              ctx.place(request);
              assertThat(ctx.orders()).as("orders after the retry").isEqualTo(orders + 1);
            }),
        rule("R8.4", "every error the provider throws is a HostorderException").liveSafe()
            .hint("wrap I/O and parsing failures in the typed errors (core's Failures.io helps)")
            .check(ctx -> {
              Throwable e = catchThrowable(() -> ctx.newCart().add(
                  ctx.harness().plainItem().toBuilder().quantity(-1).build()));
              assertThat(e).as("error of an invalid add").isInstanceOf(HostorderException.class);
              ctx.harness().providerError().ifPresent(sample -> assertThat(catchThrowable(
                  () -> ctx.place(ctx.order(sample.item())))).isInstanceOf(HostorderException.class));
            }));
  }
}
