package io.hostorder.provider.hostway;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.ProviderHttp;
import io.hostorder.core.model.BillingPeriod;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Creates providers of type {@code hostway}: Hostway's REST OrderAPI (an order, its account, products,
 * services related to a server service, submit). Stateless; does no I/O.
 */
public final class HostwayProviderFactory implements OrderProviderFactory {
  /** The type id. */
  public static final String TYPE = "hostway";
  /** The documented API host. */
  public static final String DEFAULT_BASE_URL = "https://api.hostway.com/";

  static final String ACCOUNT_NUMBER = "account-number";
  static final String CURRENCY = "currency";
  static final String LANGUAGE = "language";
  static final String LOGIN = "login";
  static final String USERNAME = "username";
  static final String PASSWORD = "password";
  static final String TOKEN = "token";
  static final String HEADER_NAME = "header-name";
  static final String VALIDATE_BEFORE_SUBMIT = "validate-before-submit";
  static final String PARALLEL_SERVICES = "parallel-services";

  /** Creates the factory (ServiceLoader needs this constructor). */
  public HostwayProviderFactory() {}

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String description() {
    return "Hostway OrderAPI: products and related services (VPS Virtuozzo, …) in one order, then submit";
  }

  @Override
  public List<ConfigKey> configKeys() {
    List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(DEFAULT_BASE_URL));
    keys.add(ConfigKey.string(ACCOUNT_NUMBER, null,
        "the existing account to order for (e.g. acct123456); or give currency and language for a new account"));
    keys.add(ConfigKey.string(CURRENCY, null, "currency of a new account, e.g. USD (with language)"));
    keys.add(ConfigKey.string(LANGUAGE, null, "language of a new account, e.g. en-US (with currency)"));
    keys.add(ConfigKey.choice(LOGIN, "none",
        "how requests authenticate: none, basic (username and password) or token-header (token in header-name)",
        "none", "basic", "token-header"));
    keys.add(ConfigKey.string(USERNAME, null, "user name for login=basic"));
    keys.add(ConfigKey.secret(PASSWORD, "password for login=basic"));
    keys.add(ConfigKey.secret(TOKEN, "the whole header value for login=token-header, e.g. 'Bearer abc…'"));
    keys.add(ConfigKey.string(HEADER_NAME, "Authorization", "the header that carries the token"));
    keys.add(ConfigKey.flag(VALIDATE_BEFORE_SUBMIT, false,
        "send {\"action\":\"validate\"} and stop on its error before {\"action\":\"submit\"}"));
    keys.add(ConfigKey.flag(PARALLEL_SERVICES, false,
        "create the services related to one server service concurrently"));
    return List.copyOf(keys);
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    Capabilities.Builder b = Capabilities.builder()
        .add(Capability.PROMO_CODE, Capability.RELATED_ITEMS, Capability.ORDER_STATUS, Capability.MULTIPLE_ITEMS,
            Capability.VALIDATE_ONLY)
        .periods(BillingPeriod.P1M, BillingPeriod.P3M, BillingPeriod.P6M, BillingPeriod.P12M, BillingPeriod.P24M,
            BillingPeriod.P36M);
    if (config.optional(ACCOUNT_NUMBER).isEmpty() && config.optional(CURRENCY).isPresent()) {
      b.add(Capability.NEW_ACCOUNT);
    }
    // Finding an order by its reference reads the account's products filtered by partnerId, which needs the
    // Authorization header and the account's number (Hostway API wiki). place() then looks first (one filtered
    // read, idempotency LOOKUP), so that placing the same reference again returns the order instead of a second.
    if (config.optional(ACCOUNT_NUMBER).isPresent() && !config.optional(LOGIN).orElse("none").equals("none")) {
      b.add(Capability.RECONCILE).idempotency(io.hostorder.core.Idempotency.LOOKUP);
    }
    return b.build();
  }

  @Override
  public OrderProvider create(ProviderContext context) {
    HostwaySettings settings = HostwaySettings.from(context.config());
    // Retrofit and the owner's cookie jar need OkHttp: the client comes from core's OkHttp binding.
    OkHttpClient client = ProviderHttp.client(context, settings.secretValues());
    if (settings.authHeaderName() != null) {
      String name = settings.authHeaderName();
      String value = settings.authHeaderValue();
      client = client.newBuilder()
          .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header(name, value).build()))
          .build();
    }
    return new HostwayProvider(settings, capabilities(context.config()), client, context.mapper());
  }
}
