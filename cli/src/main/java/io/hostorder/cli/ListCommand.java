package io.hostorder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hostorder list}: the orders the configured account holds. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the orders the configured account holds.")
final class ListCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--json", description = "Print one JSON document: {\"orders\": [...]}, or the error.")
  boolean json;

  ListCommand(CliContext ctx) {
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
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProvider p = provider.open(registry, ctx);
      Progress progress = Progress.of(ctx, json);
      List<Order> orders = progress.step("listing orders at " + p.type(), p::orders);
      if (json) {
        ObjectNode root = JsonView.object();
        ArrayNode list = root.putArray("orders");
        orders.forEach(o -> list.add(JsonView.order(o)));
        ctx.out().println(JsonView.text(root));
      } else {
        TextView.orders(ctx.out(), orders);
      }
    }
    return ExitStatus.OK;
  }
}
