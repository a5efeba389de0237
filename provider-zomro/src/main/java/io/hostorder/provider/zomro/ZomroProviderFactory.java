package io.hostorder.provider.zomro;

import io.hostorder.core.Capabilities;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.provider.billmanager.Billmanager;
import io.hostorder.provider.billmanager.ItemForm;
import java.util.List;

/**
 * The {@code zomro} provider type: Zomro Cloud VPS, ordered through Zomro's BILLmanager
 * ({@code https://api.zomro.com/}) as Zomro's ordering document shows — cart, promo code, confirm.
 * Stateless; does no I/O.
 */
public final class ZomroProviderFactory implements OrderProviderFactory {
  /** Zomro's API endpoint. */
  public static final String BASE_URL = "https://api.zomro.com/";
  private static final ItemForm FORM = new ZomroItemForm();
  private static final List<ConfigKey> KEYS = keys();

  private static List<ConfigKey> keys() {
    List<ConfigKey> keys = new java.util.ArrayList<>(Billmanager.commonKeys(BASE_URL, Billmanager.LOGIN_SESSION, "json", false));
    keys.add(ConfigKey.choice(Billmanager.CHECKOUT_FLOW, Billmanager.FLOW_CONFIRM,
        "how the cart is paid: 'confirm' (cartorder.create.confirm, the ordering document's path) or 'basket' (the old "
            + "cart Zomro's own web panel uses: basket, then payment.add.method)",
        Billmanager.FLOW_CONFIRM, Billmanager.FLOW_BASKET));
    return List.copyOf(keys);
  }

  /** Creates the factory (ServiceLoader needs a public constructor). */
  public ZomroProviderFactory() {}

  @Override
  public String type() {
    return "zomro";
  }

  @Override
  public String description() {
    return "Zomro Cloud VPS (BILLmanager at api.zomro.com: cart, promo code, confirm; daily billing)";
  }

  @Override
  public List<ConfigKey> configKeys() {
    return KEYS;
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    return Billmanager.capabilities(config, KEYS, FORM);
  }

  @Override
  public OrderProvider create(ProviderContext context) {
    return Billmanager.create(context, FORM);
  }
}
