package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One BILLmanager answer, the {@code doc} element, in BILLmanager's JSON shape whatever format it came
 * in: an element's text under {@code "$"}, its attributes under {@code "$name"}, repeated elements as
 * arrays — and a single row possibly as a bare object, which every accessor here accepts. Immutable.
 */
final class Doc {
  private final JsonNode doc;

  Doc(JsonNode doc) {
    this.doc = doc;
  }

  JsonNode node() {
    return doc;
  }

  /** Returns the error of this answer, or null when it has none. */
  DocError error() {
    JsonNode e = first(doc.get("error"));
    if (e == null) {
      return null;
    }
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (JsonNode p : all(e.get("param"))) {
      params.add(Map.entry(nullToEmpty(attr(p, "name")), nullToEmpty(text(p))));
    }
    String msg = text(e.get("msg"));
    if (msg == null) {
      msg = text(e);
    }
    return new DocError(nullToEmpty(attr(e, "type")), attr(e, "object"), msg == null ? "" : msg.trim(),
        text(e.get("detail")), params);
  }

  /** Returns true when the answer is the login form ({@code $func} is {@code logon}). */
  boolean isLogon() {
    return "logon".equals(attr(doc, "func"));
  }

  /** Returns the text of the child {@code name} of the doc, or null. */
  String text(String name) {
    return text(doc.get(name));
  }

  /** Returns the rows ({@code elem}) of a list answer; a single bare row counts as a list of one. */
  List<JsonNode> elems() {
    return all(doc.get("elem"));
  }

  /** Returns the text of {@code node}: a plain string, or the {@code "$"} member of an element; null otherwise. */
  static String text(JsonNode node) {
    node = first(node);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    JsonNode t = node.get("$");
    return t != null && t.isValueNode() ? t.asText() : null;
  }

  /** Returns the attribute {@code name} of element {@code node} (JSON member {@code "$name"}), or null. */
  static String attr(JsonNode node, String name) {
    node = first(node);
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode a = node.get("$" + name);
    return a != null && a.isValueNode() ? a.asText() : null;
  }

  /** Returns the text of the child {@code name} of {@code row}, or null. */
  static String field(JsonNode row, String name) {
    return row == null ? null : text(row.get(name));
  }

  /** Returns {@code node} as a list: an array's items, a single object as one item, nothing for null. */
  static List<JsonNode> all(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || node.isNull() || node instanceof MissingNode) {
      return out;
    }
    if (node.isArray()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        out.add(it.next());
      }
    } else {
      out.add(node);
    }
    return out;
  }

  private static JsonNode first(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.size() == 0 ? null : node.get(0);
    }
    return node;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** An error document: BILLmanager's type, object, message, detail and params. */
  record DocError(String type, String object, String message, String detail, List<Map.Entry<String, String>> params) {
    String param(String name) {
      for (Map.Entry<String, String> p : params) {
        if (p.getKey().equals(name)) {
          return p.getValue();
        }
      }
      return null;
    }
  }
}
