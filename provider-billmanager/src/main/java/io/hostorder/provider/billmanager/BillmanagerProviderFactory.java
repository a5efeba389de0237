package io.hostorder.provider.billmanager;

import io.hostorder.core.Capabilities;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code billmanager} provider type: any host running ISPsystem BILLmanager, ordering through its
 * New Order API (cart, promo code, {@code cartorder.create.confirm}). Stateless; does no I/O.
 */
public final class BillmanagerProviderFactory implements OrderProviderFactory {
  private static final ItemForm FORM = new BillmanagerItemForm();
  private static final List<ConfigKey> KEYS = keys();

  /** Creates the factory (ServiceLoader needs a public constructor). */
  public BillmanagerProviderFactory() {}

  @Override
  public String type() {
    return "billmanager";
  }

  @Override
  public String description() {
    return "any host running ISPsystem BILLmanager (New Order API: cart, promo code, confirm)";
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

  private static List<ConfigKey> keys() {
    List<ConfigKey> keys = new ArrayList<>(Billmanager.commonKeys(null, Billmanager.LOGIN_AUTHINFO, "xml", true));
    keys.add(ConfigKey.string(Billmanager.SU, null,
        "the client login a reseller or administrator acts for, sent as 'su'"));
    keys.add(ConfigKey.string(Billmanager.ITEM_TYPE, "vds",
        "the product type {ITEMTYPE} of v2.{ITEMTYPE}.order.param and of the list function (vds, dedic, soft…); an item may override it with the option item-type"));
    keys.add(ConfigKey.flag(Billmanager.SKIPBASKET, false,
        "pay orders without a promo code at once from the personal account (skipbasket=on) instead of cart + confirm"));
    return Collections.unmodifiableList(keys);
  }
}
