package io.hostorder.simulator.billmanager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a BILLmanager answer document: a name, attributes, optional text and children. It
 * is rendered as XML or as BILLmanager's JSON (text under {@code "$"}, attributes under
 * {@code "$name"}). Not safe for concurrent use; each answer builds its own tree.
 */
final class Node {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Node> children = new ArrayList<>();
  private String text;

  Node(String name) {
    this.name = Objects.requireNonNull(name, "name == null");
  }

  /** Returns a new element {@code name} holding {@code text}. */
  static Node text(String name, String text) {
    return new Node(name).text(text);
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  Map<String, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  List<Node> children() {
    return Collections.unmodifiableList(children);
  }

  Node text(String value) {
    this.text = value;
    return this;
  }

  Node attr(String attribute, String value) {
    attributes.put(attribute, value);
    return this;
  }

  /** Appends {@code child} and returns this element. */
  Node add(Node child) {
    children.add(child);
    return this;
  }

  /** Appends a text child {@code name} and returns this element. */
  Node add(String childName, String value) {
    return add(text(childName, value));
  }

  /** Returns the text of the first child {@code childName}, or null when there is none. */
  String childText(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).map(c -> c.text).findFirst().orElse(null);
  }

  /** Appends a new empty child {@code name} and returns the child. */
  Node child(String childName) {
    Node child = new Node(childName);
    children.add(child);
    return child;
  }
}
