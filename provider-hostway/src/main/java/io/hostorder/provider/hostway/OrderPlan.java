package io.hostorder.provider.hostway;

import io.hostorder.core.error.Violation;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Maps portable items to the products and services of one Hostway order, and finds every problem
 * before anything is sent.
 *
 * <p>An item is a product: its {@code plan} is the product offering, as a URL
 * ({@code …/productSpecifications/{spec}/offerings/{offering}}) or the short form {@code {spec}/{offering}}
 * resolved against {@code base-url}. Its option {@code serviceSpecification} names the product's first
 * service — the server service ("Virtuozzo Server … needs to be created first" — Hostway OrderAPI),
 * created with the item's {@code name} and {@code period}. The item's related items are the services
 * related to that server service, each one's {@code plan} a service specification (a URL
 * {@code …/serviceSpecifications/{id}} or the short form {@code {id}}); a related item's own related
 * items are related to it. Option {@code relatedTo} names another service of the order by its path
 * ({@code items[0]}, {@code items[0].related[1]}) instead, which must come earlier in the order.
 */
final class OrderPlan {
  static final String SERVICE_SPECIFICATION = "serviceSpecification";
  static final String PROMO_CODE = "promoCode";
  static final String DISPLAY_NAME = "displayName";
  static final String PARTNER_ID = "partnerId";
  static final String RELATED_TO = "relatedTo";
  static final String ATTRIBUTE = "attribute.";
  private static final List<String> ITEM_OPTIONS = List.of(SERVICE_SPECIFICATION, PROMO_CODE, DISPLAY_NAME,
      RELATED_TO, ATTRIBUTE + "<name>");
  private static final List<String> SERVICE_OPTIONS = List.of(PROMO_CODE, RELATED_TO, ATTRIBUTE + "<name>");
  private static final Pattern OFFERING_URL = Pattern.compile(".*/productSpecifications/[^/]+/offerings/[^/]+");
  private static final Pattern SERVICE_SPEC_URL = Pattern.compile(".*/serviceSpecifications/[^/]+");
  private static final Pattern SEGMENT = Pattern.compile("[^/\\s?#%]+");

  /** One service to create: its portable path, what to send, and the path of the service it relates to (or null). */
  record Service(String path, String name, String specification, int billingCycle, String promoCode,
      Map<String, String> attributes, String relatedTo) {}

  /**
   * One product to create (item {@code index}) and its services, in creation order (the server service first).
   * Its {@code partnerId} is the broker's reference as it is: the key that finds the product, and so the
   * order, again ({@code GET /accounts/{accountId}/products?filterPartnerId=…} — Hostway API wiki).
   */
  record Product(int index, String path, String offering, String promoCode, String displayName, String partnerId,
      List<Service> services) {}

  private final HttpUrl base;
  private final String reference;
  private final List<Violation> out;
  private final Set<String> allServices = new LinkedHashSet<>();
  private final Set<String> earlier = new LinkedHashSet<>();

  private OrderPlan(HttpUrl base, String reference, List<Violation> out) {
    this.base = base;
    this.reference = reference;
    this.out = out;
  }

