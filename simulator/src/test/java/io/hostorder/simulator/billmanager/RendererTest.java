package io.hostorder.simulator.billmanager;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RendererTest {
  @Test
  void json_putsTextUnderDollar_attributesUnderDollarName_andRepeatsAsArrays() throws Exception {
    Node doc = new Node("doc").attr("lang", "en");
    doc.child("slist").attr("name", "datacenter").add(new Node("val").attr("key", "13").text("NL"));
    doc.add("elem", "a").add("elem", "b");

    assertThat(Wire.JSON.readTree(Renderer.json(doc))).isEqualTo(Wire.JSON.readTree("""
        {"doc": {"$lang": "en",
                 "slist": {"$name": "datacenter", "val": {"$key": "13", "$": "NL"}},
                 "elem": [{"$": "a"}, {"$": "b"}]}}"""));
  }

  @Test
  void xml_escapesTextAndAttributes_andWritesEmptyElementsShort() {
    Node doc = new Node("doc");
    doc.add(new Node("error").attr("type", "value").attr("object", "a\"b").add("msg", "x < y & z"));
    doc.add(new Node("ok"));

    assertThat(Renderer.xml(doc)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<doc><error type=\"value\" object=\"a&quot;b\"><msg>x &lt; y &amp; z</msg></error><ok/></doc>\n");
  }
}
