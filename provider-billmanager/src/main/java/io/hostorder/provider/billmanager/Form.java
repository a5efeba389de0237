package io.hostorder.provider.billmanager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The fields of one BILLmanager request, in the order they are sent, each remembering the path of the
 * portable field it came from ({@code items[0].region} for {@code datacenter}), so that an error the
 * provider reports about a field can name the broker's field. Not thread-safe; one per request.
 */
public final class Form {
  private final List<Field> fields = new ArrayList<>();

  /** One field: its name, its value, and the portable path it came from (or null). */
  public record Field(String name, String value, String path) {
    public Field {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public String toString() {
      return name + "=" + (io.hostorder.core.model.Secrets.isSecretName(name) ? io.hostorder.core.model.Secrets.MASK : value);
    }
  }

  /** Adds a field that comes from no portable field ({@code sok=ok}, {@code func=…}). */
  public Form add(String name, String value) {
    return add(name, value, null);
  }

  /** Adds a field that comes from the portable field at {@code path}. */
  public Form add(String name, String value, String path) {
    fields.add(new Field(name, value, path));
    return this;
  }

  /** Returns the fields in the order added. */
  public List<Field> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** Returns the value of the first field named {@code name}, or null. */
  public String value(String name) {
    for (Field f : fields) {
      if (f.name().equals(name)) {
        return f.value();
      }
    }
    return null;
  }

  /** Returns the portable path of the first field named {@code name}, or null. */
  public String pathOf(String name) {
    for (Field f : fields) {
      if (f.name().equals(name)) {
        return f.path();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Form" + fields;
  }
}
