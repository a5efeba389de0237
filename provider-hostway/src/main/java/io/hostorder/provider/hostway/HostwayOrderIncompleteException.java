package io.hostorder.provider.hostway;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.ProviderErrorException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step was refused definitively after the Hostway order was created (a documented refusal such as 400 or
 * 409), so the order was NOT submitted (nothing is ordered). {@link #state()} holds the order id, the owner id
 * needed to resume it, and every product and service created so far; {@link #getCause()} is the typed error of
 * the refused step ({@code ProviderErrorException}, {@code AuthenticationException}, {@code
 * NotFoundException}). The broker either retries the remaining steps on the same order with {@link
 * HostwayProvider#resume(HostwayOrderState)} (or by calling {@code checkout()} again on the same cart) when
 * {@link HostwayOrderState#resumable()}, or abandons the order. (An answer that is not a documented one is an
 * {@code OutcomeUnknownException} instead, and a refusal before processing a {@code TransientException}.)
 *
 * <p>The owner id is a secret: it is in neither the message nor {@link #details()}.
 */
public final class HostwayOrderIncompleteException extends ProviderErrorException {
  private static final long serialVersionUID = 1L;
  private final String step;
  private final transient HostwayOrderState state;

  HostwayOrderIncompleteException(String step, HostorderException cause, HostwayOrderState state) {
    super(code(cause), message(step, cause, state), details(step, cause, state), cause);
    this.step = step;
    this.state = state;
  }

  /** The provider's order id. */
  public String orderId() {
    return state.orderId();
  }

  /** The step that failed, e.g. {@code "add service items[0].related[1]"}. */
  public String step() {
    return step;
  }

  /** Where the order stands: what was created, the owner id, whether it can be resumed. */
  public HostwayOrderState state() {
    return state;
  }

  @Override
  public String kind() {
    return "order-incomplete";
  }

  private static String message(String step, HostorderException cause, HostwayOrderState state) {
    return "order " + state.orderId() + " was created but not submitted, so nothing is ordered: " + step + " failed: "
        + cause.getMessage() + (state.resumable() ? "; resume it or abandon it" : "; abandon it and place a new order");
  }

  private static String code(HostorderException cause) {
    return cause instanceof ProviderErrorException p ? p.code() : cause.kind();
  }

  private static Map<String, String> details(String step, HostorderException cause, HostwayOrderState state) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("orderId", state.orderId());
    d.put("reference", state.order().reference());
    d.put("step", step);
    d.put("submitted", "false");
    d.put("resumable", String.valueOf(state.resumable()));
    state.products().forEach((path, url) -> d.put("product " + path, url));
    state.services().forEach((path, url) -> d.put("service " + path, url));
    cause.details().forEach(d::putIfAbsent);
    return d;
  }
}
