package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tariffs and SSH keys each profile starts with (see docs/simulator-billmanager.md). */
final class Catalogs {
  /** Ubuntu 20.04 in the Zomro document's example. */
  static final String UBUNTU = "479c96f1-ccc6-47a2-952c-c9e3bbdc8d07";
  /** The image uid of the Zomro document's field table. */
  static final String TABLE_OS = "18d0ee2e-4d57-4f40-9b56-03c1773b5831";

  private Catalogs() {}

  static List<Tariff> tariffs(Profile profile) {
    return profile == Profile.ZOMRO ? zomro() : billmanager();
  }

  /** SSH keys (id to name) a client of {@code profile} has stored. */
  static Map<String, String> sshKeys(Profile profile) {
    return profile == Profile.ZOMRO ? Map.of("490", "laptop") : Map.of();
  }

  /** PROMO_2024 (the Zomro document's example) takes 10% off everything; the other one fits one tariff only. */
  static List<PromoCode> promoCodes(Profile profile) {
    return List.of(new PromoCode("PROMO_2024", 10, java.util.Set.of()), profile == Profile.ZOMRO
        ? new PromoCode("STANDARD20", 20, java.util.Set.of("6750"))
        : new PromoCode("DEDIC50", 50, java.util.Set.of("3")));
  }

  private static List<Tariff> billmanager() {
    Map<String, String> dcs = ordered("1", "Amsterdam", "2", "Frankfurt");
    return List.of(
        // pricelist=2, datacenter=1, addon_2=10: the values of the New Order API's curl example.
        new Tariff("2", "vds", "VDS Start", money("5.00"), dcs, Map.of(),
            List.of(Addon.numeric("2", "Disk, GB", 0, 500, "0.05"))),
        // addon_5 and addon_12: the addon examples of the New Order API's field table.
        new Tariff("4", "vds", "VDS Pro", money("12.00"), dcs, Map.of(), List.of(
            Addon.numeric("5", "RAM, GB", 1, 64, "1.00"),
            Addon.numeric("12", "Disk, GB", 10, 1000, "0.02"))),
        new Tariff("3", "dedic", "Dedicated E3", money("60.00"), ordered("1", "Amsterdam"),
            Map.of(), List.of()),
        // pricelist=111: the document's example for func=v2.soft.order.param.
        new Tariff("111", "soft", "Panel licence", money("3.00"), Map.of(), Map.of(), List.of()));
  }

  private static List<Tariff> zomro() {
    Map<String, String> dcs = ordered("13", "Netherlands", "14", "Germany");
    Map<String, String> os = ordered(UBUNTU, "Ubuntu 20.04", TABLE_OS, "Debian 12");
    // addon_6746=260 orders "a server only with IPv6" in the Zomro document.
    Addon ip = Addon.choice("6746", "IP addresses", ordered("259", "1.00", "260", "0.00"));
    Addon disk = Addon.numeric("6747", "Extra disk, GB", 0, 200, "0.05");
    return List.of(
        new Tariff("6740", "instances", "Cloud Essential", money("4.50"), dcs, os, List.of(ip, disk)),
        new Tariff("6750", "instances", "Cloud Standard", money("9.00"), dcs, os, List.of(ip, disk)));
  }

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
