package io.hostorder.cli;

import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;

/**
 * Runs the TCK against one built-in simulator inside a class loader of its own, so that several runs go
 * on at once in this process: the TCK runner keeps its run in static state (one run per class loader),
 * and most of a run is spent waiting on time-outs, not computing. Each loader sees the whole class path
 * again, with its own SLF4J and its own TCK; the result comes back as JSON.
 */
public final class IsolatedTck {
  private IsolatedTck() {}

  /**
   * Runs the TCK against the simulator of {@code type}, then against each of its harness's {@link
   * TckHarness#variants() variants} (the rules of {@link TckHarness#VARIANT_TOPICS}), and writes their
   * reports to {@code reportDirectory}, their rule ids linked to the SPEC.md at {@code specUrl} (or, when it is
   * empty, to SPEC.html beside them). Called by reflection inside the isolated loader; returns the results as
   * JSON, the harness's first.
   */
  public static String[] run(String type, String reportDirectory, String specUrl) {
    return run(type, reportDirectory, specUrl, null);
  }

  /**
   * Runs as {@link #run(String, String, String)} does, telling {@code progress} (may be null) of each rule's
   * end: the harness's name and {@code {done, total}}. Its type is the JDK's, shared by every class loader.
   */
  public static String[] run(String type, String reportDirectory, String specUrl, BiConsumer<String, int[]> progress) {
    TckHarnessFactory factory = null;
    for (TckHarnessFactory f : ServiceLoader.load(TckHarnessFactory.class, IsolatedTck.class.getClassLoader())) {
      if (f.type().equals(type)) {
        factory = f;
      }
    }
    if (factory == null) {
      throw new IllegalStateException("no TCK harness of type " + type);
    }
    TckHarness harness = factory.simulated().orElseThrow(() -> new IllegalStateException("no simulator for " + type));
    SpecLinks spec = specUrl.isEmpty() ? SpecLinks.beside() : SpecLinks.at(specUrl);
    List<String> out = new ArrayList<>();
    // A variant shares the harness's simulator, which the harness's own run closes at its end: variants first.
    for (TckHarness variant : harness.variants()) {
      out.add(TckResultJson.write(counted(TckRunner.builder(variant).only(TckHarness.VARIANT_TOPICS), progress)
          .reportDirectory(Path.of(reportDirectory)).specLinks(spec).build().run()));
    }
    out.add(0, TckResultJson.write(counted(TckRunner.builder(harness), progress).reportDirectory(Path.of(reportDirectory))
        .specLinks(spec)
        .build().run()));
    return out.toArray(String[]::new);
  }

  private static TckRunner.Builder counted(TckRunner.Builder runner, BiConsumer<String, int[]> progress) {
    return progress == null ? runner : runner.progress((name, rule, done, total) -> progress.accept(name, new int[] {done, total}));
  }

  /**
   * Runs {@link #run} for {@code type} in a new class loader over this process's class path and the jars of {@code
   * plugins} (a plugin's harness is found there as a built-in one is), on the calling thread.
   */
  static List<TckResult> inOwnLoader(String type, Path reportDirectory, String specUrl,
      BiConsumer<String, int[]> progress, List<URL> plugins) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader("tck-" + type, classPath(plugins),
        ClassLoader.getPlatformClassLoader())) {
      // JUnit finds its engines, and the registry its providers, through the context class loader.
      Thread.currentThread().setContextClassLoader(loader);
      Object json = loader.loadClass(IsolatedTck.class.getName())
          .getMethod("run", String.class, String.class, String.class, BiConsumer.class)
          .invoke(null, type, reportDirectory.toString(), specUrl, progress);
      List<TckResult> results = new ArrayList<>();
      for (String one : (String[]) json) {
        results.add(TckResultJson.read(one));
      }
      return results;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new CommandFailedException("the TCK run against " + type + " failed: " + cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start an isolated TCK run", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static URL[] classPath(List<URL> plugins) {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        try {
          urls.add(new File(entry).toURI().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException("bad class path entry " + entry, e);
        }
      }
    }
    urls.addAll(plugins);
    return urls.toArray(URL[]::new);
  }
}
