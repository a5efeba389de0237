package io.hostorder.provider.jsonrest;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.ProviderHttp;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The factory of the {@code jsonrest} provider type: Klikk's JSON action API ({@code order_create},
 * {@code order_status}, {@code order_list}, {@code order_cancel}, {@code server_list}), one POST of one
 * JSON object per call to one endpoint.
 *
 * <p>Configuration: the common HTTP keys ({@code base-url} defaults to {@value #DEFAULT_BASE_URL}) and
 * credentials, either {@code token} (sent in the {@code X-Account-Token} header) or {@code username} and
 * {@code password} (HTTP Basic). Stateless and safe for concurrent use.
 */
public final class JsonRestProviderFactory implements OrderProviderFactory {
  /** The provider type id. */
  public static final String TYPE = "jsonrest";
  /** The API's one endpoint. */
  public static final String DEFAULT_BASE_URL = "https://my.klikk.com/api";
  /** The account token, created in the customer portal (sent as {@code X-Account-Token}). */
  public static final String TOKEN = "token";
  /** The account's user name, for HTTP Basic. */
  public static final String USERNAME = "username";
  /** The account's password, for HTTP Basic. */
  public static final String PASSWORD = "password";

  /** Creates the factory; it is stateless. */
  public JsonRestProviderFactory() {}

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String description() {
    return "Klikk's JSON action API (order_create, order_status, order_list, order_cancel, server_list)";
  }

  @Override
  public List<ConfigKey> configKeys() {
    List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(DEFAULT_BASE_URL));
    keys.add(ConfigKey.secret(TOKEN, "account token, sent in the X-Account-Token header (instead of username/password)"));
    keys.add(ConfigKey.string(USERNAME, null,
        "account user name for HTTP Basic (with password; instead of token)"));
    keys.add(ConfigKey.secret(PASSWORD, "account password for HTTP Basic (with username)"));
    return List.copyOf(keys);
  }

  /**
   * Returns the capabilities of every instance: order status, list, cancel of an order and of one
   * item, several items in one order, and payment from the profile's credit ({@code order_create} is
   * paid from it, and asks for payment when it is short). There is no reconcile: the API's answers are not documented to
   * carry the order's {@code reference}, so a lost answer to {@code order_create} is reported as
   * outcome unknown ({@link Idempotency#NONE}).
   */
  @Override
  public Capabilities capabilities(ProviderConfig config) {
    return CAPABILITIES;
  }

  static final Capabilities CAPABILITIES = Capabilities.builder()
      .add(Capability.ORDER_STATUS, Capability.ORDER_LIST, Capability.CANCEL_ORDER, Capability.CANCEL_LINE,
          Capability.MULTIPLE_ITEMS, Capability.PAY_FROM_BALANCE)
      .idempotency(Idempotency.NONE)
      .accessKinds("sshPublicKey")
      .build();

  /**
   * Returns the {@link JsonRestProvider} the context configures.
   *
   * @throws io.hostorder.core.error.ConfigurationException when the credentials are missing, incomplete or
   *     both kinds are given, or when {@code base-url} is plain HTTP to a host that is not loopback
   */
  @Override
  public OrderProvider create(ProviderContext context) {
    Credentials credentials = Credentials.from(context.config());
    HttpSettings settings = context.httpSettings();
    OkHttpClient client = ProviderHttp.client(context, credentials.secretValues());
    return new DefaultJsonRestProvider(new ActionClient(client, ProviderHttp.baseUrl(settings), credentials,
        context.mapper()));
  }
}
