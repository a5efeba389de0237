package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the server of one order item from a {@code server_list} answer into a {@link Server}. The document
 * shows no answer to {@code server_list}, so this reads tolerantly: the usual holders of a list (as {@link
 * AnswerReader#servers} does) or one server object; the server's addresses from the usual members ({@code
 * ipv4}, {@code ip}, {@code ip_address}, {@code main_ip}, {@code ip_addresses}, {@code ips}, {@code
 * addresses}, {@code ipv6}, …: a string, a list of strings, or a list of objects with {@code ip} or {@code
 * address}), keeping only IP literals; whether it runs from a state word ({@code state}, {@code status},
 * {@code server_status}, {@code power_state}: {@code running}, {@code active}, {@code online}, {@code
 * started}, {@code ready} or {@code up}). A server is {@link OrderStatus#ACTIVE} only when it runs and has an
 * address; otherwise it is {@link OrderStatus#PROCESSING}. Stateless.
 */
final class ServerDetails {
  private static final List<String> FIRST_ADDRESSES =
      List.of("ipv4", "ip", "ip_address", "ipv4_address", "main_ip", "primary_ip");
  private static final List<String> MORE_ADDRESSES =
      List.of("ip_addresses", "ips", "addresses", "ipv6", "ipv6_address");
  private static final List<String> STATE_MEMBERS =
      List.of("state", "status", "server_status", "power_state", "power_status");
  private static final Pattern RUNNING = Pattern.compile("(?i)\\s*(running|active|online|started|ready|up)\\s*");
  private static final Pattern IPV4 =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  /** Members whose values are never kept in the details: a secret must not travel on. */
  private static final Pattern SECRET = Pattern.compile("(?i).*(pass|secret|token|auth|key|credential).*");
  private static final int MAX_ADDRESSES = 64;
  private static final int MAX_DETAILS = 50;
  private static final int MAX_TEXT = 500;

  private ServerDetails() {}

  /**
   * Returns the server of order item {@code itemId} in {@code body}, or null when the answer shows none (not
   * set up yet). A server whose {@code order_item_id} names another item is not this item's and is ignored.
   *
   * @throws ProviderErrorException ({@code malformed-answer}) when the answer holds no list of server objects
   */
  static Server read(JsonNode body, String itemId) {
    List<JsonNode> elements;
    if (body.isObject() && looksLikeServer(body)) {
      elements = List.of(body);
    } else {
      elements = AnswerReader.elements(body, "servers", "server_list", "data", "items", "result");
    }
    for (JsonNode element : elements) {
      if (!element.isObject()) {
        throw AnswerReader.malformed("a server_list element that is not an object: " + AnswerReader.cut(element));
      }
      String owner = AnswerReader.id(element.path("order_item_id"));
      if (owner == null || owner.equals(itemId)) {
        return server(element, itemId);
      }
    }
    return null;
  }

  private static boolean looksLikeServer(JsonNode body) {
    for (String name : List.of("order_item_id", "state", "ipv4", "ip", "ip_addresses", "hostname")) {
      if (body.has(name)) {
        return true;
      }
    }
    return false;
  }

  private static Server server(JsonNode s, String itemId) {
    String serviceId = first(s, "id", "server_id", "service_id", "order_item_id");
    String name = text(s, "name");
    if (name == null) {
      name = text(s, "hostname");
    }
    List<String> ips = addresses(s);
    String state = null;
    boolean running = false;
    for (String member : STATE_MEMBERS) {
      String word = text(s, member);
      if (word != null && state == null) {
        state = word;
      }
      running |= word != null && RUNNING.matcher(word).matches();
    }
    OrderStatus status = running && !ips.isEmpty() ? OrderStatus.ACTIVE : OrderStatus.PROCESSING;
    return new Server(serviceId != null ? serviceId : itemId, name, ips, status, state, details(s));
  }

  private static String first(JsonNode s, String... names) {
    for (String n : names) {
      String id = AnswerReader.id(s.path(n));
      if (id != null) {
        return cut(id);
      }
    }
    return null;
  }

  private static String text(JsonNode s, String name) {
    String t = AnswerReader.text(s.path(name));
    return t == null || t.isBlank() ? null : cut(t.strip());
  }

  /** Returns the IP literals the server names, IPv4 first as the API puts them, without repeats. */
  static List<String> addresses(JsonNode s) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : FIRST_ADDRESSES) {
      collect(s.path(name), out);
    }
    for (String name : MORE_ADDRESSES) {
      collect(s.path(name), out);
    }
    return List.copyOf(out);
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (out.size() >= MAX_ADDRESSES) {
      return;
    }
    if (node.isTextual()) {
      for (String part : node.asText().split("[,;\\s]+")) {
        String ip = literal(part);
        if (ip != null && out.size() < MAX_ADDRESSES) {
          out.add(ip);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        collect(e.isObject() ? (e.has("ip") ? e.path("ip") : e.path("address")) : e, out);
      }
    }
  }

  /** Returns {@code s} as a plain IP literal, or null; never looks a name up (only digits, hex, dots, colons). */
  static String literal(String s) {
    String t = s.strip();
    if (IPV4.matcher(t).matches()) {
      return t;
    }
    if (t.indexOf(':') >= 0 && IPV6_CHARS.matcher(t).matches()) {
      try {
        InetAddress.getByName(t); // an IPv6 literal by the characters above: parsed, not resolved
        return t;
      } catch (UnknownHostException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static Map<String, String> details(JsonNode s) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    s.fields().forEachRemaining(fields::add);
    for (Map.Entry<String, JsonNode> f : fields) {
      if (out.size() >= MAX_DETAILS) {
        break;
      }
      JsonNode v = f.getValue();
      if (v.isValueNode() && !v.isNull() && !SECRET.matcher(f.getKey()).matches()) {
        out.put(cut(f.getKey()), cut(v.asText()));
      }
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
  }
}
