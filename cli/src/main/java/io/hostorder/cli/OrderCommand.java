package io.hostorder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Secrets;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hostorder order}: places the portable order of a JSON file and prints the provider's order. */
@Command(name = "order", mixinStandardHelpOptions = true,
    description = {"Places the portable order in FILE (the JSON form: reference, promoCode, items) and prints the "
        + "resulting order: the provider's order id, status, lines with their provider ids, and the invoice when "
        + "payment is required.",
        "The whole order is checked first; when it is invalid every problem is listed with its JSON path and "
        + "nothing is sent. Placing the same file again re-uses its reference, so a provider that can find orders "
        + "by reference does not order twice."})
final class OrderCommand implements Callable<Integer>, JsonOutput {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--order-file", required = true, paramLabel = "FILE", description = "The portable order (JSON).")
  Path orderFile;

  @Option(names = "--promo", paramLabel = "CODE", description = "A promo code for the whole order (replaces the file's promoCode).")
  String promo;

  @Option(names = "--json", description = "Print one JSON document: the order, or the error.")
  boolean json;

  /** True when the file gave no reference and one was generated for this run. */
  private boolean generatedReference;

  OrderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public boolean json() {
    return json;
  }

  /**
   * Reads the order file, with {@code --promo} applied. A file that cannot be bound to an order fails
   * here with the JSON path of the problem; the portable and provider rules are checked together later,
   * so that every violation is listed at once.
   */
  OrderRequest readOrder() {
    if (!Files.isRegularFile(orderFile) || !Files.isReadable(orderFile)) {
      throw new UsageException("--order-file " + orderFile + ": no such readable file");
    }
    String text;
    try {
      text = Files.readString(orderFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("--order-file " + orderFile + ": " + e.getMessage());
    }
    rememberSecrets(text);
    OrderRequest order;
    try {
      order = OrderJson.mapper().readValue(text, OrderRequest.class);
    } catch (JsonProcessingException e) {
      order = null;
    }
    if (order == null) {
      order = OrderJson.read(text); // throws InvalidOrderException naming the JSON path
    }
    ctx.scrubber().addAll(order);
    if (promo != null) {
      if (promo.isBlank()) {
        throw new UsageException("--promo must not be blank");
      }
      order = order.toBuilder().promoCode(promo).build();
    }
    return order;
  }

  /** Registers the values of secret-named members (passwords) before binding, in case an error quotes them. */
  private void rememberSecrets(String text) {
    try {
      JsonNode tree = OrderJson.mapper().readTree(text);
      if (tree != null) {
        generatedReference = !tree.has("reference");
        remember(tree);
      }
    } catch (JsonProcessingException e) {
      // Not JSON at all: binding reports it below, and there is no member to quote.
    }
  }

  private void remember(JsonNode node) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode() && Secrets.isSecretName(e.getKey())) {
        ctx.scrubber().add(e.getValue().asText());
      }
    });
    node.forEach(this::remember);
  }

  @Override
  public Integer call() {
    OrderRequest order = readOrder();
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProvider p = provider.open(registry, ctx);
      Progress progress = json ? Progress.silent(ctx.out()) : new Progress(ctx.out(), false);
      int n = order.items().size();
      progress.note("placing order " + order.reference() + " at " + p.type() + " (" + n + (n == 1 ? " item" : " items")
          + (order.promoCode() != null ? ", promo code " + order.promoCode() : "") + ")");
      if (p.capabilities().idempotency() == io.hostorder.core.Idempotency.NONE) {
        // Say it before anything is sent: with such a provider the reference cannot stop a repeat.
        progress.note("note: " + p.type() + " cannot find an order again by its reference; running this order"
            + " again places a second order (check 'hostorder list' first)");
      } else if (generatedReference) {
        progress.note("note: the order file has no \"reference\"; this run uses " + order.reference()
            + ". Put a reference in the file so that running it again cannot order twice.");
      }
      Order placed = new Placement(p, progress).place(order);
      if (json) {
        ctx.out().println(JsonView.text(JsonView.order(placed)));
      } else {
        TextView.order(ctx.out(), placed, "");
      }
    }
    return ExitStatus.OK;
  }
}
