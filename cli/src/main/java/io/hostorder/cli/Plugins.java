package io.hostorder.cli;

import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.TckHarnessFactory;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugin jars the command loads besides its built-in providers, and the class loader that sees them. Jars come
 * from, in this order: {@code plugins/} beside the {@code hostorder} script (system property {@code hostorder.home},
 * which the script sets; without it, beside the running jar), {@code ~/.hostorder/plugins/}, and {@code
 * HOSTORDER_PLUGINS} (jars or directories, separated as a class path is). A directory contributes every {@code *.jar}
 * in it, by name.
 *
 * <p>A jar that cannot be read, or whose provider or harness factory cannot be loaded, or that declares a provider
 * type already installed, is left out as a whole and reported in {@link #problems()}, naming the jar: the other
 * providers work as before. Every ServiceLoader lookup of the command goes through {@link #loader()}, and the
 * isolated TCK runs of {@code hostorder demo} add {@link #urls()} to their class path.
 */
final class Plugins {
  /** The environment variable listing further plugin jars or directories. */
  static final String ENVIRONMENT = "HOSTORDER_PLUGINS";
  /** The system property naming the directory whose {@code plugins/} holds plugin jars (the script's). */
  static final String HOME_PROPERTY = "hostorder.home";

  private static final String PROVIDERS = "META-INF/services/" + OrderProviderFactory.class.getName();
  private static final String HARNESSES = "META-INF/services/" + TckHarnessFactory.class.getName();
  private static final Plugins NONE = new Plugins(List.of(), List.of(), Plugins.class.getClassLoader());

  private final List<Path> jars;
  private final List<String> problems;
  private final ClassLoader loader;

  private Plugins(List<Path> jars, List<String> problems, ClassLoader loader) {
    this.jars = List.copyOf(jars);
    this.problems = List.copyOf(problems);
    this.loader = loader;
  }

  /** Returns no plugin: the built-in providers only. */
  static Plugins none() {
    return NONE;
  }

  /** Returns the plugins of the default places and of {@code HOSTORDER_PLUGINS} in {@code environment}. */
  static Plugins find(Map<String, String> environment) {
    List<String> problems = new ArrayList<>();
    Set<Path> found = new LinkedHashSet<>();
    home().ifPresent(home -> addDirectory(home.resolve("plugins"), found, problems));
    String user = System.getProperty("user.home");
    if (user != null && !user.isBlank()) {
      addDirectory(Path.of(user, ".hostorder", "plugins"), found, problems);
    }
    String listed = environment.getOrDefault(ENVIRONMENT, "");
    for (String entry : listed.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry.strip()).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        addDirectory(path, found, problems);
      } else if (Files.exists(path)) {
        found.add(path);
      } else {
        problems.add(ENVIRONMENT + " names " + path + ", which does not exist");
      }
    }
    return load(new ArrayList<>(found), problems);
  }

  /** Returns the plugins of exactly {@code jars}, checked and loaded. */
  static Plugins of(List<Path> jars) {
    return load(jars.stream().map(p -> p.toAbsolutePath().normalize()).toList(), new ArrayList<>());
  }

  /** The plugin jars in use (the ones left out are in {@link #problems()}). */
  List<Path> jars() {
    return jars;
  }

  /** What went wrong with the plugins found, one sentence each naming the jar; empty when nothing did. */
  List<String> problems() {
    return problems;
  }

  /** The class loader that sees the built-in providers and the plugins in use. */
  ClassLoader loader() {
    return loader;
  }

  /** The class path entries of the plugins in use, for class loaders of their own ({@link IsolatedTck}). */
  List<URL> urls() {
    return jars.stream().map(Plugins::url).toList();
  }

  /** Returns a new registry of the built-in providers and those of the plugins in use; the caller closes it. */
  ProviderRegistry registry() {
    ProviderRegistry.Builder b = ProviderRegistry.builder();
    ServiceLoader.load(OrderProviderFactory.class, loader).forEach(b::add);
    return b.build();
  }

  /** Returns the built-in TCK harness factories and those of the plugins in use. */
  List<TckHarnessFactory> harnesses() {
    List<TckHarnessFactory> out = new ArrayList<>();
    ServiceLoader.load(TckHarnessFactory.class, loader).forEach(out::add);
    return out;
  }

  /** Returns the plugin jar {@code type} was loaded from, or empty when it is built in. */
  Optional<Path> origin(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return jars.contains(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns where {@code type} comes from, for people: "built in" or "plugin PATH". */
  String originText(Class<?> type) {
    return origin(type).map(p -> "plugin " + p).orElse("built in");
  }

  private static Optional<Path> home() {
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      return Optional.of(Path.of(home));
    }
    // Run as java -jar DIR/hostorder.jar: the plugins directory beside the jar.
    CodeSource source = Plugins.class.getProtectionDomain().getCodeSource();
    try {
      Path self = source == null ? null : Path.of(source.getLocation().toURI());
      return self != null && Files.isRegularFile(self) ? Optional.ofNullable(self.getParent()) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void addDirectory(Path dir, Set<Path> found, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
          .forEach(p -> found.add(p.toAbsolutePath().normalize()));
    } catch (IOException | UncheckedIOException e) {
      problems.add("cannot list the plugin directory " + dir + ": " + e.getMessage());
    }
  }

  /**
   * Reads each jar's service lists, loads every factory they name in one loader over all the jars, and leaves out
   * each jar with a problem (then loads the rest again, so that nothing of a jar left out stays visible).
   */
  private static Plugins load(List<Path> candidates, List<String> problems) {
    if (candidates.isEmpty()) {
      return problems.isEmpty() ? NONE : new Plugins(List.of(), problems, NONE.loader);
    }
    Map<Path, Services> readable = new LinkedHashMap<>();
    for (Path jar : candidates) {
      try {
        readable.put(jar, Services.read(jar));
      } catch (IOException | RuntimeException e) {
        problems.add("plugin " + jar + " is not a readable jar (" + describe(e) + "); it is not loaded");
      }
    }
    ClassLoader parent = Plugins.class.getClassLoader();
    Map<String, String> types = new HashMap<>();
    ServiceLoader.load(OrderProviderFactory.class, parent).forEach(f -> types.put(f.type(), "built in"));
    Set<Path> broken = new LinkedHashSet<>();
    URLClassLoader all = loader(readable.keySet(), parent);
    for (Map.Entry<Path, Services> e : readable.entrySet()) {
      Path jar = e.getKey();
      for (String name : e.getValue().providers()) {
        Optional<Object> factory = instantiate(all, name, OrderProviderFactory.class, jar, problems);
        if (factory.isEmpty()) {
          broken.add(jar);
          continue;
        }
        String type = ((OrderProviderFactory) factory.get()).type();
        String before = types.putIfAbsent(type, "plugin " + jar);
        if (before != null) {
          problems.add("plugin " + jar + " declares provider type '" + type + "', which is already installed ("
              + before + "); it is not loaded");
          broken.add(jar);
        }
      }
      for (String name : e.getValue().harnesses()) {
        if (instantiate(all, name, TckHarnessFactory.class, jar, problems).isEmpty()) {
          broken.add(jar);
        }
      }
    }
    if (broken.isEmpty()) {
      return new Plugins(new ArrayList<>(readable.keySet()), problems, all);
    }
    close(all);
    List<Path> kept = readable.keySet().stream().filter(j -> !broken.contains(j)).toList();
    return new Plugins(kept, problems, kept.isEmpty() ? parent : loader(kept, parent));
  }

  private static Optional<Object> instantiate(ClassLoader loader, String name, Class<?> service, Path jar,
      List<String> problems) {
    String what = service == OrderProviderFactory.class ? "provider factory " : "TCK harness factory ";
    try {
      Class<?> type = Class.forName(name, true, loader);
      if (!service.isAssignableFrom(type)) {
        problems.add("plugin " + jar + ": its " + what + name + " does not implement " + service.getName()
            + " (built against another hostorder?); it is not loaded");
        return Optional.empty();
      }
      Object instance = type.getConstructor().newInstance();
      // What every command asks of a factory is asked now, so that a plugin failing there is left out here.
      if (instance instanceof OrderProviderFactory f) {
        Objects.requireNonNull(f.type(), "type() == null");
        f.description();
        f.configKeys().forEach(Objects::requireNonNull);
      } else if (instance instanceof TckHarnessFactory f) {
        f.type();
      }
      return Optional.of(instance);
    } catch (ClassNotFoundException e) {
      problems.add("plugin " + jar + ": its " + what + name + " is not in the jar; it is not loaded");
    } catch (NoSuchMethodException e) {
      problems.add("plugin " + jar + ": its " + what + name + " has no public constructor without arguments; "
          + "it is not loaded");
    } catch (InvocationTargetException e) {
      problems.add("plugin " + jar + ": its " + what + name + " failed to start (" + describe(e.getCause())
          + "); it is not loaded");
    } catch (RuntimeException e) {
      problems.add("plugin " + jar + ": its " + what + name + " failed to start (" + describe(e)
          + "); it is not loaded");
    } catch (ReflectiveOperationException | LinkageError e) {
      problems.add("plugin " + jar + ": its " + what + name + " cannot be loaded (" + describe(e)
          + "); it is not loaded");
    }
    return Optional.empty();
  }

  /** Returns "SimpleName: message" of {@code e}, or of its cause for an error that only wraps one. */
  private static String describe(Throwable e) {
    Throwable shown = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
    return shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
  }

  private static URLClassLoader loader(Iterable<Path> jars, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    jars.forEach(j -> urls.add(url(j)));
    return new URLClassLoader("hostorder-plugins", urls.toArray(URL[]::new), parent);
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad plugin path " + jar, e);
    }
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // Nothing of it is in use; a file left open until exit does no harm.
    }
  }

  /** The factory classes one jar registers in {@code META-INF/services}. */
  private record Services(List<String> providers, List<String> harnesses) {
    /** Reads {@code jar}'s service lists; opening it reads its directory, so a damaged jar is found now. */
    static Services read(Path jar) throws IOException {
      if (!Files.isReadable(jar)) {
        throw new IOException("no permission to read it");
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        return new Services(names(file, PROVIDERS), names(file, HARNESSES));
      }
    }

    private static List<String> names(JarFile file, String entry) throws IOException {
      JarEntry e = file.getJarEntry(entry);
      if (e == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(file.getInputStream(e), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String name = line.replaceFirst("#.*", "").strip();
          if (!name.isEmpty()) {
            out.add(name);
          }
        }
      }
      return out;
    }
  }
}
