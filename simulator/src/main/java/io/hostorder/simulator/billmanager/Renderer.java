package io.hostorder.simulator.billmanager;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Node} document the way BILLmanager does for {@code out=xml} and {@code out=json}.
 *
 * <p>In JSON every element is an object: its text under {@code "$"}, its attributes under
 * {@code "$name"}, its children by name. Children that repeat become an array; a child that occurs
 * once is a bare object — so a list with a single row is a bare object, as the API notes warn real
 * servers answer. Stateless and safe for concurrent use.
 */
final class Renderer {
  private static final JsonFactory JSON = new JsonFactory();

  private Renderer() {}

  static String xml(Node doc) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeXml(doc, out);
    return out.append('\n').toString();
  }

  private static void writeXml(Node node, StringBuilder out) {
    out.append('<').append(node.name());
    node.attributes().forEach((k, v) -> out.append(' ').append(k).append("=\"")
        .append(escape(v, true)).append('"'));
    if (node.text() == null && node.children().isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    if (node.text() != null) {
      out.append(escape(node.text(), false));
    }
    for (Node child : node.children()) {
      writeXml(child, out);
    }
    out.append("</").append(node.name()).append('>');
  }

  static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            out.append(' '); // not representable in XML 1.0
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  static String json(Node doc) {
    StringWriter writer = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(writer)) {
      gen.writeStartObject();
      gen.writeFieldName(doc.name());
      writeJson(doc, gen);
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return writer.toString();
  }

  private static void writeJson(Node node, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
      gen.writeStringField("$" + attribute.getKey(), attribute.getValue());
    }
    if (node.text() != null) {
      gen.writeStringField("$", node.text());
    }
    Map<String, List<Node>> byName = new LinkedHashMap<>();
    for (Node child : node.children()) {
      byName.computeIfAbsent(child.name(), k -> new ArrayList<>()).add(child);
    }
    for (Map.Entry<String, List<Node>> group : byName.entrySet()) {
      gen.writeFieldName(group.getKey());
      List<Node> nodes = group.getValue();
      if (nodes.size() == 1) {
        writeJson(nodes.get(0), gen);
      } else {
        gen.writeStartArray();
        for (Node child : nodes) {
          writeJson(child, gen);
        }
        gen.writeEndArray();
      }
    }
    gen.writeEndObject();
  }
}
