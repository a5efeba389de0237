package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars: a provider that is not on the command's class path (the {@code starter} example plugin of
 * docs/plugin-guide.md, its sources under examples/plugin-starter compiled and put in a jar here) is listed, tested and ordered through once its jar is in a
 * plugins directory named by {@code HOSTORDER_PLUGINS}; a broken jar is named and the other providers keep working.
 */
class PluginsTest {
  private static final Path STARTER = Path.of("../examples/plugin-starter/src/main");

  @TempDir
  static Path work;

  static Path pluginDir;
  static Path starterJar;

  @BeforeAll
  static void buildTheStarterJar() throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(STARTER.resolve("java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    Path classes = compile(sources, work.resolve("starter-classes"));
    pluginDir = Files.createDirectories(work.resolve("plugins"));
    starterJar = pluginDir.resolve("starter-plugin.jar");
    jar(starterJar, Map.of(), classes, STARTER.resolve("resources/META-INF"));
  }

  /** Compiles {@code sources} against this test's class path into {@code classes}, which it returns. */
  static Path compile(List<String> sources, Path classes) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-cp", System.getProperty("java.class.path")));
    args.addAll(sources);
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int status = javac.run(null, null, diagnostics, args.toArray(String[]::new));
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    return classes;
  }

  /** Writes a jar of {@code extra} entries and the files under {@code trees} (each tree's files under its name). */
  static void jar(Path jar, Map<String, String> extra, Path classes, Path services) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> e : extra.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      if (classes != null) {
        add(out, classes, "");
      }
      if (services != null) {
        add(out, services, "META-INF/");
      }
    }
  }

  private static void add(JarOutputStream out, Path root, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      out.putNextEntry(new JarEntry(prefix + root.relativize(file).toString().replace(File.separatorChar, '/')));
      out.write(Files.readAllBytes(file));
      out.closeEntry();
    }
  }

  private static Map<String, String> plugins(Path... entries) {
    return Map.of(Plugins.ENVIRONMENT, String.join(File.pathSeparator, Stream.of(entries).map(Path::toString).toList()));
  }

  @Test
  void starter_isNotOnTheClassPath_soOnlyItsJarCanBringIt() {
    assertThatThrownBy(() -> Class.forName("com.example.hostorder.starter.StarterProviderFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(Cli.run("providers").out()).doesNotContain("starter");
  }

  @Test
  void providers_withAPluginDirectory_listsThePluginAndWhereEachTypeComesFrom() {
    Cli.Result r = Cli.run(plugins(pluginDir), "providers");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).doesNotContain("warning");
    String starter = section(r.out(), "starter");
    assertThat(starter).contains("Starter Cloud", "from:         plugin " + starterJar.toAbsolutePath(),
        "simulator:    from plugin " + starterJar.toAbsolutePath() + " (hostorder simulate --provider starter)",
        "token", "HOSTORDER_TOKEN").doesNotContain("built in");
    assertThat(section(r.out(), "memory")).contains("from:         built in",
        "simulator:    in-process only (hostorder tck --provider memory");
    assertThat(section(r.out(), "jsonrest")).contains("from:         built in",
        "simulator:    built in (hostorder simulate --provider jsonrest)");
  }

  @Test
  void providers_json_namesThePluginJarOfTheTypeAndOfItsSimulator() throws Exception {
    Cli.Result r = Cli.run(plugins(starterJar), "providers", "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode starter = provider(doc, "starter");
    assertThat(starter.get("from").asText()).isEqualTo("plugin " + starterJar.toAbsolutePath());
    assertThat(starter.get("simulator").asBoolean()).isTrue();
    assertThat(starter.get("simulatorFrom").asText()).isEqualTo("plugin " + starterJar.toAbsolutePath());
    assertThat(provider(doc, "memory").get("from").asText()).isEqualTo("built in");
    assertThat(provider(doc, "memory").get("simulatorFrom").asText()).isEqualTo("built in");
    assertThat(doc.get("pluginProblems")).isEmpty();
  }

  @Test
  void tck_ofThePluginsProvider_passesAgainstThePluginsSimulator() throws Exception {
    Path reports = work.resolve("starter-reports");
    Cli.Result r = Cli.run(plugins(pluginDir), "tck", "--provider", "starter", "--report", reports.toString(), "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("provider").asText()).isEqualTo("starter");
    assertThat(doc.get("passed").asBoolean()).as(r.out()).isTrue();
    assertThat(reports.resolve("hostorder-tck-starter.html")).exists();
    // The simulated account's API key is a secret of the harness: it appears in no output.
    assertThat(r.all()).doesNotContain("starter-token-");
  }

  @Test
  void anIsolatedTckRun_asTheDemoStartsOne_findsThePluginsHarness() {
    Plugins plugins = Plugins.of(List.of(starterJar));
    assertThat(plugins.problems()).isEmpty();
    List<TckResult> results = IsolatedTck.inOwnLoader("starter", work.resolve("isolated-reports"), "", null,
        plugins.urls());
    assertThat(results).extracting(TckResult::provider).containsExactly("starter");
    assertThat(results.get(0).passed()).as(TckReports.summary(results.get(0))).isTrue();
  }

  @Test
  void aCorruptJar_isNamedAndLeftOut_andTheOtherProvidersKeepWorking() throws IOException {
    Path dir = Files.createDirectories(work.resolve("with-a-corrupt-jar"));
    Files.copy(starterJar, dir.resolve("starter-plugin.jar"));
    Path corrupt = dir.resolve("broken.jar");
    Files.write(corrupt, "this is not a zip file".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(plugins(dir), "providers");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: plugin " + corrupt.toAbsolutePath() + " is not a readable jar")
        .doesNotContain("\tat ", "Exception in");
    assertThat(r.out()).contains("memory — ", "jsonrest — ", "starter — ");
  }

  @Test
  void aJarWhoseFactoryCannotLoad_isNamedWithTheClass_andTheOtherProvidersKeepWorking() throws Exception {
    Path dir = Files.createDirectories(work.resolve("with-a-broken-factory"));
    Path broken = dir.resolve("ghost.jar");
    jar(broken, Map.of("META-INF/services/io.hostorder.core.OrderProviderFactory", "com.ghost.GhostFactory\n"), null, null);
    Cli.Result r = Cli.run(plugins(dir, starterJar), "providers", "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: plugin " + broken.toAbsolutePath()
        + ": its provider factory com.ghost.GhostFactory is not in the jar; it is not loaded");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(provider(doc, "memory")).isNotNull();
    assertThat(provider(doc, "starter")).isNotNull();
    assertThat(doc.get("pluginProblems").toString()).contains(broken.toAbsolutePath().toString());
  }

  @Test
  void aFactoryThatFailsToStart_isNamedWithItsError_andTheOtherProvidersKeepWorking() throws Exception {
    Path src = Files.createDirectories(work.resolve("failing-src/com/failing"));
    Files.writeString(src.resolve("FailingFactory.java"), """
        package com.failing;

        public final class FailingFactory implements io.hostorder.core.OrderProviderFactory {
          public FailingFactory() {
            throw new IllegalStateException("no catalog file");
          }
          public String type() { return "failing"; }
          public String description() { return "fails"; }
          public java.util.List<io.hostorder.core.config.ConfigKey> configKeys() { return java.util.List.of(); }
          public io.hostorder.core.Capabilities capabilities(io.hostorder.core.config.ProviderConfig c) { return null; }
          public com.google.inject.Module module(io.hostorder.core.config.ProviderConfig c) { return null; }
        }
        """);
    Path classes = compile(List.of(src.resolve("FailingFactory.java").toString()), work.resolve("failing-classes"));
    Path dir = Files.createDirectories(work.resolve("with-a-failing-factory"));
    Path failing = dir.resolve("failing.jar");
    jar(failing, Map.of("META-INF/services/io.hostorder.core.OrderProviderFactory", "com.failing.FailingFactory\n"),
        classes, null);
    Cli.Result r = Cli.run(plugins(dir, starterJar), "tck", "--provider", "starter", "--report",
        work.resolve("failing-reports").toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: plugin " + failing.toAbsolutePath() + ": its provider factory "
        + "com.failing.FailingFactory failed to start (IllegalStateException: no catalog file); it is not loaded")
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("— PASSED");
    assertThat(Cli.run(plugins(dir), "providers").out()).doesNotContain("failing — ").contains("memory — ");
  }

  @Test
  void aPluginThatRepeatsABuiltInType_isLeftOut_andTheBuiltInStays() throws Exception {
    Path dir = Files.createDirectories(work.resolve("with-a-twin"));
    Path twin = dir.resolve("twin.jar");
    jar(twin, Map.of("META-INF/services/io.hostorder.core.OrderProviderFactory",
        "io.hostorder.provider.memory.MemoryProviderFactory\n"), null, null);
    Cli.Result r = Cli.run(plugins(dir), "providers", "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: plugin " + twin.toAbsolutePath()
        + " declares provider type 'memory', which is already installed (built in); it is not loaded");
    assertThat(provider(new ObjectMapper().readTree(r.out()), "memory").get("from").asText()).isEqualTo("built in");
  }

  @Test
  void aMissingEntryOfTheVariable_isNamed() {
    Path missing = work.resolve("no-such-plugins");
    Cli.Result r = Cli.run(plugins(missing), "providers");
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("warning: HOSTORDER_PLUGINS names " + missing.toAbsolutePath() + ", which does not exist");
  }

  private static JsonNode provider(JsonNode doc, String type) {
    for (JsonNode p : doc.get("providers")) {
      if (p.get("type").asText().equals(type)) {
        return p;
      }
    }
    return null;
  }

  /** Returns the lines of {@code type}'s entry in the text of {@code hostorder providers}. */
  private static String section(String out, String type) {
    int start = out.indexOf("\n" + type + " — ");
    start = out.startsWith(type + " — ") ? 0 : start;
    assertThat(start).as(out).isNotNegative();
    int end = out.indexOf("\n\n", start + 1);
    return out.substring(start, end < 0 ? out.length() : end);
  }
}
