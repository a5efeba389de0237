package io.hostorder.simulator;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP request as a {@link SimulatedApi} sees it: method, request target (path and query), headers
 * and body. An immutable value: the body can be read any number of times, by {@link
 * SimulatedApi#operations} and then by {@link SimulatedApi#handle}. Safe for concurrent use.
 */
public final class SimulatedRequest {
  private static final Pattern PART_NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");

  private final String method;
  private final String target;
  private final SimulatedHeaders headers;
  private final byte[] body;
  private final String origin;

  SimulatedRequest(String method, String target, SimulatedHeaders headers, byte[] body, String origin) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.target = Objects.requireNonNull(target, "target == null");
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = Objects.requireNonNull(body, "body == null");
    this.origin = origin;
  }

  /**
   * Returns a request, e.g. to call a {@link SimulatedApi} in a unit test without a server. Its {@link
   * #uri()} names the {@code Host} header's authority, or 127.0.0.1 without one.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param target the request target: a path starting with {@code /}, with an optional query
   * @param headers the header fields
   * @param body the body, empty when there is none (copied)
   */
  public static SimulatedRequest of(String method, String target, SimulatedHeaders headers, byte[] body) {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(body, "body == null");
    if (!target.startsWith("/")) {
      throw new IllegalArgumentException("target must start with /: " + target);
    }
    String host = headers == null ? null : headers.get("Host");
    return new SimulatedRequest(method, target, headers, body.clone(),
        "http://" + (host == null || host.isBlank() ? "127.0.0.1" : host.trim()));
  }

  /** Returns the HTTP method as sent, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** Returns the request target as sent: path and query, still percent-encoded, e.g. {@code /billmgr?func=auth}. */
  public String target() {
    return target;
  }

  /** Returns the path of the target, still percent-encoded and without the query, e.g. {@code /billmgr}. */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** Returns the query of the target as sent (percent-encoded, without {@code ?}), or null when there is none. */
  public String query() {
    int q = target.indexOf('?');
    return q < 0 ? null : target.substring(q + 1);
  }

  /**
   * Returns the query parameters, decoded ({@code %XX} as UTF-8, {@code +} as a space), in the order sent;
   * a name without {@code =} has the empty value.
   */
  public Map<String, List<String>> queryParameters() {
    return decodePairs(query());
  }

  /** Returns the first decoded value of query parameter {@code name}, or null when it was not sent. */
  public String queryParameter(String name) {
    List<String> values = queryParameters().get(Objects.requireNonNull(name, "name == null"));
    return values == null ? null : values.get(0);
  }

  /** Returns the absolute URI of this request on the server that received it, e.g. {@code http://127.0.0.1:4711/billmgr?func=auth}. */
  public URI uri() {
    return URI.create(origin + uriSafe(target));
  }

  /** Returns {@code target} with the characters a URI may not hold (sent by lenient clients) percent-encoded. */
  private static String uriSafe(String target) {
    StringBuilder out = null;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      boolean brokenEscape = c == '%' && (i + 2 >= target.length() || hex((byte) target.charAt(i + 1)) < 0
          || hex((byte) target.charAt(i + 2)) < 0);
      boolean illegal = c <= ' ' || c >= 0x7f || "\"<>\\^`{|}#".indexOf(c) >= 0
          || (c == '[' || c == ']');
      if (brokenEscape || illegal) {
        if (out == null) {
          out = new StringBuilder(target.length() + 16).append(target, 0, i);
        }
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? target : out.toString();
  }

  /** Returns the headers. */
  public SimulatedHeaders headers() {
    return headers;
  }

  /** Returns the last value of header {@code name} (ignoring case), or null when it was not sent. */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * Returns the media type of the {@code Content-Type} header lower-cased, e.g. {@code
   * application/x-www-form-urlencoded}, or null when there is none or it is not {@code type/subtype}.
   */
  public String mediaType() {
    String value = headers.get("Content-Type");
    if (value == null) {
      return null;
    }
    String type = value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    int slash = type.indexOf('/');
    if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0
        || !SimulatedHeaders.validName(type.substring(0, slash))
        || !SimulatedHeaders.validName(type.substring(slash + 1))) {
      return null;
    }
    return type;
  }

  /**
   * Returns parameter {@code name} of the {@code Content-Type} header (quotes removed), e.g. {@code
   * boundary}, or null when it is absent.
   */
  public String mediaTypeParameter(String name) {
    Objects.requireNonNull(name, "name == null");
    String value = headers.get("Content-Type");
    if (value == null) {
      return null;
    }
    String[] parts = value.split(";");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0 && parts[i].substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = parts[i].substring(eq + 1).trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  /** Returns a copy of the body; empty when there is none. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body's length in bytes. */
  public int bodySize() {
    return body.length;
  }

  /** Returns the body decoded as UTF-8; empty when there is none. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the body read as {@code application/x-www-form-urlencoded} fields, decoded, in the order
   * sent (whatever the {@code Content-Type} says).
   */
  public Map<String, List<String>> formFields() {
    return decodePairs(bodyText());
  }

  /**
   * Returns the named parts of a {@code multipart/*} body ({@code Content-Disposition: form-data;
   * name="…"}), each decoded as UTF-8, in the order sent; empty when the body is not multipart or has no
   * boundary. A broken body yields the parts read before the break.
   */
  public Map<String, List<String>> multipartFields() {
    String type = mediaType();
    String boundary = mediaTypeParameter("boundary");
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (type == null || !type.startsWith("multipart/") || boundary == null || boundary.isEmpty()) {
      return fields;
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int lineEnd = at + delimiter.length;
      if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
        break; // the close delimiter
      }
      int headersStart = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), lineEnd);
      if (headersStart < 0) {
        break;
      }
      headersStart += 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart - 2);
      if (headersEnd < 0) {
        break;
      }
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int bodyStart = headersEnd + 4;
      int bodyEnd = indexOf(body, next, bodyStart);
      if (bodyEnd < 0) {
        break;
      }
      String partHeaders = headersStart >= headersEnd ? ""
          : new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      String disposition = null;
      for (String line : partHeaders.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
          disposition = line.substring(colon + 1).trim();
        }
      }
      Matcher m = PART_NAME.matcher(disposition == null ? "" : disposition);
      if (m.find()) {
        fields.computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(new String(body, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8));
      }
      at = bodyEnd + 2;
    }
    return fields;
  }

  /** Returns the method and the path, without the query, headers or body, which may hold secrets. */
  @Override
  public String toString() {
    return method + " " + path();
  }

  private static int indexOf(byte[] in, byte[] what, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= in.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Map<String, List<String>> decodePairs(String text) {
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return pairs;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    pairs.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return pairs;
  }

  /** Decodes {@code %XX} as UTF-8 bytes and {@code +} as a space; a broken escape stays as sent. */
  static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
