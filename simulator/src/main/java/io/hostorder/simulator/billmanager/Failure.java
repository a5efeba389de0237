package io.hostorder.simulator.billmanager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BILLmanager error answer: rendered as HTTP 200 with
 * {@code <doc><error type=… object=… lang="en"><msg>…</msg></error></doc>}.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String object;
  private final Map<String, String> params = new LinkedHashMap<>();
  private boolean unauthenticated;

  Failure(String type, String object, String message) {
    super(message, null, false, false);
    this.type = type;
    this.object = object;
  }

  /** An error that means "log in first": answered as a login page when the simulator is set so. */
  static Failure unauthenticated(String type, String message) {
    return unauthenticated(type, null, message);
  }

  static Failure unauthenticated(String type, String object, String message) {
    Failure f = new Failure(type, object, message);
    f.unauthenticated = true;
    return f;
  }

  boolean isUnauthenticated() {
    return unauthenticated;
  }

  static Failure missed(String field) {
    return new Failure("missed", field, "The required field '" + field + "' is not filled in");
  }

  static Failure value(String field, String why) {
    return new Failure("value", field, "Invalid value of the field '" + field + "': " + why);
  }

  Failure param(String name, String value) {
    params.put(name, value);
    return this;
  }

  String type() {
    return type;
  }

  /**
   * Returns the error element; with {@code legacyCode} it also carries the obsolete {@code code="1"} beside
   * {@code type} (API notes: "errors may carry the old code="1" beside type=").
   */
  Node toNode(boolean legacyCode) {
    Node error = new Node("error");
    if (legacyCode) {
      error.attr("code", "1");
    }
    error.attr("type", type);
    if (object != null) {
      error.attr("object", object);
    }
    error.attr("lang", "en");
    params.forEach((k, v) -> error.add(new Node("param").attr("name", k).text(v)));
    error.add("msg", getMessage());
    return error;
  }
}
