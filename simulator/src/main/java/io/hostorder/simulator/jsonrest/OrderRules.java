package io.hostorder.simulator.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.simulator.jsonrest.JsonSettings.OperatingSystem;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an {@code order_create} request against the document and its notes, and prices its items.
 * Every refusal names the field, e.g. {@code items[0].product.options.quantity_cpu}.
 */
final class OrderRules {
  private static final Pattern IPV4 = Pattern.compile(
      "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern KEY =
      Pattern.compile("(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\\d+|sk-\\S+)\\s+\\S.*");
  static final BigDecimal PER_CPU = new BigDecimal("2.00");
  static final BigDecimal PER_RAM_GB = new BigDecimal("4.00");
  static final BigDecimal PER_STORAGE_GB = new BigDecimal("0.10");
  static final BigDecimal PER_IPV4 = new BigDecimal("1.50");

  private final JsonSettings settings;

  OrderRules(JsonSettings settings) {
    this.settings = settings;
  }

  /** A checked item: its name, product, options and monthly price. */
  record Checked(String name, String product, JsonNode options, BigDecimal price) {}

  /** Thrown when a request breaks a rule; its message names the field. */
  static class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message, null, false, false);
    }
  }

  List<Checked> check(JsonNode body) {
    only(body, "", Set.of("action", "items", "reference"));
    JsonNode reference = body.get("reference");
    if (reference != null && !reference.isTextual()) {
      throw new Refusal("reference must be a string");
    }
    JsonNode items = body.get("items");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw new Refusal("items must be a non-empty array");
    }
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      checked.add(item(items.get(i), "items[" + i + "]"));
    }
    return checked;
  }

  private Checked item(JsonNode item, String at) {
    if (!item.isObject()) {
      throw new Refusal(at + " must be an object");
    }
    only(item, at, Set.of("name", "product"));
    String name = text(item, "name", at);
    JsonNode product = item.get("product");
    if (product == null || !product.isObject()) {
      throw new Refusal(at + ".product is required");
    }
    only(product, at + ".product", Set.of("name", "options"));
    String productName = text(product, "name", at + ".product");
    if (!settings.products().contains(productName)) {
      throw new Refusal(at + ".product.name: unknown product " + productName);
    }
    JsonNode options = product.get("options");
    String o = at + ".product.options";
    if (options == null || !options.isObject()) {
      throw new Refusal(o + " is required");
    }
    only(options, o, Set.of("quantity_ram_gb", "quantity_cpu", "quantity_storage_gb", "os",
        "os_version", "antiaffinity", "firewall_id", "firewall_addme", "features"));
    BigDecimal ram = number(options, "quantity_ram_gb", o);
    if (ram.signum() <= 0 || ram.compareTo(new BigDecimal(256)) > 0
        || ram.remainder(new BigDecimal("0.5")).signum() != 0) {
      throw new Refusal(o + ".quantity_ram_gb must be 0.5 to 256 in steps of 0.5");
    }
    int cpu = whole(options, "quantity_cpu", o, 1, 64);
    int storage = whole(options, "quantity_storage_gb", o, 10, 4000);
    system(options, o);
    if (options.has("antiaffinity")) {
      whole(options, "antiaffinity", o, 0, Integer.MAX_VALUE);
    }
    JsonNode firewall = options.get("firewall_id");
    if (firewall != null && !(firewall.canConvertToExactIntegral() || firewall.isTextual()
        && !firewall.asText().isBlank())) {
      throw new Refusal(o + ".firewall_id must be a number or a name");
    }
    JsonNode addMe = options.get("firewall_addme");
    if (addMe != null) {
      String flag = addMe.isNumber() || addMe.isTextual() ? addMe.asText() : "";
      if (!flag.equals("1") && !flag.equals("0")) {
        throw new Refusal(o + ".firewall_addme must be \"1\" or \"0\"");
      }
      if (flag.equals("1") && firewall == null) {
        throw new Refusal(o + ".firewall_addme needs firewall_id");
      }
    }
    int ipv4 = features(options.get("features"), o + ".features");
    BigDecimal price = PER_CPU.multiply(BigDecimal.valueOf(cpu)).add(PER_RAM_GB.multiply(ram))
        .add(PER_STORAGE_GB.multiply(BigDecimal.valueOf(storage)))
        .add(PER_IPV4.multiply(BigDecimal.valueOf(ipv4)));
    return new Checked(name, productName, options, price.setScale(2));
  }

  private void system(JsonNode options, String o) {
    JsonNode os = options.get("os");
    if (os == null) {
      throw new Refusal(o + ".os is required");
    }
    Optional<OperatingSystem> found;
    if (os.canConvertToExactIntegral()) {
      found = Optional.ofNullable(settings.systems().get(os.asInt()));
    } else if (os.isTextual()) {
      found = settings.systems().values().stream()
          .filter(s -> s.name().equalsIgnoreCase(os.asText().trim())).findFirst();
    } else {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      throw new Refusal(o + ".os: unknown operating system " + os);
    }
    JsonNode version = options.get("os_version");
    if (version != null && (!(version.isTextual() || version.isNumber())
        || !found.get().versions().contains(version.asText().trim()))) {
      throw new Refusal(o + ".os_version: " + found.get().name() + " has no version " + version
          + " (known: " + String.join(", ", found.get().versions()) + ")");
    }
  }

  /** Checks {@code features} and returns how many IPv4 addresses it asks for. */
  private int features(JsonNode features, String f) {
    if (features == null) {
      return 0;
    }
    if (!features.isObject()) {
      throw new Refusal(f + " must be an object");
    }
    only(features, f, Set.of("ipv4", "cloud_init_url", "sshd"));
    int ipv4 = features.has("ipv4") ? whole(features, "ipv4", f, 0, 8) : 0;
    JsonNode cloudInit = features.get("cloud_init_url");
    if (cloudInit != null && (!cloudInit.isTextual() || !httpUrl(cloudInit.asText()))) {
      throw new Refusal(f + ".cloud_init_url must be an http(s) URL");
    }
    JsonNode sshd = features.get("sshd");
    if (sshd != null) {
      String s = f + ".sshd";
      if (!sshd.isObject()) {
        throw new Refusal(s + " must be an object");
      }
      only(sshd, s, Set.of("authorized_keys", "ip_allow", "public_ports_allow"));
      if (sshd.has("authorized_keys")) {
        for (String line : text(sshd, "authorized_keys", s).split("\\R")) {
          if (!line.isBlank() && !KEY.matcher(line.trim()).matches()) {
            throw new Refusal(s + ".authorized_keys: not an SSH public key line");
          }
        }
      }
      // The current page marks ip_allow as required.
      for (String address : text(sshd, "ip_allow", s).split(",")) {
        if (!network(address.trim())) {
          throw new Refusal(s + ".ip_allow: not an address or network: " + address.trim());
        }
      }
      if (sshd.has("public_ports_allow")) {
        for (String ports : text(sshd, "public_ports_allow", s).split(",")) {
          if (!ports(ports.trim())) {
            throw new Refusal(s + ".public_ports_allow: not a port or port range: " + ports.trim());
          }
        }
      }
    }
    return ipv4;
  }

  private static boolean network(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length > 2 || parts[0].isEmpty()) {
      return false;
    }
    boolean v6 = parts[0].contains(":");
    int maxPrefix = v6 ? 128 : 32;
    if (parts.length == 2 && !(parts[1].matches("\\d{1,3}")
        && Integer.parseInt(parts[1]) <= maxPrefix)) {
      return false;
    }
    if (!v6) {
      return IPV4.matcher(parts[0]).matches();
    }
    if (!parts[0].matches("[0-9A-Fa-f:.]+")) {
      return false;
    }
    try {
      InetAddress.getByName(parts[0]); // an IPv6 literal: parsed, never looked up
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean ports(String text) {
    String[] range = text.split(":", -1);
    if (range.length > 2) {
      return false;
    }
    int previous = 0;
    for (String port : range) {
      if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535
          || Integer.parseInt(port) < previous) {
        return false;
      }
      previous = Integer.parseInt(port);
    }
    return true;
  }

  static void only(JsonNode node, String at, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new Refusal((at.isEmpty() ? "" : at + ".") + name + ": unknown field");
      }
    }
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new Refusal(at + "." + field + " is required (a non-empty string)");
    }
    return value.asText();
  }

  private static BigDecimal number(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new Refusal(at + "." + field + " is required (a number)");
    }
    return value.decimalValue();
  }

  private static int whole(JsonNode node, String field, String at, int min, int max) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()
        || value.asInt() < min || value.asInt() > max) {
      throw new Refusal(at + "." + field + " must be a whole number from " + min + " to " + max);
    }
    return value.asInt();
  }

  /** Returns true when {@code text} is an absolute http(s) URL with a host. */
  private static boolean httpUrl(String text) {
    try {
      java.net.URI uri = new java.net.URI(text.strip());
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
