package io.hostorder.cli;

import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import picocli.CommandLine;

/**
 * The exit status of the {@code hostorder} command, and which error leads to which.
 */
final class ExitStatus {
  static final int OK = 0;
  static final int OTHER = 1;
  static final int USAGE = 2;
  static final int INVALID_ORDER = 3;
  static final int AUTHENTICATION = 4;
  static final int PAYMENT_REQUIRED = 5;
  static final int PROVIDER_ERROR = 6;
  static final int OUTCOME_UNKNOWN = 7;
  static final int NOT_FOUND = 8;
  static final int CONFLICT = 9;
  static final int IN_FLIGHT = 10;
  static final int JOURNAL = 11;
  static final int AWAIT_TIMEOUT = 12;
  static final int ORDER_ENDED = 13;

  /** The whole table, shown by {@code hostorder --help} (and repeated in {@code docs/cli.md}); each command lists its own in {@link CommandHelp}. */
  static final java.util.Map<String, String> TABLE = table(
      "0", "success",
      "1", "anything else (a failed TCK rule, a temporary failure that is safe to retry, a bug)",
      "2", "usage or configuration error (bad option, unknown key, missing file, an operation the provider lacks)",
      "3", "invalid order: every violation is listed with its JSON path; no request was sent",
      "4", "authentication failed",
      "5", "payment required: the order exists; its id and the invoice are printed",
      "6", "provider error: the provider's own code and message are printed (also: promo code rejected)",
      "7", "outcome unknown: the order may or may not exist; the reference and provider ids to reconcile are printed",
      "8", "not found",
      "9", "idempotency conflict: the order reference was already used for a different order; nothing was sent",
      "10", "in flight: another live process is placing this reference now; nothing was sent; retry later",
      "11", "the order journal cannot be opened, read or written (nothing was sent after that)",
      "12", "await: the order did not reach the status before the time-out (nothing was ordered; waiting again is safe)",
      "13", "await: the order failed or was cancelled instead of reaching the status");

  private ExitStatus() {}

  /** Returns the exit status for {@code error}. */
  static int of(Throwable error) {
    if (error instanceof UsageException || error instanceof ConfigurationException
        || error instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (error instanceof InvalidOrderException) {
      return INVALID_ORDER;
    }
    if (error instanceof UnsupportedCapabilityException u) {
      // An order that asks for what the provider lacks is an invalid order; an operation the provider
      // cannot do (cancel at a provider without cancel) is a usage error.
      return u.violations().isEmpty() ? USAGE : INVALID_ORDER;
    }
    if (error instanceof AuthenticationException) {
      return AUTHENTICATION;
    }
    if (error instanceof PaymentRequiredException) {
      return PAYMENT_REQUIRED;
    }
    if (error instanceof ProviderErrorException || error instanceof PromoCodeRejectedException) {
      return PROVIDER_ERROR;
    }
    if (error instanceof OutcomeUnknownException) {
      return OUTCOME_UNKNOWN;
    }
    if (error instanceof io.hostorder.core.error.AwaitTimeoutException) {
      return AWAIT_TIMEOUT;
    }
    if (error instanceof io.hostorder.core.error.OrderEndedException) {
      return ORDER_ENDED;
    }
    if (error instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (error instanceof io.hostorder.core.error.IdempotencyConflictException) {
      return CONFLICT;
    }
    if (error instanceof io.hostorder.core.error.OrderInFlightException) {
      return IN_FLIGHT;
    }
    if (error instanceof io.hostorder.core.error.JournalException) {
      return JOURNAL;
    }
    return OTHER;
  }

  private static java.util.Map<String, String> table(String... pairs) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
