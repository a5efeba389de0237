package io.hostorder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
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
        + "nothing is sent.",
        "The order goes through the order journal (see --journal): placing the same reference again shows the "
        + "order already placed and sends nothing; the same reference with a different order is refused (exit 9); "
        + "a reference whose committing request had no definitive answer is looked up first, and otherwise left for "
        + "'hostorder reconcile' or 'hostorder resolve' (exit 7). --no-journal places without it (loudly)."})
final class OrderCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--order-file", required = true, paramLabel = "FILE", description = "The portable order (JSON).")
  Path orderFile;

  @Option(names = "--promo", paramLabel = "CODE", description = "A promo code for the whole order (replaces the file's "
      + "promoCode). Refused (exit 9) when the reference was already placed: the code could no longer apply.")
  String promo;

  @Option(names = "--json", description = "Print one JSON document: the order, or the error.")
  boolean json;

  @Mixin
  JournalChoice journal = new JournalChoice();

  @Option(names = "--no-journal", description = "Place without the order journal: a retry, a second process or a "
      + "crash can then order twice where the provider cannot find orders by reference.")
  boolean noJournal;

  @Option(names = "--lookup-first", description = "Look the reference up at the provider before ordering it, even "
      + "when the journal never sent it (for an account where other tools order under the same references; "
      + "costs the lookup's requests). Without it the journal alone tells a new reference from a retry.")
  void lookupFirst(boolean value) {
    journal.lookupFirst = value;
  }

  /** True when the file gave no reference and one was generated for this run. */
  private boolean generatedReference;

  OrderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String providerArguments() {
    return provider.asArguments();
  }

  @Override
  public String journalArguments() {
    return journal.asArguments();
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
    ctx.scrubber().rememberOrder(order);
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
        ctx.scrubber().remember(e.getValue().asText());
      }
    });
    node.forEach(this::remember);
  }

  @Override
  public Integer call() {
    OrderRequest order = readOrder();
    if (noJournal && journal.journal != null) {
      throw new UsageException("--no-journal and --journal exclude each other");
    }
    try (ProviderRegistry registry = ctx.registry()) {
      Progress progress = Progress.of(ctx, json);
      Order placed;
      if (noJournal) {
        OrderProvider p = provider.open(registry, ctx);
        ctx.err().println("WARNING: --no-journal: order " + order.reference() + " is placed without the order journal;"
            + " nothing records it, and a retry, another process or a crash can order it twice"
            + (p.capabilities().idempotency() == io.hostorder.core.Idempotency.NONE
                ? " (" + p.type() + " cannot find an order again by its reference)" : ""));
        ctx.err().flush();
        announce(progress, order, p);
        if (p.capabilities().idempotency() == io.hostorder.core.Idempotency.NONE) {
          // Say it before anything is sent: with such a provider the reference cannot stop a repeat.
          progress.warn("warning: " + p.type() + " cannot find an order again by its reference; running this order"
              + " again places a second order; check first with: hostorder list " + provider.asArguments());
        } else {
          warnGenerated(progress, order);
        }
        placed = PlaceProgress.place(p, order, progress, promo != null);
      } else {
        try (OrderJournal j = journal.open(ctx)) {
          JournaledProvider p = provider.open(registry, ctx, j, journal);
          announce(progress, order, p);
          progress.note("journal: " + j.location() + " (instance " + p.instance() + ")");
          warnGenerated(progress, order);
          placed = PlaceProgress.placeJournaled(p, order, progress, promo != null);
        }
      }
      if (json) {
        ctx.out().println(JsonView.text(JsonView.order(placed)));
      } else {
        TextView.order(ctx.out(), placed, "");
      }
    }
    return ExitStatus.OK;
  }

  private static void announce(Progress progress, OrderRequest order, OrderProvider p) {
    int n = order.items().size();
    progress.note("placing order " + order.reference() + " at " + p.type() + " (" + n + (n == 1 ? " item" : " items")
        + (order.promoCode() != null ? ", promo code " + order.promoCode() : "") + ")");
  }

  private void warnGenerated(Progress progress, OrderRequest order) {
    if (generatedReference) {
      progress.warn("warning: the order file has no \"reference\"; this run uses " + order.reference()
          + ". Put a reference in the file so that running it again cannot order twice.");
    }
  }
}
