package io.hostorder.provider.billmanager;

import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.SecretScrubber;
import io.hostorder.core.model.Invoice;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a BILLmanager error document into the typed error: {@code auth}/{@code access} →
 * authentication, {@code extraconfirm} → authentication (two-factor pending), {@code promocode_not_use}
 * or a missed promo code → promo code rejected, "insufficient funds" → payment required,
 * {@code missed}/{@code value} → invalid order naming the broker's field (an error about a field the
 * client fills itself, such as an unknown {@code func}, is the provider's), anything else → provider error
 * with type, object and message. The provider's words are scrubbed of every known secret.
 */
final class ErrorMapper {
  private static final Pattern NO_MONEY = Pattern.compile(
      "(?iu)insufficient funds|not enough (money|funds)|недостаточно средств|low balance");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?iu)required amount[:\\s]*([0-9]+(?:[.,][0-9]+)?)\\s*([A-Z]{3}\\b)?");

  /** Fields the client itself fills (not the broker's order): an error about them is the provider's own. */
  private static final java.util.Set<String> PROTOCOL_FIELDS = java.util.Set.of("func", "elid", "sok", "out",
      "clicked_button", "paymethod_id", "auth", "authinfo", "su", "force_use_new_cart", "licence_agreement");

  private ErrorMapper() {}

  static HostorderException map(Doc.DocError error, Step step, Form form, SecretScrubber scrubber) {
    String type = error.type().toLowerCase(Locale.ROOT);
    String object = error.object();
    String message = scrubber.scrub(error.message().isEmpty() ? "(no message)" : error.message());
    String where = type + (object == null || object.isEmpty() ? "" : "/" + object);
    Map<String, String> details = new LinkedHashMap<>();
    if (step.reference() != null) {
      details.put("reference", step.reference());
    }
    details.put("step", step.name());
    details.putAll(step.ids());
    details.put("type", error.type());
    if (object != null && !object.isEmpty()) {
      details.put("object", object);
    }
    switch (type) {
      case "extraconfirm":
        return new AuthenticationException("BILLmanager asks for a two-factor confirmation (extraconfirm) before it "
            + "accepts this session: confirm it with the one-time code or use a login without two-factor authentication");
      case "auth":
        return new AuthenticationException("BILLmanager refused the credentials (" + where + "): " + message);
      case "access":
        return new AuthenticationException("BILLmanager refused access (" + where + "): " + message
            + " — the session is gone or the login may not do this");
      default:
        break;
    }
    if (isPromoCodeError(type, object, error)) {
      String code = step.promoCode() != null ? step.promoCode() : error.param("promocode");
      return new PromoCodeRejectedException(code == null ? "?" : code, message + " (" + where + ")", details);
    }
    if (NO_MONEY.matcher(error.message()).find() || type.contains("money") || type.contains("funds")
        || (type.equals("payment") && "balance".equals(object))) {
      return new PaymentRequiredException("BILLmanager cannot pay the order from the account (" + where + "): " + message,
          null, new Invoice(null, amount(error.message()), currency(error.message()), message), details);
    }
    String field = object == null || object.isEmpty() ? error.param("name") : object;
    if ((type.equals("missed") || type.equals("value")) && !PROTOCOL_FIELDS.contains(field)) {
      String path = field == null ? "order" : form.pathOf(field) != null ? form.pathOf(field) : field;
      String what = type.equals("missed") ? "BILLmanager says it is missing" : "BILLmanager refused the value";
      return new InvalidOrderException(new Violation(path, what + (field != null ? " ('" + field + "')" : "") + ": " + message));
    }
    return new ProviderErrorException(where, message + (error.detail() != null ? " (" + scrubber.scrub(error.detail()) + ")" : ""),
        details, null);
  }

  private static boolean isPromoCodeError(String type, String object, Doc.DocError error) {
    if (type.startsWith("promocode")) {
      return true;
    }
    boolean namesPromo = (object != null && object.toLowerCase(Locale.ROOT).contains("promocode"))
        || error.param("promocode") != null;
    return namesPromo && (type.equals("missed") || type.equals("value") || type.equals("exists"));
  }

  private static BigDecimal amount(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return new BigDecimal(m.group(1).replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String currency(String text) {
    Matcher m = AMOUNT.matcher(text);
    return m.find() ? m.group(2) : null;
  }
}
