package io.hostorder.simulator.billmanager;

import io.hostorder.simulator.SimulatedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one request, merged from the URL query and the body (form-urlencoded or multipart;
 * the body wins), and the set of fields the called function declared it knows. Not safe for
 * concurrent use; one instance per request.
 */
final class Params {
  private final String method;
  private final String path;
  private final ParsedRequest.Encoding encoding;
  private final Map<String, String> fields;
  private final Map<String, List<String>> all;
  private final Set<String> known = new LinkedHashSet<>();
  private final List<String> knownPrefixes = new ArrayList<>();

  private Params(String method, String path, ParsedRequest.Encoding encoding,
      Map<String, List<String>> all) {
    this.method = method;
    this.path = path;
    this.encoding = encoding;
    this.all = all;
    this.fields = new LinkedHashMap<>();
    all.forEach((k, v) -> fields.put(k, v.get(0)));
  }

  /** Parses {@code request}. */
  static Params parse(SimulatedRequest request) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    ParsedRequest.Encoding encoding = ParsedRequest.Encoding.QUERY;
    if (request.bodySize() > 0) {
      String type = request.mediaType();
      if (type == null || "application/x-www-form-urlencoded".equals(type)) {
        encoding = ParsedRequest.Encoding.FORM;
        request.formFields().forEach((name, values) -> values.forEach(v -> put(all, name, v)));
      } else if (type.startsWith("multipart/") && request.mediaTypeParameter("boundary") != null) {
        encoding = ParsedRequest.Encoding.MULTIPART;
        request.multipartFields().forEach((name, values) -> values.forEach(v -> put(all, name, v)));
      } else {
        encoding = ParsedRequest.Encoding.OTHER;
      }
    }
    // Query fields come after the body's: a field sent in both takes the body's value.
    request.queryParameters().forEach((name, values) -> values.forEach(v -> put(all, name, v)));
    return new Params(request.method(), request.path(), encoding, all);
  }

  private static void put(Map<String, List<String>> all, String name, String value) {
    all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** Returns the value of {@code name}, or null when it was not sent. */
  String get(String name) {
    return fields.get(name);
  }

  /** Returns the trimmed value of {@code name}, or null when it was not sent or is blank. */
  String nonBlank(String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  boolean has(String name) {
    return nonBlank(name) != null;
  }

  boolean is(String name, String value) {
    return value.equals(nonBlank(name));
  }

  Map<String, String> fields() {
    return fields;
  }

  String func() {
    String func = nonBlank("func");
    return func == null ? "" : func;
  }

  String path() {
    return path;
  }

  /** Declares {@code names} known to the function handling this request. */
  void known(String... names) {
    known.addAll(List.of(names));
  }

  /** Declares every field starting with {@code prefix} known. */
  void knownPrefix(String prefix) {
    knownPrefixes.add(prefix);
  }

  /** Returns the request as received, with the fields no handler declared known. */
  ParsedRequest received() {
    Set<String> unknown = new LinkedHashSet<>();
    for (String name : fields.keySet()) {
      if (!known.contains(name) && knownPrefixes.stream().noneMatch(name::startsWith)) {
        unknown.add(name);
      }
    }
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    all.forEach((k, v) -> {
      if (v.size() > 1) {
        repeated.put(k, List.copyOf(v));
      }
    });
    return new ParsedRequest(method, path, encoding, fields, repeated, unknown);
  }
}
