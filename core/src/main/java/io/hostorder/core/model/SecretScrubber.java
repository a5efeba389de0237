package io.hostorder.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets with {@link Secrets#MASK} in anything about to be logged, printed, reported or put in an
 * exception message. It is the one scrubber of hostorder: the wire log of every provider, the CLI's output
 * and the TCK's reports all go through it, and a plugin should use it too rather than write its own.
 *
 * <p>Two kinds of masking, which can be combined:
 * <ul>
 *   <li><b>By value</b>: every secret value the scrubber knows ({@link #of}, {@link #remember}, a
 *       configuration's secret keys, an order's passwords) is masked wherever it appears in text, also in
 *       its URL-encoded and JSON-escaped forms. Values shorter than 3 characters, once stripped, are
 *       ignored: masking them would blank out ordinary words.
 *   <li><b>By name</b>, whatever the value: form fields ({@code password=…}, {@code authinfo=login:pw},
 *       {@code auth=…}), multipart parts, JSON members at any depth, XML elements and attributes and URL
 *       query parameters named like secrets ({@link Secrets#isSecretName}); headers that carry credentials
 *       ({@code Authorization}, {@code Cookie}, {@code Set-Cookie}, token headers); the user info of a URL
 *       ({@code https://user:pw@host/}); and, in free text, header lines such as {@code Authorization: …}
 *       and {@code Bearer} tokens.
 * </ul>
 *
 * <p>Safe for concurrent use: a scrubber can learn more secrets while other threads scrub with it (the
 * CLI learns the order's password after its output streams are set up); each call sees every secret
 * remembered before it started.
 */
public final class SecretScrubber {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIN_LENGTH = 3;
  private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.\\-]*)(\\s[^>]*)?>([^<]*)</\\1>");
  private static final Pattern XML_ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.\\-]*)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern MULTIPART_PART = Pattern.compile(
      "(Content-Disposition:\\s*form-data;\\s*name=\"([^\"]*)\"[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n)([^\\r\\n]*)",
      Pattern.CASE_INSENSITIVE);
  /** The user info of a URL, e.g. {@code user:pw@} in {@code https://user:pw@host/}. */
  private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://)[^/@?#\\s\"'<>]+@");
  /** A header line in free text whose value is a credential, e.g. a debug line {@code Authorization: Basic …}. */
  private static final Pattern CREDENTIAL_HEADER_LINE = Pattern.compile(
      "(?im)^(\\s*(?:proxy-)?authorization|\\s*cookie|\\s*set-cookie)(\\s*:\\s*)[^\\r\\n]+");
  private static final Pattern BEARER = Pattern.compile("\\b(Bearer\\s+)[A-Za-z0-9._~+/=\\-]{8,}");
  private static final Pattern FORM_PAIR = Pattern.compile("[^&]+");
  private static final Pattern QUERY_PAIR = Pattern.compile("[^&;]+");

  /** The values to mask and their encoded forms, longest first so that a secret's prefix never leaves its tail. */
  private volatile List<String> values = List.of();
  private final Set<String> remembered = new LinkedHashSet<>();

  private SecretScrubber() {}

  /**
   * Returns a scrubber that knows no secret value yet; it still masks by name.
   *
   * @return the scrubber
   */
  public static SecretScrubber create() {
    return new SecretScrubber();
  }

  /**
   * Returns a scrubber that masks each of {@code secretValues} (null and short values are ignored).
   *
   * @param secretValues the values to mask
   * @return the scrubber
   */
  public static SecretScrubber of(Collection<String> secretValues) {
    Objects.requireNonNull(secretValues, "secretValues == null");
    SecretScrubber scrubber = new SecretScrubber();
    scrubber.rememberAll(secretValues);
    return scrubber;
  }

  /**
   * Remembers {@code value} as a secret, to be masked from now on; null and values shorter than 3
   * characters once stripped are ignored.
   *
   * @param value the secret, or null
   */
  public void remember(String value) {
    rememberAll(value == null ? List.of() : List.of(value));
  }

  /**
   * Remembers each of {@code secretValues}, as {@link #remember} does.
   *
   * @param secretValues the secrets
   */
  public synchronized void rememberAll(Collection<String> secretValues) {
    Objects.requireNonNull(secretValues, "secretValues == null");
    boolean changed = false;
    for (String value : secretValues) {
      if (value != null && value.strip().length() >= MIN_LENGTH) {
        changed |= remembered.add(value);
        changed |= remembered.add(value.strip());
      }
    }
    if (changed) {
      Set<String> forms = new LinkedHashSet<>();
      for (String secret : remembered) {
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(jsonEscaped(secret));
      }
      List<String> sorted = new ArrayList<>(forms);
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      values = List.copyOf(sorted);
    }
  }

  /**
   * Remembers the secrets of a provider's configuration: the values of keys the provider declares
   * {@linkplain ConfigKey#secret() secret} and of keys named like secrets.
   *
   * @param config the configuration
   * @param keys the keys the provider's factory declares, or an empty list
   */
  public void rememberConfig(ProviderConfig config, Collection<ConfigKey> keys) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(keys, "keys == null");
    List<String> found = new ArrayList<>(config.secretValues());
    for (ConfigKey key : keys) {
      if (key.secret()) {
        config.optional(key.name()).ifPresent(found::add);
      }
    }
    rememberAll(found);
  }

  /**
   * Remembers the secrets of an order: the access password and the secret-named options of every item,
   * related items included.
   *
   * @param order the order
   */
  public void rememberOrder(OrderRequest order) {
    Objects.requireNonNull(order, "order == null");
    List<String> found = new ArrayList<>();
    order.items().forEach(item -> collect(item, found));
    rememberAll(found);
  }

  private static void collect(OrderItem item, List<String> found) {
    Access access = item.access();
    if (access != null) {
      found.add(access.password());
    }
    item.options().forEach((name, value) -> {
      if (Secrets.isSecretName(name)) {
        found.add(value);
      }
    });
    item.related().forEach(related -> collect(related, found));
  }

  /**
   * Returns true when a header named {@code name} holds a secret: {@code Authorization},
   * {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie}, a token header or one named like a secret.
   *
   * @param name the header's name, any case
   * @return whether it holds a secret
   */
  public static boolean isSecretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization") || n.equals("proxy-authorization") || n.equals("cookie") || n.equals("set-cookie")
        || n.contains("token") || Secrets.isSecretName(n);
  }

  /**
   * Returns the value of a header named {@code name} as it may be shown.
   *
   * @param name the header's name
   * @param value the header's value
   * @return the mask for a secret header, else the value scrubbed
   */
  public String header(String name, String value) {
    return isSecretHeader(name) ? Secrets.MASK : scrub(value);
  }

  /**
   * Returns {@code url} as it may be shown: user info masked, query parameters named like secrets masked
   * (parameters separated by {@code &} or {@code ;}), and every known secret value masked.
   *
   * @param url the URL as text, or null
   * @return the URL, safe to show
   */
  public String url(String url) {
    if (url == null) {
      return null;
    }
    int query = url.indexOf('?');
    if (query < 0) {
      return scrub(url);
    }
    int fragment = url.indexOf('#', query);
    String end = fragment < 0 ? "" : url.substring(fragment);
    String parameters = url.substring(query + 1, fragment < 0 ? url.length() : fragment);
    return scrub(url.substring(0, query + 1) + maskFields(parameters, QUERY_PAIR) + end);
  }

  /**
   * Returns {@code body} as it may be shown, reading it as JSON, form-urlencoded, multipart or XML by
   * {@code contentType} (null: guessed from the text), then masking every known secret value.
   *
   * @param contentType the body's content type, or null
   * @param body the body, or null
   * @return the body, safe to show
   */
  public String body(String contentType, String body) {
    if (body == null || body.isEmpty()) {
      return body;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String trimmed = body.trim();
    String out;
    if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      out = json(body);
    } else if (type.contains("multipart")) {
      out = multipart(body);
    } else if (type.contains("x-www-form-urlencoded")) {
      out = maskFields(body, FORM_PAIR);
    } else if (type.contains("xml") || trimmed.startsWith("<")) {
      out = xml(body);
    } else if (!trimmed.contains(" ") && trimmed.contains("=")) {
      out = maskFields(body, FORM_PAIR);
    } else {
      out = body;
    }
    return scrub(out);
  }

  /**
   * Returns {@code text} with every known secret value, the user info of any URL, credential header lines
   * and {@code Bearer} tokens masked. This is the call for free text: messages, log lines, reports.
   *
   * @param text the text, or null
   * @return the text, safe to show
   */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : values) {
      out = out.replace(secret, Secrets.MASK);
    }
    if (out.indexOf("://") >= 0) {
      out = USER_INFO.matcher(out).replaceAll("$1" + Secrets.MASK + "@");
    }
    out = CREDENTIAL_HEADER_LINE.matcher(out).replaceAll("$1$2" + Secrets.MASK);
    return BEARER.matcher(out).replaceAll("$1" + Secrets.MASK);
  }

  /** Masks the values of {@code name=value} pairs named like secrets, keeping the separators as they were. */
  private static String maskFields(String pairs, Pattern pair) {
    Matcher m = pair.matcher(pairs);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String field = m.group();
      int eq = field.indexOf('=');
      String name = eq < 0 ? field : URLDecoder.decode(field.substring(0, eq), StandardCharsets.UTF_8);
      String shown = eq >= 0 && Secrets.isSecretName(name) ? field.substring(0, eq + 1) + Secrets.MASK : field;
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String multipart(String body) {
    Matcher m = MULTIPART_PART.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = Secrets.isSecretName(m.group(2)) ? m.group(1) + Secrets.MASK : m.group(0);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String json(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? body : JSON.writeValueAsString(mask(node));
    } catch (Exception e) {
      // Not JSON after all (or cut short by the wire log's limit): the value masking still applies.
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
      arr.forEach(SecretScrubber::mask);
    }
    return node;
  }

  private static String xml(String body) {
    Matcher m = XML_ELEMENT.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String attrs = m.group(2) == null ? "" : m.group(2);
      String replacement = Secrets.isSecretName(name)
          ? "<" + name + maskAttributes(attrs, true) + ">" + Secrets.MASK + "</" + name + ">"
          : "<" + name + maskAttributes(attrs, false) + ">" + m.group(3) + "</" + name + ">";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Masks every attribute of a secret element ({@code <auth id="SESSION">}), else only those named like secrets. */
  private static String maskAttributes(String attrs, boolean all) {
    return XML_ATTRIBUTE.matcher(attrs).replaceAll(r -> Matcher.quoteReplacement(all || Secrets.isSecretName(r.group(1))
        ? r.group(1) + "=\"" + Secrets.MASK + "\"" : r.group(0)));
  }

  private static String jsonEscaped(String secret) {
    try {
      String quoted = JSON.writeValueAsString(secret);
      return quoted.substring(1, quoted.length() - 1);
    } catch (Exception e) {
      return secret;
    }
  }
}
