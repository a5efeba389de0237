package io.hostorder.core;

import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks every provider makes before it sends anything: the portable rules (plan given, quantity
 * at least 1, exactly one kind of access, positive resources) and the rules that follow from the
 * instance's {@link Capabilities}. Providers add their own on top. Stateless and thread-safe.
 */
public final class OrderValidator {
  private OrderValidator() {}

  /**
   * Returns every portable problem of {@code order}, with no regard to a provider.
   *
   * @param order the order
   * @return the problems, each naming its field; empty when there are none
   */
  public static List<Violation> portable(OrderRequest order) {
    List<Violation> out = new ArrayList<>();
    if (order.reference().isBlank()) {
      out.add(new Violation("reference", "must not be blank"));
    }
    if (order.promoCode() != null && order.promoCode().isBlank()) {
      out.add(new Violation("promoCode", "must not be blank when given"));
    }
    if (order.items().isEmpty()) {
      out.add(new Violation("items", "an order needs at least one item"));
    }
    for (int i = 0; i < order.items().size(); i++) {
      portableItem(order.items().get(i), "items[" + i + "]", out);
    }
    return out;
  }

  /**
   * Adds every portable problem of {@code item} (and of its related items) at {@code path} to {@code out}.
   *
   * @param item the item
   * @param path the item's path, e.g. {@code items[0]}
   * @param out where the problems go
   */
  public static void portableItem(OrderItem item, String path, List<Violation> out) {
    if (item.plan() == null || item.plan().isBlank()) {
      out.add(new Violation(path + ".plan", "required"));
    }
    if (item.quantity() < 1) {
      out.add(new Violation(path + ".quantity", "must be at least 1, was " + item.quantity()));
    }
    if (item.name() != null && item.name().isBlank()) {
      out.add(new Violation(path + ".name", "must not be blank when given"));
    }
    Access access = item.access();
    if (access != null) {
      String kind = access.kind();
      if (kind.equals("several")) {
        out.add(new Violation(path + ".access", "give exactly one of password, sshKeyId, sshPublicKey"));
      } else if (kind.equals("none")) {
        out.add(new Violation(path + ".access", "give one of password, sshKeyId, sshPublicKey"));
      } else if (blank(access.password()) || blank(access.sshKeyId()) || blank(access.sshPublicKey())) {
        out.add(new Violation(path + ".access." + kind, "must not be blank"));
      }
    }
    Resources r = item.resources();
    if (r != null) {
      if (r.ramGb() != null && r.ramGb().compareTo(BigDecimal.ZERO) <= 0) {
        out.add(new Violation(path + ".resources.ramGb", "must be positive, was " + r.ramGb().toPlainString()));
      }
      if (r.cpus() != null && r.cpus() <= 0) {
        out.add(new Violation(path + ".resources.cpus", "must be positive, was " + r.cpus()));
      }
      if (r.storageGb() != null && r.storageGb() <= 0) {
        out.add(new Violation(path + ".resources.storageGb", "must be positive, was " + r.storageGb()));
      }
    }
    blankEntries(item.addons(), path + ".addons", out);
    blankEntries(item.options(), path + ".options", out);
    for (int i = 0; i < item.related().size(); i++) {
      portableItem(item.related().get(i), path + ".related[" + i + "]", out);
    }
  }

  /**
   * Returns every problem of {@code order} for a provider with {@code capabilities}: the portable ones,
   * then what the provider cannot do (promo code, several items, quantity, related items, period,
   * access kind).
   *
   * @param order the order
   * @param capabilities what the provider can do
   * @return the problems, each naming its field; empty when there are none
   */
  public static List<Violation> validate(OrderRequest order, Capabilities capabilities) {
    List<Violation> out = portable(order);
    if (order.promoCode() != null && !capabilities.has(Capability.PROMO_CODE)) {
      out.add(Violation.unsupported("promoCode", "this provider does not take promo codes", Capability.PROMO_CODE));
    }
    if (order.items().size() > 1 && !capabilities.has(Capability.MULTIPLE_ITEMS)) {
      out.add(Violation.unsupported("items", "this provider takes one item per order, got " + order.items().size(),
          Capability.MULTIPLE_ITEMS));
    }
    for (int i = 0; i < order.items().size(); i++) {
      itemForCapabilities(order.items().get(i), "items[" + i + "]", capabilities, out);
    }
    return out;
  }

  /**
   * Adds what {@code item} asks that {@code capabilities} cannot give to {@code out}.
   *
   * @param item the item
   * @param path the item's path, e.g. {@code items[0]}
   * @param capabilities what the provider can do
   * @param out where the problems go
   */
  public static void itemForCapabilities(OrderItem item, String path, Capabilities capabilities, List<Violation> out) {
    if (item.quantity() > 1 && !capabilities.has(Capability.QUANTITY)) {
      out.add(Violation.unsupported(path + ".quantity", "this provider orders one of an item per line",
          Capability.QUANTITY));
    }
    if (!item.related().isEmpty() && !capabilities.has(Capability.RELATED_ITEMS)) {
      out.add(Violation.unsupported(path + ".related", "this provider cannot order related items",
          Capability.RELATED_ITEMS));
    }
    BillingPeriod period = item.period();
    if (period != null && !capabilities.periods().contains(period)) {
      if (period == BillingPeriod.P1D && !capabilities.has(Capability.DAILY_BILLING)) {
        out.add(Violation.unsupported(path + ".period", "this provider does not bill by the day",
            Capability.DAILY_BILLING));
      } else {
        out.add(new Violation(path + ".period", period + " is not offered; use one of " + capabilities.periods().stream()
            .sorted().map(BillingPeriod::iso).collect(Collectors.joining(", "))));
      }
    }
    Access access = item.access();
    if (access != null && !access.kind().equals("several") && !access.kind().equals("none")
        && !capabilities.accessKinds().contains(access.kind())) {
      out.add(new Violation(path + ".access." + access.kind(), "this provider does not take access by "
          + access.kind() + "; it takes " + capabilities.accessKinds().stream().sorted().collect(Collectors.joining(", "))));
    }
    for (int i = 0; i < item.related().size(); i++) {
      itemForCapabilities(item.related().get(i), path + ".related[" + i + "]", capabilities, out);
    }
  }

  /**
   * Throws when {@code violations} is not empty: {@link UnsupportedCapabilityException} (listing them
   * all) when one of them asks for a missing capability, {@link InvalidOrderException} otherwise.
   *
   * @param provider the provider type, for the message
   * @param violations the problems found
   */
  public static void throwIfAny(String provider, List<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    for (Violation v : violations) {
      if (v.capability() != null) {
        throw new UnsupportedCapabilityException(provider, v.capability(), violations);
      }
    }
    throw new InvalidOrderException(violations);
  }

  private static boolean blank(String s) {
    return s != null && s.isBlank();
  }

  private static void blankEntries(Map<String, String> map, String path, List<Violation> out) {
    map.forEach((k, v) -> {
      if (k.isBlank()) {
        out.add(new Violation(path, "a key is blank"));
      } else if (v == null) {
        out.add(new Violation(path + "." + k, "value is missing"));
      }
    });
  }
}
