package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.error.ProviderErrorException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads a BILLmanager answer, XML or JSON whatever was asked for, into a {@link Doc}. XML is turned
 * into BILLmanager's own JSON shape (text under {@code "$"}, attributes under {@code "$name"}, repeated
 * elements as arrays), so the rest of the client reads one shape. DTDs and external entities are
 * refused. Thread-safe.
 */
final class Answers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Answers() {}

  /**
   * Returns the document in {@code body}.
   *
   * @param shown {@code body} with secrets scrubbed, for error messages
   * @throws ProviderErrorException when the answer is empty, not a document, or malformed; the message
   *     keeps (the start of) the raw text
   */
  static Doc parse(ObjectMapper mapper, String body, String shown) {
    String text = body.strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      throw new ProviderErrorException("empty-answer", "the answer has no body");
    }
    JsonNode doc;
    if (text.startsWith("{")) {
      try {
        JsonNode root = mapper.readTree(text);
        doc = root == null ? null : root.get("doc");
      } catch (Exception e) {
        throw new ProviderErrorException("malformed-answer", "the answer is not valid JSON: " + abbreviate(shown));
      }
    } else if (text.startsWith("<")) {
      doc = xml(text, shown);
    } else {
      throw new ProviderErrorException("unexpected-answer", "the answer is not a BILLmanager document: " + abbreviate(shown));
    }
    if (doc == null || !doc.isObject()) {
      throw new ProviderErrorException("malformed-answer", "the answer has no 'doc' element: " + abbreviate(shown));
    }
    return new Doc(doc);
  }

  /**
   * One parser per thread, made once: building a parser costs more than parsing a whole answer (the
   * JDK's parser checks every feature it is given against lists), and {@link DocumentBuilder#reset}
   * puts it back as the factory made it before each answer.
   */
  private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(Answers::newParser);

  private static DocumentBuilder newParser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refuses the safe settings: " + e.getMessage(), e);
    }
  }

  private static JsonNode xml(String text, String shown) {
    Element root;
    DocumentBuilder b = PARSER.get();
    try {
      b.reset();
      b.setErrorHandler(null);
      root = b.parse(new InputSource(new StringReader(text))).getDocumentElement();
    } catch (Exception e) {
      throw new ProviderErrorException("malformed-answer", "the answer is not valid XML: " + abbreviate(shown));
    }
    if (!root.getTagName().equals("doc")) {
      return null;
    }
    return element(root);
  }

  private static ObjectNode element(Element e) {
    ObjectNode out = NODES.objectNode();
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      out.put("$" + a.getNodeName(), a.getNodeValue());
    }
    StringBuilder text = new StringBuilder();
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node c = children.item(i);
      if (c instanceof Element child) {
        String name = child.getTagName();
        ObjectNode value = element(child);
        JsonNode existing = out.get(name);
        if (existing == null) {
          out.set(name, value);
        } else if (existing.isArray()) {
          ((ArrayNode) existing).add(value);
        } else {
          ArrayNode array = NODES.arrayNode();
          array.add(existing);
          array.add(value);
          out.set(name, array);
        }
      } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(c.getNodeValue());
      }
    }
    String t = text.toString().strip();
    if (!t.isEmpty()) {
      out.put("$", t);
    }
    return out;
  }

  static String abbreviate(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 200 ? t : t.substring(0, 200) + "…";
  }
}
