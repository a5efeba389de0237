package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of README.md compiles as shown, on its own, against the modules a broker
 * depends on; a block with a {@code main} runs (its simulator is on 127.0.0.1) and prints what the block
 * after it shows.
 */
class ReadmeJavaTest {
  private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

  @TempDir
  Path dir;

  @Test
  void everyJavaBlock_compilesAsShown_andTheFirstOrderPrintsWhatReadmeShows() throws Exception {
    List<Markdown.Block> blocks = Markdown.blocks(Markdown.read(Markdown.ROOT.resolve("README.md")));
    int java = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Markdown.Block block = blocks.get(i);
      if (!block.info().equals("java")) {
        continue;
      }
      java++;
      Matcher m = CLASS.matcher(block.text());
      assertThat(m.find()).as("README.md line %d: a java block is a whole public class, imports included",
          block.line()).isTrue();
      Path classes = compile(m.group(1), block);
      if (block.text().contains("public static void main(")) {
        assertThat(i + 1).as("README.md line %d: the output the class prints follows it", block.line())
            .isLessThan(blocks.size());
        String printed = runMain(classes, m.group(1));
        assertThat(printed).as("what README.md line %d shows", blocks.get(i + 1).line())
            .isEqualTo(blocks.get(i + 1).text());
      }
    }
    assertThat(java).as("java blocks in README.md").isPositive();
  }

  private Path compile(String name, Markdown.Block block) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src-" + name)).resolve(name + ".java");
    Files.writeString(src, block.text());
    Path out = Files.createDirectories(dir.resolve("classes-" + name));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-classpath", testClassPath(), "-d", out.toString(), "-Xlint:none", "-proc:none"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
        .call();
    assertThat(ok).as("README.md line %d does not compile:%n%s", block.line(), diagnostics).isTrue();
    return out;
  }

  /** Surefire may start the JVM through a manifest-only jar; it names the real class path in a property. */
  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
  }

  private static String runMain(Path classes, String name) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaTest.class.getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
