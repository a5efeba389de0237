package io.hostorder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hostorder cancel}: cancels an order, or one line of it. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = {"Cancels a whole order, or with --line one line of it (where the provider can).",
        "Where the provider can look the order up, it is read first: an order (or line) already cancelled is "
            + "reported as such (\"was already cancelled; nothing was sent\", exit 0) and nothing is sent."})
final class CancelCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--order", required = true, paramLabel = "ID", description = "The provider's order id.")
  String orderId;

  @Option(names = "--line", paramLabel = "ID", description = "Cancel only this line of the order (its line id).")
  String lineId;

  @Option(names = "--json", description = "Print one JSON document: what was cancelled, or the error.")
  boolean json;

  CancelCommand(CliContext ctx) {
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

  /**
   * Returns true when the order (or the line) is cancelled already, read first where the provider can look an
   * order up: cancelling it again would report a cancellation that did not happen now.
   */
  private boolean alreadyCancelled(OrderProvider p, OrderRef ref, Progress progress) {
    if (!p.capabilities().has(io.hostorder.core.Capability.ORDER_STATUS)) {
      return false;
    }
    io.hostorder.core.model.Order order = progress.step("reading order " + ref.id(), () -> p.order(ref));
    if (order.status() == io.hostorder.core.model.OrderStatus.CANCELLED) {
      return true;
    }
    return lineId != null && order.lines().stream()
        .anyMatch(l -> lineId.equals(l.id()) && l.status() == io.hostorder.core.model.OrderStatus.CANCELLED);
  }

  @Override
  public Integer call() {
    OrderRef ref = Refs.order(orderId);
    if (lineId != null && lineId.isBlank()) {
      throw new UsageException("--line must not be blank");
    }
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProvider p = provider.open(registry, ctx);
      Progress progress = Progress.of(ctx, json);
      boolean already = alreadyCancelled(p, ref, progress);
      if (!already) {
        if (lineId == null) {
          progress.step("cancelling order " + ref.id(), () -> p.cancel(ref));
        } else {
          progress.step("cancelling line " + lineId + " of order " + ref.id(), () -> p.cancel(ref, lineId));
        }
      }
      String what = lineId == null ? "order " + ref.id() : "line " + lineId + " of order " + ref.id();
      if (json) {
        ObjectNode n = JsonView.object();
        n.put("provider", p.type());
        n.put("order", ref.id());
        if (lineId != null) {
          n.put("line", lineId);
        }
        n.put("cancelled", true);
        n.put("alreadyCancelled", already);
        ctx.out().println(JsonView.text(n));
      } else {
        ctx.out().println(already ? what + " was already cancelled; nothing was sent" : what + " cancelled");
      }
    }
    return ExitStatus.OK;
  }
}
