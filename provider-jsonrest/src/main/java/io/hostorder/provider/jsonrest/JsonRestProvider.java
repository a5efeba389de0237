package io.hostorder.provider.jsonrest;

import io.hostorder.core.OrderProvider;
import java.util.List;

/**
 * The {@code jsonrest} provider: an {@link OrderProvider} plus the API's {@code server_list}. An
 * instance created by the registry for type {@code jsonrest} implements this interface:
 * {@code ((JsonRestProvider) registry.create("jsonrest", config)).servers()}.
 *
 * <p>Safe for concurrent use.
 */
public interface JsonRestProvider extends OrderProvider {

  /**
   * Returns every server of the account ({@code server_list} with {@code order_item_id} 0).
   *
   * @throws io.hostorder.core.error.AuthenticationException when the credentials are refused
   */
  List<JsonRestServer> servers();

  /**
   * Returns the servers of the order item {@code orderItemId} (an {@code OrderLine#id()} of an order).
   *
   * @throws io.hostorder.core.error.NotFoundException when the API has no such order item (or the id is
   *     not a number, which no order item id of this API is)
   */
  List<JsonRestServer> servers(String orderItemId);
}