  /**
   * Returns the products of {@code items}, adding every problem found to {@code violations} (the result
   * is only usable when none was added). {@code cartPromo} goes on each product without its own;
   * {@code reference} is every product's {@code partnerId}.
   */
  static List<Product> map(List<OrderItem> items, String reference, String cartPromo, HttpUrl base,
      List<Violation> violations) {
    OrderPlan plan = new OrderPlan(base, reference, violations);
    for (int i = 0; i < items.size(); i++) {
      plan.collect(items.get(i), "items[" + i + "]", items.get(i).options().containsKey(SERVICE_SPECIFICATION));
    }
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      products.add(plan.product(items.get(i), i, cartPromo));
    }
    return products;
  }

  private void collect(OrderItem item, String path, boolean isService) {
    if (isService) {
      allServices.add(path);
    }
    for (int j = 0; j < item.related().size(); j++) {
      collect(item.related().get(j), path + ".related[" + j + "]", true);
    }
  }

  private Product product(OrderItem item, int index, String cartPromo) {
    String path = "items[" + index + "]";
    unsupportedFields(item, path);
    if (item.options().containsKey(PARTNER_ID)) {
      out.add(new Violation(path + ".options." + PARTNER_ID, "hostorder sends the order's reference as every "
          + "product's partnerId (the key that finds the order again); remove this option"));
    }
    Map<String, String> options = new LinkedHashMap<>(item.options());
    options.remove(PARTNER_ID);
    options(options, ITEM_OPTIONS, path);
    String offering = offering(item.plan(), path + ".plan");
    String promo = item.options().getOrDefault(PROMO_CODE, cartPromo);
    List<Service> services = new ArrayList<>();
    String spec = item.options().get(SERVICE_SPECIFICATION);
    int cycle = cycle(item.period() == null ? BillingPeriod.P1M : item.period());
    String serverPath = null;
    if (spec != null) {
      if (item.name() == null) {
        out.add(new Violation(path + ".name", "required: the name of the server service (" + SERVICE_SPECIFICATION + ")"));
      }
      String relatedTo = explicitRelation(item, path);
      services.add(new Service(path, item.name(), serviceSpecification(spec, path + ".options." + SERVICE_SPECIFICATION),
          cycle, null, attributes(item), relatedTo));
      earlier.add(path);
      serverPath = path;
    } else if (item.options().containsKey(RELATED_TO)) {
      out.add(new Violation(path + ".options." + RELATED_TO, "only a service relates to another; give "
          + path + ".options." + SERVICE_SPECIFICATION + " or remove it"));
    } else if (attributes(item).size() > 0) {
      out.add(new Violation(path + ".options", "service attributes need " + path + ".options." + SERVICE_SPECIFICATION));
    }
    for (int j = 0; j < item.related().size(); j++) {
      related(item.related().get(j), path + ".related[" + j + "]", serverPath, item.name(), cycle, services);
    }
    return new Product(index, path, offering, promo, item.options().get(DISPLAY_NAME), reference,
        List.copyOf(services));
  }

  private void related(OrderItem item, String path, String parent, String parentName, int parentCycle, List<Service> services) {
    unsupportedFields(item, path);
    options(item.options(), SERVICE_OPTIONS, path);
    String relatedTo = item.options().containsKey(RELATED_TO) ? explicitRelation(item, path) : parent;
    if (relatedTo == null && !item.options().containsKey(RELATED_TO)) {
      out.add(new Violation(path, "a child service comes before its server service: give the item's option "
          + SERVICE_SPECIFICATION + " (the server service, created first) or this item's option " + RELATED_TO));
    }
    String name = item.name() != null ? item.name() : parentName;
    if (name == null) {
      out.add(new Violation(path + ".name", "required: the service's name (or the item's name, which it inherits)"));
    }
    int cycle = item.period() == null ? parentCycle : cycle(item.period());
    services.add(new Service(path, name, serviceSpecification(item.plan(), path + ".plan"), cycle,
        item.options().get(PROMO_CODE), attributes(item), relatedTo));
    earlier.add(path);
    for (int j = 0; j < item.related().size(); j++) {
      related(item.related().get(j), path + ".related[" + j + "]", path, name, cycle, services);
    }
  }

  /** Checks option {@code relatedTo} of the service at {@code path}: it must name an earlier service of this order. */
  private String explicitRelation(OrderItem item, String path) {
    String target = item.options().get(RELATED_TO);
    if (target == null) {
      return null;
    }
    String at = path + ".options." + RELATED_TO;
    target = target.trim();
    if (earlier.contains(target)) {
      return target;
    }
    if (allServices.contains(target)) {
      out.add(new Violation(at, "this service comes before the service it relates to (" + target
          + "); list " + target + " first — Hostway creates the service related to first"));
    } else {
      out.add(new Violation(at, "relates to '" + target + "', which is not a service of this order "
          + "(give the path of an earlier service, e.g. items[0] or items[0].related[1])"));
    }
    return null;
  }

  private void unsupportedFields(OrderItem item, String path) {
    if (item.region() != null) out.add(new Violation(path + ".region", "the Hostway OrderAPI takes no region"));
    if (item.image() != null) out.add(new Violation(path + ".image", "the Hostway OrderAPI takes no image; order it as a service"));
    if (item.resources() != null) {
      out.add(new Violation(path + ".resources", "the Hostway OrderAPI takes no resources; order them as services"));
    }
    if (!item.addons().isEmpty()) {
      out.add(new Violation(path + ".addons", "the Hostway OrderAPI takes no addons; order them as related services"));
    }
  }

  private void options(Map<String, String> options, List<String> known, String path) {
    for (Map.Entry<String, String> e : options.entrySet()) {
      String key = e.getKey();
      boolean ok = key.startsWith(ATTRIBUTE) ? known.contains(ATTRIBUTE + "<name>") && key.length() > ATTRIBUTE.length()
          : known.contains(key);
      if (!ok) {
        out.add(new Violation(path + ".options." + key, "unknown option here; known: " + String.join(", ", known)));
      } else if (e.getValue() != null && e.getValue().isBlank()) {
        out.add(new Violation(path + ".options." + key, "must not be blank"));
      }
    }
  }

  private static Map<String, String> attributes(OrderItem item) {
    Map<String, String> attributes = new LinkedHashMap<>();
    item.options().forEach((k, v) -> {
      if (k.startsWith(ATTRIBUTE) && k.length() > ATTRIBUTE.length()) {
        attributes.put(k.substring(ATTRIBUTE.length()), v);
      }
    });
    return attributes;
  }

  private String offering(String plan, String path) {
    if (plan == null || plan.isBlank()) {
      return null; // reported by the portable rules
    }
    String p = plan.trim();
    if (p.startsWith("http://") || p.startsWith("https://")) {
      HttpUrl url = HttpUrl.parse(p);
      if (url != null && OFFERING_URL.matcher(url.encodedPath()).matches()) {
        return p;
      }
    } else {
      String[] parts = p.split("/", -1);
      if (parts.length == 2 && SEGMENT.matcher(parts[0]).matches() && SEGMENT.matcher(parts[1]).matches()) {
        return base.newBuilder().addPathSegment("productSpecifications").addPathSegment(parts[0])
            .addPathSegment("offerings").addPathSegment(parts[1]).build().toString();
      }
    }
    out.add(new Violation(path, "'" + p + "' is not a product offering: give its URL "
        + "(…/productSpecifications/{spec}/offerings/{offering}) or {spec}/{offering}"));
    return null;
  }

  private String serviceSpecification(String spec, String path) {
    if (spec == null || spec.isBlank()) {
      return null;
    }
    String s = spec.trim();
    if (s.startsWith("http://") || s.startsWith("https://")) {
      HttpUrl url = HttpUrl.parse(s);
      if (url != null && SERVICE_SPEC_URL.matcher(url.encodedPath()).matches()) {
        return s;
      }
    } else if (SEGMENT.matcher(s).matches()) {
      return base.newBuilder().addPathSegment("serviceSpecifications").addPathSegment(s).build().toString();
    }
    out.add(new Violation(path, "'" + s + "' is not a service specification: give its URL "
        + "(…/serviceSpecifications/{id}) or {id}"));
    return null;
  }

  /** The billing cycle in months (1–120 — Hostway OrderAPI); {@code P1D} is refused by the capability check. */
  static int cycle(BillingPeriod period) {
    return Math.max(1, period.months());
  }
}
