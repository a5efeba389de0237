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

  /**
   * Returns the function that lists the services of {@code itemType}, e.g. {@code vds} or {@code instances}
   * (the configuration key {@code list-function} overrides it for the configured item type).
   */
  String listFunction(String itemType);

  /**
   * Returns the field that carries the item's name in the order form and in the service list — the key
   * hostorder finds an order's services again by: {@code domain} for BILLmanager (an order parameter and a
   * documented list column), {@code servername} for Zomro. The caller passes the item to
   * {@link #addToCart} with its name set to that key (the broker's name, or one derived from the order
   * reference), so the form sends it where the document puts it.
   */
  String keyField();
}
