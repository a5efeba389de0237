package io.hostorder.provider.billmanager;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.ProviderHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The BILLmanager client as building blocks for a host that runs BILLmanager with rules of its own
 * (Zomro): the configuration keys, the capabilities and the creation of one instance, each for a
 * given {@link ItemForm}. Stateless.
 */
public final class Billmanager {
  /** Login name, used for {@code authinfo=login:password} or for {@code func=auth}. */
  public static final String USERNAME = "username";
  /** Password that goes with {@link #USERNAME}. */
  public static final String PASSWORD = "password";
  /** An existing session id, sent as {@code auth}. */
  public static final String TOKEN = "token";
  /** How username and password are used: {@link #LOGIN_AUTHINFO} or {@link #LOGIN_SESSION}. */
  public static final String LOGIN_MODE = "login-mode";
  /** {@code authinfo=login:password} on every request. */
  public static final String LOGIN_AUTHINFO = "authinfo";
  /** One {@code func=auth} exchange for a session, renewed once when it expires. */
  public static final String LOGIN_SESSION = "session";
  /** The client login a reseller acts for, sent as {@code su}. */
  public static final String SU = "su";
  /** The {@code {ITEMTYPE}} of {@code v2.{ITEMTYPE}.order.param}. */
  public static final String ITEM_TYPE = "item-type";
  /** The answer format asked for with {@code out}: {@code xml} or {@code json}. */
  public static final String FORMAT = "format";
  /** The {@code paymethod_id} of checkout; 0 is the personal account. */
  public static final String PAYMETHOD_ID = "paymethod-id";
  /** Pay orders without a promo code at once with {@code skipbasket=on}. */
  public static final String SKIPBASKET = "skipbasket";
  /** Send the broker's order reference as {@code remoteid} and reconcile by it. */
  public static final String SEND_REMOTEID = "send-remoteid";

  /** The function that lists the services of the configured item type, when the host's is not the type's name. */
  public static final String LIST_FUNCTION = "list-function";
  /** How a cart is paid: {@link #FLOW_CONFIRM} or {@link #FLOW_BASKET}. */
  public static final String CHECKOUT_FLOW = "checkout-flow";
  /** The new cart's {@code cartorder.create.confirm} (the documents' path). */
  public static final String FLOW_CONFIRM = "confirm";
  /** The old cart: {@code basket} answering a {@code billorder}, paid with {@code payment.add.method}. */
  public static final String FLOW_BASKET = "basket";

  private Billmanager() {}

  /**
   * Returns the keys every BILLmanager-based provider reads: the common HTTP keys, credentials, login
   * mode, answer format, payment method and {@code send-remoteid}.
   *
   * @param defaultBaseUrl the base URL, or null when it must be configured
   */
  public static List<ConfigKey> commonKeys(String defaultBaseUrl, String defaultLoginMode, String defaultFormat,
      boolean defaultSendRemoteid) {
    List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(defaultBaseUrl));
    keys.add(ConfigKey.string(USERNAME, null, "login name (with password)"));
    keys.add(ConfigKey.secret(PASSWORD, "password of the login"));
    keys.add(ConfigKey.secret(TOKEN, "an existing session id, sent as 'auth' (instead of, or before, username and password)"));
    keys.add(ConfigKey.choice(LOGIN_MODE, defaultLoginMode,
        "how username and password are used: 'authinfo' on every request, or 'session' from func=auth (renewed once when it expires)",
        LOGIN_AUTHINFO, LOGIN_SESSION));
    keys.add(ConfigKey.choice(FORMAT, defaultFormat, "answer format asked for with 'out'", "xml", "json"));
    keys.add(ConfigKey.integer(PAYMETHOD_ID, 0, "paymethod_id at checkout; 0 pays from the personal account"));
    keys.add(ConfigKey.flag(SEND_REMOTEID, defaultSendRemoteid,
        "send the order reference as 'remoteid' (a hint: used to find orders again only where the list shows it)"));
    keys.add(ConfigKey.string(LIST_FUNCTION, null,
        "the function that lists the services of the configured item type, where the host's differs from it (e.g. vds.vps)"));
    return keys;
  }

  /**
   * Returns what an instance configured with {@code config} and ordering with {@code form} can do.
   *
   * @param keys the provider type's keys, whose defaults fill what {@code config} leaves out
   */
  public static Capabilities capabilities(ProviderConfig config, List<ConfigKey> keys, ItemForm form) {
    Objects.requireNonNull(form, "form == null");
    config = withDefaults(config, keys);
    Capabilities.Builder b = Capabilities.builder()
        .add(Capability.PROMO_CODE, Capability.ORDER_STATUS, Capability.ORDER_LIST);
    if (config.optional(PAYMETHOD_ID).orElse("0").equals("0")) {
      b.add(Capability.PAY_FROM_BALANCE);
    }
    if (config.bool(SKIPBASKET)) {
      b.add(Capability.SKIP_CART);
    }
    if (config.optional(SU).isPresent()) {
      b.add(Capability.ACT_FOR_CUSTOMER);
    }
    // Every service carries a key hostorder sets and the list returns (domain / servername): found again by it.
    b.add(Capability.RECONCILE).idempotency(Idempotency.LOOKUP);
    form.capabilities(b);
    return b.build();
  }

  private static ProviderConfig withDefaults(ProviderConfig config, List<ConfigKey> keys) {
    ProviderConfig out = config;
    for (ConfigKey k : keys) {
      if (k.defaultValue() != null && config.optional(k.name()).isEmpty()) {
        out = out.with(k.name(), k.defaultValue());
      }
    }
    return out;
  }

  /**
   * Returns one instance ordering with {@code form}, created from {@code context}. Reads and checks the
   * settings first (no I/O), so a wrong configuration fails when the instance is created.
   *
   * @param context the instance's context; its configuration already checked against the provider type's keys
   * @param form how an item becomes the host's order form
   * @return the provider
   * @throws io.hostorder.core.error.ConfigurationException naming the key that is wrong
   */
  public static OrderProvider create(ProviderContext context, ItemForm form) {
    Objects.requireNonNull(form, "form == null");
    ProviderConfig config = context.config();
    Settings settings = Settings.from(config);
    Capabilities capabilities = capabilities(config, List.of(), form);
    OkHttpClient client = ProviderHttp.client(context, settings.secrets());
    Transport transport = new Transport(client, settings, context.mapper(), form.multipart());
    return new BillmanagerProvider(form, settings, capabilities, transport);
  }
}
