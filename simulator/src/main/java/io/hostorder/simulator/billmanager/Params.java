package io.hostorder.simulator.billmanager;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The fields of one request, merged from the URL query and the body (form-urlencoded or multipart;
 * the body wins), and the set of fields the called function declared it knows. Not safe for
 * concurrent use; one instance per request.
 */
final class Params {
  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");

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

  /** Parses {@code request} without consuming its body. */
  static Params parse(RecordedRequest request) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    ParsedRequest.Encoding encoding = ParsedRequest.Encoding.QUERY;
    Buffer body = request.getBody().clone();
    if (body.size() > 0) {
      String contentType = request.getHeader("Content-Type");
      MediaType type = contentType == null ? null : MediaType.parse(contentType);
      if (type == null || "application/x-www-form-urlencoded".equalsIgnoreCase(
          type.type() + "/" + type.subtype())) {
        encoding = ParsedRequest.Encoding.FORM;
        parseForm(body.readUtf8(), all);
      } else if ("multipart".equalsIgnoreCase(type.type())
          && type.parameter("boundary") != null) {
        encoding = ParsedRequest.Encoding.MULTIPART;
        parseMultipart(body, type.parameter("boundary"), all);
      } else {
        encoding = ParsedRequest.Encoding.OTHER;
      }
    }
    // Query fields come after the body's: a field sent in both takes the body's value.
    HttpUrl url = request.getRequestUrl();
    if (url != null) {
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        put(all, url.queryParameterName(i), value == null ? "" : value);
      }
    }
    String path = url == null ? String.valueOf(request.getPath()) : url.encodedPath();
    return new Params(String.valueOf(request.getMethod()), path, encoding, all);
  }

  private static void parseForm(String body, Map<String, List<String>> all) {
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        put(all, URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        put(all, name, value); // keep it raw, as a tolerant server would
      }
    }
  }

  private static void parseMultipart(Buffer body, String boundary, Map<String, List<String>> all) {
    try (MultipartReader reader = new MultipartReader(body, boundary)) {
      for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
        try (MultipartReader.Part part = next) {
          String disposition = part.headers().get("Content-Disposition");
          Matcher m = NAME.matcher(disposition == null ? "" : disposition);
          String value = part.body().readUtf8();
          if (m.find()) {
            put(all, m.group(1), value);
          }
        }
      }
    } catch (IOException | RuntimeException malformed) {
      // A broken multipart body: keep the fields read so far, the function reports what is missing.
    }
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
