package io.hostorder.simulator.billmanager;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small readers over a BILLmanager XML answer. */
final class Xml {
  private Xml() {}

  /** Returns the direct children of the root {@code doc} named {@code name}. */
  static List<Element> children(Document doc, String name) {
    return children(doc.getDocumentElement(), name);
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Returns the text of the single child {@code name} of {@code parent}, or null. */
  static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  static String text(Document doc, String name) {
    return text(doc.getDocumentElement(), name);
  }

  /** Returns the error element of {@code doc}, or null. */
  static Element error(Document doc) {
    List<Element> errors = children(doc, "error");
    return errors.isEmpty() ? null : errors.get(0);
  }
}
