package io.hostorder.core.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of an order: the SHA-256 of its canonical form. The canonical form is the portable
 * order's JSON (the form {@link OrderJson} writes: empty members left out) with every object's keys
 * sorted, no white space, and the value of every secret-named member (a password, …) replaced by
 * {@code sha256:<hex>} of its value: two orders differing only in a password differ in fingerprint, yet
 * the password itself is never stored. Arrays keep their order (items are ordered). Also gives the masked
 * JSON the journal stores. Thread-safe.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * Returns the hex SHA-256 of {@code order}'s canonical form.
   *
   * @param order the order
   * @return 64 lower-case hex digits
   */
  public static String of(OrderRequest order) {
    return sha256(canonical(order));
  }

  /**
   * Returns the canonical form of {@code order}: sorted keys, no spaces, secrets as their hashes.
   *
   * @param order the order
   * @return the canonical JSON
   */
  public static String canonical(OrderRequest order) {
    JsonNode tree = OrderJson.mapper().valueToTree(order);
    return rewrite(tree, true).toString();
  }

  /**
   * Returns {@code value} (any model value) as compact JSON with sorted keys and secret values masked.
   *
   * @param value the value
   * @return the compact JSON
   */
  public static String masked(Object value) {
    JsonNode tree = OrderJson.mapper().valueToTree(value);
    return rewrite(tree, false).toString();
  }

  /**
   * Returns the hex SHA-256 of {@code text} in UTF-8.
   *
   * @param text the text
   * @return 64 lower-case hex digits
   */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static JsonNode rewrite(JsonNode node, boolean hashSecrets) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        names.add(it.next());
      }
      names.sort(null);
      ObjectNode out = f.objectNode();
      for (String name : names) {
        JsonNode v = node.get(name);
        if (Secrets.isSecretName(name) && v.isValueNode() && !v.isNull()) {
          out.put(name, hashSecrets ? "sha256:" + sha256(v.asText()) : Secrets.MASK);
        } else {
          out.set(name, rewrite(v, hashSecrets));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = f.arrayNode();
      node.forEach(v -> out.add(rewrite(v, hashSecrets)));
      return out;
    }
    return node;
  }

  /** Returns the entries of {@code ids} whose names are not secret. */
  static Map<String, String> plain(Map<String, String> ids) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    ids.forEach((k, v) -> {
      if (!Secrets.isSecretName(k) && v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
