package io.hostorder.provider.jsonrest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One server of a {@code server_list} answer. The document does not show that answer's shape, so the
 * usual members are picked out when present ({@code id} or {@code server_id}, {@code order_item_id},
 * {@code name} or {@code hostname}, {@code status}) and every scalar member is kept in {@link #fields()}
 * as the API sent it.
 *
 * @param id the server's id, or null when the answer gave none
 * @param orderItemId the order item the server belongs to, or null
 * @param name the server's name, or null
 * @param status the server's status as the API wrote it, or null
 * @param fields every scalar member of the answer's server object, as text
 */
public record JsonRestServer(String id, String orderItemId, String name, String status, Map<String, String> fields) {
  public JsonRestServer {
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
