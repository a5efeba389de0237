package io.hostorder.cli;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints an error the way the command promises: a plain message on stderr with everything needed to
 * act on it (violations with their JSON paths, the invoice, the ids to reconcile), the JSON error
 * document on stdout with {@code --json}, and the stack trace only with {@code --debug}.
 */
final class ErrorReport {
  private ErrorReport() {}

  /** Prints {@code error} and returns its exit status. */
  static int print(CliContext ctx, Throwable error, boolean json, boolean debug) {
    return print(ctx, error, json, debug, null);
  }

  /**
   * Prints {@code error} of a run of {@code command} (null when unknown) and returns its exit status; the
   * hints repeat the run's provider and journal options, so they can be pasted.
   */
  static int print(CliContext ctx, Throwable error, boolean json, boolean debug, Object command) {
    return print(ctx, error, json, debug, command, null);
  }

  /** Prints as {@link #print(CliContext, Throwable, boolean, boolean, Object)} does; {@code provider} (may be null) says where a missing key can be given. */
  static int print(CliContext ctx, Throwable error, boolean json, boolean debug, Object command, ProviderOptions provider) {
    int status = ExitStatus.of(error);
    PrintWriter err = ctx.err();
    err.println("error: " + message(error));
    if (provider != null && error instanceof io.hostorder.core.error.ConfigurationException c) {
      String where = provider.whereToGive(c);
      if (where != null) {
        err.println("  " + where);
      }
    }
    RunOptions run = command instanceof RunOptions r ? r : () -> "--provider TYPE";
    details(err, error, run);
    if (status == ExitStatus.OTHER && !debug && !(error instanceof HostorderException) && !(error instanceof CommandFailedException)) {
      err.println("  (run again with --debug for the stack trace)");
    }
    if (debug) {
      error.printStackTrace(err);
    }
    err.flush();
    if (json) {
      ctx.out().println(JsonView.text(JsonView.error(error, status)));
      ctx.out().flush();
    }
    return status;
  }

  /** Returns the one-line message of {@code error}, never null. */
  static String message(Throwable error) {
    if (error instanceof InvalidOrderException i) {
      int n = i.violations().size();
      return "invalid order (" + n + (n == 1 ? " problem" : " problems") + "); nothing was sent";
    }
    if (error instanceof UnsupportedCapabilityException u && !u.violations().isEmpty()) {
      int n = u.violations().size();
      return "invalid order (" + n + (n == 1 ? " problem" : " problems") + "; this provider lacks "
          + u.capability().name() + "); nothing was sent";
    }
    if (error instanceof io.hostorder.core.error.ConfigurationException c && c.key() != null && c.key().startsWith("--")) {
      // An option, not a key: "--profile shop-a: …" reads as the command line does.
      return c.key() + ": " + c.reason();
    }
    String m = error.getMessage();
    if (m == null || m.isBlank()) {
      m = error.getClass().getSimpleName();
    }
    return error instanceof HostorderException || error instanceof UsageException || error instanceof CommandFailedException ? m : error.getClass().getSimpleName() + ": " + m;
  }

  private static void details(PrintWriter err, Throwable error, RunOptions run) {
    if (error instanceof InvalidOrderException i) {
      violations(err, i.violations());
    } else if (error instanceof UnsupportedCapabilityException u) {
      violations(err, u.violations());
    } else if (error instanceof ProviderErrorException p) {
      err.println("  provider code:    " + p.code());
      err.println("  provider message: " + p.providerMessage());
      rest(err, p.details());
    } else if (error instanceof PromoCodeRejectedException p) {
      err.println("  promo code: " + p.promoCode());
      rest(err, p.details());
    } else if (error instanceof PaymentRequiredException p) {
      if (p.order() != null) {
        err.println("  the order exists at the provider:");
        TextView.order(err, p.order(), "    ");
      }
      err.println("  invoice: " + (p.invoice() == null ? "(none given)" : TextView.invoice(p.invoice())));
      err.println("  pay it, then follow the order with: hostorder status " + run.providerArguments() + " --order "
          + (p.order() != null ? Shell.quote(p.order().ref().id()) : "ORDER_ID"));
    } else if (error instanceof OutcomeUnknownException o) {
      err.println("  the provider may or may not have placed the order; do NOT simply place it again.");
      err.println("  step:            " + o.step());
      err.println("  order reference: " + o.reference());
      Map<String, String> ids = new java.util.LinkedHashMap<>(o.details());
      ids.remove("reference");
      ids.remove("step");
      ids.remove("needs"); // said below as whole commands
      if (!ids.isEmpty()) {
        err.println("  provider ids:    " + TextView.ids(ids));
      }
      if (o.details().containsKey("journal")) {
        err.println("  the journal keeps it as unknown: placing it again sends nothing until it is settled.");
        String ref = Shell.quote(o.reference());
        err.println("  to settle it (looks it up where the provider can):");
        err.println("    hostorder reconcile " + run.providerArguments() + run.journalArguments() + " " + ref);
        err.println("  else find it in the provider's panel and run one of:");
        err.println("    hostorder resolve" + run.journalArguments() + " " + ref + " --placed ORDER_ID");
        err.println("    hostorder resolve" + run.journalArguments() + " " + ref + " --not-placed");
      } else {
        err.println("  to reconcile: look for reference " + o.reference() + " among the account's orders"
            + " (or in the provider's panel):");
        err.println("    hostorder list " + run.providerArguments());
      }
    } else if (error instanceof TransientException t) {
      err.println("  a passing failure: the step had no effect at the provider and is safe to retry");
      rest(err, t.details());
    } else if (error instanceof HostorderException h) {
      rest(err, h.details());
    }
  }

  private static void violations(PrintWriter err, List<Violation> violations) {
    for (Violation v : violations) {
      err.println("  " + v.path() + ": " + v.message());
    }
  }

  private static void rest(PrintWriter err, Map<String, String> details) {
    details.forEach((k, v) -> err.println("  " + k + ": " + v));
  }
}
