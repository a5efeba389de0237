package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM is not a child of the parent pom (importing it must not bring our build set-up), so the third-party
 * versions it fixes for a broker repeat the parent's properties. The build is tested with the parent's; a BOM
 * that said otherwise would hand brokers an untested mix without any other check failing (the broker projects
 * in examples/ resolve whatever the BOM says).
 */
class BomVersionsTest {

  @Test
  void everyVersionTheBomFixes_isTheOneTheBuildIsTestedWith() {
    Map<String, String> bom = versions(Markdown.read(Markdown.ROOT.resolve("bom/pom.xml")));
    Map<String, String> parent = versions(Markdown.read(Markdown.ROOT.resolve("pom.xml")));

    assertThat(bom).containsKeys("guava.version", "kotlin.version", "jackson.version", "okhttp.version",
        "retrofit.version", "slf4j.version");
    bom.forEach((name, version) -> {
      if (!name.startsWith("project.")) {
        assertThat(parent).as("the parent pom's %s, which the BOM repeats", name).containsEntry(name, version);
      }
    });
  }

  private static Map<String, String> versions(String pom) {
    Matcher properties = Pattern.compile("(?s)<properties>(.*?)</properties>").matcher(pom);
    assertThat(properties.find()).as("a <properties> section").isTrue();
    Map<String, String> out = new LinkedHashMap<>();
    Matcher property = Pattern.compile("<([\\w.-]+)>([^<]*)</\\1>").matcher(properties.group(1));
    while (property.find()) {
      out.put(property.group(1), property.group(2).strip());
    }
    return out;
  }
}
