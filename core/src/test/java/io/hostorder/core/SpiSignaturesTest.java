package io.hostorder.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin SPI is every public type of core but the OkHttp binding ({@code io.hostorder.core.http.okhttp}):
 * none of its signatures may name an OkHttp or MockWebServer type, so a new OkHttp major breaks no plugin.
 */
class SpiSignaturesTest {
  static final String BINDING = "io.hostorder.core.http.okhttp";

  @Test
  void noPublicSignatureOfTheSpi_namesAnOkHttpOrMockWebServerType() throws Exception {
    List<Class<?>> spi = spiClasses();
    List<String> found = new ArrayList<>();
    for (Class<?> c : spi) {
      check(c.getName() + " extends", c.getGenericSuperclass(), found);
      for (Type t : c.getGenericInterfaces()) {
        check(c.getName() + " implements", t, found);
      }
      for (TypeVariable<?> v : c.getTypeParameters()) {
        check(c.getName() + "<" + v.getName() + ">", v, found);
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          check(c.getName() + "." + rc.getName() + " (record component)", rc.getGenericType(), found);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(c.getName() + "." + f.getName(), f.getGenericType(), found);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          executable(c.getName() + ".<init>", k, found);
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(c.getName() + "." + m.getName() + " returns", m.getGenericReturnType(), found);
          executable(c.getName() + "." + m.getName(), m, found);
        }
      }
    }
    // The scan must have seen the SPI, or it proves nothing.
    assertThat(spi).contains(OrderProviderFactory.class, ProviderContext.class,
        io.hostorder.core.registry.ProviderRegistry.class, io.hostorder.core.http.HttpSettings.class,
        io.hostorder.core.commit.AnswerRule.class);
    assertThat(found).as("OkHttp/MockWebServer types in the public SPI of core").isEmpty();
  }

  @Test
  void theScan_findsAnOkHttpTypeWhereThereIsOne() throws Exception {
    List<String> found = new ArrayList<>();
    Method m = io.hostorder.core.http.okhttp.ProviderHttp.class.getMethod("baseUrl",
        io.hostorder.core.http.HttpSettings.class);
    check("ProviderHttp.baseUrl returns", m.getGenericReturnType(), found);
    Method client = io.hostorder.core.http.okhttp.ProviderHttp.class.getMethod("client", okhttp3.OkHttpClient.class,
        io.hostorder.core.http.HttpSettings.class, java.util.Collection.class);
    executable("ProviderHttp.client", client, found);
    assertThat(found).containsExactly("ProviderHttp.baseUrl returns: okhttp3.HttpUrl",
        "ProviderHttp.client parameter: okhttp3.OkHttpClient");
  }

  private static void executable(String where, Executable e, List<String> found) {
    for (Type t : e.getGenericParameterTypes()) {
      check(where + " parameter", t, found);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(where + " throws", t, found);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      check(where + "<" + v.getName() + ">", v, found);
    }
  }

  private static void check(String where, Type type, List<String> found) {
    check(where, type, found, 0);
  }

  private static void check(String where, Type type, List<String> found, int depth) {
    if (type == null || depth > 8) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String name = c.getName();
      if (name.startsWith("okhttp3.") || name.startsWith("okio.") || name.contains("mockwebserver")) {
        found.add(where + ": " + name);
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), found, depth + 1);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, found, depth + 1);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(where, b, found, depth + 1);
      }
      for (Type b : w.getLowerBounds()) {
        check(where, b, found, depth + 1);
      }
    } else if (type instanceof GenericArrayType g) {
      check(where, g.getGenericComponentType(), found, depth + 1);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(where, b, found, depth + 1);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Every public (or protected nested) class of core's main classes outside the OkHttp binding. */
  private static List<Class<?>> spiClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of(OrderProviderFactory.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replace('\\', '.'))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
          .sorted().toList();
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      Class<?> c = Class.forName(name, false, SpiSignaturesTest.class.getClassLoader());
      if (c.getPackageName().equals(BINDING) || c.getPackageName().startsWith(BINDING + ".")
          || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        continue;
      }
      boolean exported = true;
      for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
        exported &= visible(k.getModifiers());
      }
      if (exported) {
        out.add(c);
      }
    }
    return out;
  }
}
