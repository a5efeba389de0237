package io.hostorder.provider.billmanager;

import io.hostorder.core.Capabilities;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.OrderItem;
import java.util.List;

/**
 * How one host running BILLmanager wants an item added to its cart: the checks made before sending,
 * the fields of the {@code v2.{ITEMTYPE}.order.param} request, the encoding, and the function that
 * lists the placed services. The plain BILLmanager form is built in; a host with its own rules
 * (Zomro) supplies its own. Implementations are stateless and thread-safe.
 */
public interface ItemForm {

  /** Returns the provider type id, e.g. {@code "billmanager"}. */
  String type();

  /** Adds what this form can order to {@code capabilities}: billing periods, access kinds, quantity, daily billing. */
  void capabilities(Capabilities.Builder capabilities);

  /**
   * Adds every problem of {@code item} at {@code path} ({@code items[0]}) that this form finds to
   * {@code out}: required fields, formats, and every portable field it cannot map (never dropped).
   */
  void validate(OrderItem item, String path, List<Violation> out);

  /** Returns the {@code {ITEMTYPE}} of {@code item}, given the configured one. */
  String itemType(OrderItem item, String configuredItemType);

  /**
   * Adds the fields that put the (already validated) {@code item} in the cart to {@code form}, the
   * function name included; authentication, {@code su}, {@code out}, {@code remoteid} and
   * {@code skipbasket} are added by the caller.
   */
  void addToCart(OrderItem item, String path, String itemType, Form form);

  /** Returns true when requests go as {@code multipart/form-data} (curl {@code --form}), false for form-urlencoded (curl {@code -d}). */
  boolean multipart();

  /** Returns the function that lists the services of {@code itemType}, e.g. {@code vds} or {@code instances}. */
  String listFunction(String itemType);

  /**
   * Returns true when the list shows the server name the order gave ({@code servername}), so that an
   * order without {@code remoteid} finds its services by it; false (the default) when the form has no name.
   */
  default boolean tracksByName() {
    return false;
  }
}
