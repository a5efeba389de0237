package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.follow.AwaitListener;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hostorder await ID --until ACTIVE --timeout 10m}: reads the order with back-off (never orders
 * anything) until it has the status, then prints it with its servers' details.
 */
@Command(name = "await", mixinStandardHelpOptions = true,
    description = {"Waits until an order has a status (default ACTIVE): reads it with back-off (1 s, doubling up to "
        + "30 s) and never orders anything, then prints the order with its servers (service id, name, IP addresses). "
        + "One progress line per read on standard error."})
final class AwaitCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Parameters(index = "0", paramLabel = "ID", description = "The provider's order id (as 'order' printed it).")
  String orderId;

  @Option(names = "--until", paramLabel = "STATUS", defaultValue = "ACTIVE",
      description = "The status to wait for: ACTIVE (default), PROCESSING, PENDING_PAYMENT, CANCELLED or FAILED.")
  String until;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m",
      description = "How long to wait at most, e.g. 90s, 10m, 1h (default 10m).")
  String timeout;

  @Option(names = "--json", description = "Print one JSON document: the order, or the error.")
  boolean json;

  AwaitCommand(CliContext ctx) {
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
    OrderStatus status = status(until);
    Duration limit;
    try {
      limit = ProviderConfig.parseDuration(timeout);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--timeout: " + e.getMessage());
    }
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProvider p = provider.open(registry, ctx);
      // With --quiet the reads print nowhere: standard output still gets only the order.
      PrintWriter err = ctx.quiet() ? new PrintWriter(java.io.Writer.nullWriter()) : ctx.err();
      err.println("waiting up to " + timeout + " for order " + ref.id() + " to be " + status + " (reading only)");
      err.flush();
      Order order = p.await(ref, status, limit, new AwaitListener() {
        @Override
        public void polled(Order o, int polls, Duration elapsed) {
          err.println("  read " + polls + " at " + seconds(elapsed) + ": " + o.status()
              + (o.providerStatus() != null ? " (provider: " + o.providerStatus() + ")" : ""));
          err.flush();
        }

        @Override
        public void readFailed(HostorderException e, int polls, Duration elapsed) {
          err.println("  read " + polls + " at " + seconds(elapsed) + " failed, waiting on: " + e.getMessage());
          err.flush();
        }
      });
      if (json) {
        ctx.out().println(JsonView.text(JsonView.order(order)));
      } else {
        TextView.order(ctx.out(), order, "");
      }
    }
    return ExitStatus.OK;
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static OrderStatus status(String value) {
    try {
      OrderStatus s = OrderStatus.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      if (s != OrderStatus.UNKNOWN) {
        return s;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new UsageException("--until: '" + value + "' is not a status to wait for; use ACTIVE, PROCESSING, "
        + "PENDING_PAYMENT, CANCELLED or FAILED");
  }
}
