package io.hostorder.provider.billmanager;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.http.HttpSettings;
import java.util.ArrayList;
import java.util.List;

/** The checked settings of one BILLmanager instance. {@link #toString()} never shows a secret. */
record Settings(HttpSettings http, String username, String password, String token, boolean sessionLogin, String su,
    String itemType, String format, String paymethodId, boolean skipbasket, boolean sendRemoteid, String listFunction,
    String checkoutFlow) {

  static Settings from(ProviderConfig config) {
    HttpSettings http = HttpSettings.from(config);
    String username = config.optional(Billmanager.USERNAME).orElse(null);
    String password = config.optional(Billmanager.PASSWORD).orElse(null);
    String token = config.optional(Billmanager.TOKEN).orElse(null);
    if (username != null && password == null) {
      throw new ConfigurationException(Billmanager.PASSWORD, "required with " + Billmanager.USERNAME);
    }
    if (password != null && username == null) {
      throw new ConfigurationException(Billmanager.USERNAME, "required with " + Billmanager.PASSWORD);
    }
    if (username == null && token == null) {
      throw new ConfigurationException(Billmanager.TOKEN, "give either " + Billmanager.TOKEN + " (an existing session) or "
          + Billmanager.USERNAME + " and " + Billmanager.PASSWORD);
    }
    if (username != null && username.contains(":")) {
      // authinfo is login:password; a colon in the login would split it in the wrong place.
      throw new ConfigurationException(Billmanager.USERNAME, "must not contain ':'");
    }
    String itemType = config.optional(Billmanager.ITEM_TYPE).orElse("vds");
    if (!itemType.matches("[a-z][a-z0-9_]*")) {
      throw new ConfigurationException(Billmanager.ITEM_TYPE, "'" + itemType + "' is not a BILLmanager product type name (e.g. vds, dedic, soft)");
    }
    long paymethod = config.number(Billmanager.PAYMETHOD_ID).orElse(0L);
    if (paymethod < 0) {
      throw new ConfigurationException(Billmanager.PAYMETHOD_ID, "must not be negative");
    }
    boolean skipbasket = config.bool(Billmanager.SKIPBASKET);
    if (skipbasket && paymethod != 0) {
      throw new ConfigurationException(Billmanager.SKIPBASKET, "skipbasket pays from the personal account; it needs "
          + Billmanager.PAYMETHOD_ID + "=0, not " + paymethod);
    }
    String listFunction = config.optional(Billmanager.LIST_FUNCTION).map(String::trim).orElse(null);
    if (listFunction != null && !listFunction.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new ConfigurationException(Billmanager.LIST_FUNCTION, "'" + listFunction
          + "' is not a BILLmanager function name (e.g. vds, vds.vps, instances)");
    }
    String flow = config.optional(Billmanager.CHECKOUT_FLOW).orElse(Billmanager.FLOW_CONFIRM);
    if (!flow.equals(Billmanager.FLOW_CONFIRM) && !flow.equals(Billmanager.FLOW_BASKET)) {
      throw new ConfigurationException(Billmanager.CHECKOUT_FLOW, "must be " + Billmanager.FLOW_CONFIRM + " or "
          + Billmanager.FLOW_BASKET + "; was '" + flow + "'");
    }
    if (flow.equals(Billmanager.FLOW_BASKET) && skipbasket) {
      throw new ConfigurationException(Billmanager.CHECKOUT_FLOW, "the old cart (basket) and skipbasket exclude each other");
    }
    return new Settings(http, username, password, token,
        config.optional(Billmanager.LOGIN_MODE).orElse(Billmanager.LOGIN_AUTHINFO).equals(Billmanager.LOGIN_SESSION),
        config.optional(Billmanager.SU).orElse(null), itemType,
        config.optional(Billmanager.FORMAT).orElse("xml"), Long.toString(paymethod),
        skipbasket, config.optional(Billmanager.SEND_REMOTEID).map(Boolean::parseBoolean).orElse(true), listFunction,
        flow);
  }

  /** Returns true when orders are paid through the old cart ({@code basket}, {@code payment.add.method}). */
  boolean basketFlow() {
    return Billmanager.FLOW_BASKET.equals(checkoutFlow);
  }

  /** Returns true when a session can be obtained (and renewed) with {@code func=auth}. */
  boolean canLogin() {
    return username != null && password != null;
  }

  /** Returns true when requests carry {@code authinfo} instead of a session. */
  boolean usesAuthinfo() {
    return token == null && !sessionLogin;
  }

  /** Returns every configured secret value, for scrubbing logs and messages. */
  List<String> secrets() {
    List<String> out = new ArrayList<>();
    if (password != null) {
      out.add(password);
      out.add(username + ":" + password);
    }
    if (token != null) {
      out.add(token);
    }
    return out;
  }

  @Override
  public String toString() {
    return "Settings{" + http.baseUrl() + ", username=" + username + ", login=" + (usesAuthinfo() ? "authinfo" : "session")
        + ", su=" + su + ", itemType=" + itemType + ", format=" + format + ", paymethodId=" + paymethodId
        + ", skipbasket=" + skipbasket + ", sendRemoteid=" + sendRemoteid
        + (listFunction != null ? ", listFunction=" + listFunction : "") + ", checkoutFlow=" + checkoutFlow + "}";
  }
}
