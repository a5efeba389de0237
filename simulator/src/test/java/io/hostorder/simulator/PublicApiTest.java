package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No public signature of the simulator module names a type of OkHttp, Okio or MockWebServer. */
class PublicApiTest {

  @Test
  void publicSignatures_nameNoOkHttpType() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(SimulatorServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.')).toList();
    }
    assertThat(names).contains("io.hostorder.simulator.SimulatorServer");
    List<String> offending = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      List<Type> seen = new ArrayList<>();
      if (type.getGenericSuperclass() != null) {
        seen.add(type.getGenericSuperclass());
      }
      seen.addAll(List.of(type.getGenericInterfaces()));
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          seen.add(m.getGenericReturnType());
          collect(m, seen);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          collect(c, seen);
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
          seen.add(f.getGenericType());
        }
      }
      for (Type t : seen) {
        String text = t.getTypeName();
        if (text.contains("okhttp3") || text.contains("okio") || text.contains("mockwebserver")) {
          offending.add(name + ": " + text);
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  private static void collect(Executable e, List<Type> seen) {
    seen.addAll(List.of(e.getGenericParameterTypes()));
    seen.addAll(List.of(e.getGenericExceptionTypes()));
  }
}
