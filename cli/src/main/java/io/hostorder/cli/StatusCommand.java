package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hostorder status}: one order as the provider sees it now. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Prints one order's status, lines and invoice as the provider sees it now.")
final class StatusCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--order", required = true, paramLabel = "ID", description = "The provider's order id.")
  String orderId;

  @Option(names = "--json", description = "Print one JSON document: the order, or the error.")
  boolean json;

  StatusCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String providerArguments() {
    return provider.asArguments();
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    OrderRef ref = Refs.order(orderId);
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProvider p = provider.open(registry, ctx);
      Progress progress = Progress.of(ctx, json);
      Order order = progress.step("fetching order " + ref.id(), () -> p.order(ref));
      if (json) {
        ctx.out().println(JsonView.text(JsonView.order(order)));
      } else {
        TextView.order(ctx.out(), order, "");
      }
    }
    return ExitStatus.OK;
  }
}
