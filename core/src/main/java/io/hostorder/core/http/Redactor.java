package io.hostorder.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.hostorder.core.model.Secrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Masks secrets in what goes over the wire before anything is logged: headers ({@code Authorization},
 * {@code Cookie}, {@code Set-Cookie}, token headers), URL query parameters, form fields
 * ({@code password=…}, {@code authinfo=login:password}, {@code auth=…}), multipart parts, JSON members
 * and XML elements named like secrets, and any known secret value wherever it appears. Immutable and
 * thread-safe.
 */
public final class Redactor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.\\-]*)(\\s[^>]*)?>([^<]*)</\\1>");
  private static final Pattern XML_ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.\\-]*)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern MULTIPART_PART = Pattern.compile(
      "(Content-Disposition:\\s*form-data;\\s*name=\"([^\"]*)\"[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n)([^\\r\\n]*)",
      Pattern.CASE_INSENSITIVE);

  private final List<String> secretValues;

  private Redactor(List<String> secretValues) {
    this.secretValues = secretValues;
  }

  /**
   * Returns a redactor that also scrubs each of {@code secretValues} (values shorter than 3 characters are ignored).
   *
   * @param secretValues the values to scrub
   * @return the redactor
   */
  public static Redactor of(Collection<String> secretValues) {
    return new Redactor(secretValues.stream().filter(v -> v != null && v.length() >= 3).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /**
   * Returns true when a header named {@code name} holds a secret.
   *
   * @param name the header's name, any case
   * @return whether it holds a secret
   */
  public static boolean isSecretHeader(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.equals("authorization") || n.equals("proxy-authorization") || n.equals("cookie") || n.equals("set-cookie")
        || n.contains("token") || Secrets.isSecretName(n);
  }

  /**
   * Returns the header value to log.
   *
   * @param name the header's name
   * @param value the header's value
   * @return the mask for a secret header, else the value scrubbed
   */
  public String header(String name, String value) {
    return isSecretHeader(name) ? Secrets.MASK : scrub(value);
  }

  /**
   * Returns {@code url} with secret query parameters masked.
   *
   * @param url the URL
   * @return the URL as text, safe to log
   */
  public String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return scrub(url.toString());
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null ? null : Secrets.isSecretName(name) ? Secrets.MASK : value);
    }
    return scrub(b.build().toString());
  }

  /**
   * Returns {@code body} with secrets masked, reading it as JSON, form-urlencoded, multipart or XML by
   * {@code contentType} (null: guessed from the text).
   *
   * @param contentType the body's content type, or null
   * @param body the body, or null
   * @return the body, safe to log
   */
  public String body(String contentType, String body) {
    if (body == null || body.isEmpty()) {
      return body;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    String trimmed = body.trim();
    String out;
    if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      out = json(body);
    } else if (type.contains("multipart")) {
      out = multipart(body);
    } else if (type.contains("x-www-form-urlencoded")) {
      out = form(body);
    } else if (type.contains("xml") || trimmed.startsWith("<")) {
      out = xml(body);
    } else if (!trimmed.contains(" ") && trimmed.contains("=")) {
      out = form(body);
    } else {
      out = body;
    }
    return scrub(out);
  }

  /**
   * Returns {@code text} with every known secret value replaced by the mask.
   *
   * @param text the text, or null
   * @return the text, safe to log
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secretValues) {
      out = out.replace(secret, Secrets.MASK);
      String encoded = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
      if (!encoded.equals(secret)) {
        out = out.replace(encoded, Secrets.MASK);
      }
    }
    return out;
  }

  String form(String body) {
    StringBuilder out = new StringBuilder();
    for (String pair : body.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      out.append(eq >= 0 && Secrets.isSecretName(name) ? pair.substring(0, eq + 1) + Secrets.MASK : pair);
    }
    return out.toString();
  }

  String multipart(String body) {
    Matcher m = MULTIPART_PART.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = Secrets.isSecretName(m.group(2)) ? m.group(1) + Secrets.MASK : m.group(0);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  String json(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null) {
        return body;
      }
      return JSON.writeValueAsString(mask(node));
    } catch (Exception e) {
      return body;
    }
  }

  private static JsonNode mask(JsonNode node) {
    if (node instanceof ObjectNode obj) {
      Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (Secrets.isSecretName(e.getKey())) {
          e.setValue(TextNode.valueOf(Secrets.MASK));
        } else {
          mask(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode arr) {
      arr.forEach(Redactor::mask);
    }
    return node;
  }

  String xml(String body) {
    Matcher m = XML_ELEMENT.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String attrs = m.group(2) == null ? "" : m.group(2);
      String text = m.group(3);
      String replacement;
      if (Secrets.isSecretName(name)) {
        replacement = "<" + name + maskAllAttributes(attrs) + ">" + Secrets.MASK + "</" + name + ">";
      } else {
        replacement = "<" + name + maskSecretAttributes(attrs) + ">" + text + "</" + name + ">";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String maskAllAttributes(String attrs) {
    return XML_ATTRIBUTE.matcher(attrs).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "=\"" + Secrets.MASK + "\""));
  }

  private static String maskSecretAttributes(String attrs) {
    return XML_ATTRIBUTE.matcher(attrs).replaceAll(r -> Matcher.quoteReplacement(
        Secrets.isSecretName(r.group(1)) ? r.group(1) + "=\"" + Secrets.MASK + "\"" : r.group(0)));
  }
}
