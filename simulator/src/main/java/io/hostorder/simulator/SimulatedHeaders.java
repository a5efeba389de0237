package io.hostorder.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * HTTP header fields in the order they were sent: names compared ignoring case, a name may repeat. An
 * immutable value; safe for concurrent use. {@link #toString()} names the fields without their values,
 * which may hold secrets.
 */
public final class SimulatedHeaders {
  private static final SimulatedHeaders EMPTY = new SimulatedHeaders(List.of());

  private final List<String> namesAndValues;

  private SimulatedHeaders(List<String> namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** Returns headers without any field. */
  public static SimulatedHeaders empty() {
    return EMPTY;
  }

  /**
   * Returns the headers {@code name1, value1, name2, value2, …}.
   *
   * @throws IllegalArgumentException when the count is odd, a name is empty or holds a character not
   *     allowed in a field name, or a value holds a line break
   */
  public static SimulatedHeaders of(String... namesAndValues) {
    Objects.requireNonNull(namesAndValues, "namesAndValues == null");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + namesAndValues.length);
    }
    List<String> list = new ArrayList<>(namesAndValues.length);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      list.add(checkName(namesAndValues[i]));
      list.add(checkValue(namesAndValues[i], namesAndValues[i + 1]));
    }
    return new SimulatedHeaders(List.copyOf(list));
  }

  /** Returns the last value of field {@code name} (ignoring case), or null when it is absent. */
  public String get(String name) {
    Objects.requireNonNull(name, "name == null");
    for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        return namesAndValues.get(i + 1);
      }
    }
    return null;
  }

  /** Returns every value of field {@code name} (ignoring case) in the order sent; empty when absent. */
  public List<String> values(String name) {
    Objects.requireNonNull(name, "name == null");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        values.add(namesAndValues.get(i + 1));
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** Returns the distinct field names, lower-cased and sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      names.add(namesAndValues.get(i).toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(names);
  }

  /** Returns how many fields there are, a repeated name counted each time. */
  public int size() {
    return namesAndValues.size() / 2;
  }

  /** Returns the name of field {@code index} (from 0), as sent. */
  public String name(int index) {
    return namesAndValues.get(index * 2);
  }

  /** Returns the value of field {@code index} (from 0). */
  public String value(int index) {
    return namesAndValues.get(index * 2 + 1);
  }

  /** Returns these headers with {@code name: value} added after the others. */
  public SimulatedHeaders plus(String name, String value) {
    List<String> list = new ArrayList<>(namesAndValues);
    list.add(checkName(name));
    list.add(checkValue(name, value));
    return new SimulatedHeaders(List.copyOf(list));
  }

  /** Returns these headers without field {@code name} (ignoring case). */
  public SimulatedHeaders minus(String name) {
    Objects.requireNonNull(name, "name == null");
    List<String> list = new ArrayList<>(namesAndValues.size());
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (!namesAndValues.get(i).equalsIgnoreCase(name)) {
        list.add(namesAndValues.get(i));
        list.add(namesAndValues.get(i + 1));
      }
    }
    return new SimulatedHeaders(List.copyOf(list));
  }

  /** Returns these headers with every value of {@code name} replaced by {@code value}. */
  public SimulatedHeaders with(String name, String value) {
    return minus(name).plus(name, value);
  }

  /** Returns true when {@code other} holds the same fields in the same order (names ignoring case). */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SimulatedHeaders that) || that.namesAndValues.size() != namesAndValues.size()) {
      return false;
    }
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (!namesAndValues.get(i).equalsIgnoreCase(that.namesAndValues.get(i))
          || !namesAndValues.get(i + 1).equals(that.namesAndValues.get(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Returns a hash consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      hash = 31 * hash + namesAndValues.get(i).toLowerCase(Locale.ROOT).hashCode();
      hash = 31 * hash + namesAndValues.get(i + 1).hashCode();
    }
    return hash;
  }

  /** Returns the field names, without values: a value may be a password or a token. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      names.add(namesAndValues.get(i));
    }
    return names.toString();
  }

  static boolean validName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!validName(name)) {
      throw new IllegalArgumentException("not a header name: '" + name + "'");
    }
    return name;
  }

  private static String checkValue(String name, String value) {
    Objects.requireNonNull(value, "value of " + name + " == null");
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("the value of " + name + " holds a line break");
    }
    return value;
  }
}
