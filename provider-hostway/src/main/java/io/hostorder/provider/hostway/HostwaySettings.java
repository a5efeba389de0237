package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.HostwayProviderFactory.*;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.http.HttpSettings;
import java.util.Map;
import java.util.Set;
import okhttp3.Credentials;
import okhttp3.HttpUrl;

/**
 * One instance's checked settings: HTTP, the account to order for, how to authenticate, and the two
 * switches. {@link #toString()} never shows a credential.
 */
record HostwaySettings(HttpSettings http, HttpUrl baseUrl, Map<String, String> account, String authHeaderName,
    String authHeaderValue, boolean validateBeforeSubmit, boolean parallelServices, Set<String> secretValues) {

  static HostwaySettings from(ProviderConfig config) {
    HttpSettings http = HttpSettings.from(config);
    HttpUrl base = HttpUrl.get(http.baseUrl());
    if (!base.encodedPath().endsWith("/")) {
      base = base.newBuilder().addPathSegment("").build();
    }
    String value = headerValue(config);
    Set<String> secrets = new java.util.LinkedHashSet<>(config.secretValues());
    if (value != null) {
      secrets.add(value);
    }
    return new HostwaySettings(http, base, account(config), headerName(config), value,
        config.bool(VALIDATE_BEFORE_SUBMIT), config.bool(PARALLEL_SERVICES), Set.copyOf(secrets));
  }

  /** The body of {@code PUT /orders/{id}/account}: an existing account, or a new one. */
  private static Map<String, String> account(ProviderConfig config) {
    var number = config.optional(ACCOUNT_NUMBER);
    var currency = config.optional(CURRENCY);
    var language = config.optional(LANGUAGE);
    if (number.isPresent()) {
      if (currency.isPresent() || language.isPresent()) {
        throw new ConfigurationException(ACCOUNT_NUMBER,
            "give either account-number (an existing account) or currency and language (a new one), not both");
      }
      return Map.of("accountNumber", number.get());
    }
    if (currency.isEmpty() && language.isEmpty()) {
      throw new ConfigurationException(ACCOUNT_NUMBER,
          "required: the existing account to order for, or currency and language for a new account");
    }
    if (currency.isEmpty()) {
      throw new ConfigurationException(CURRENCY, "required with language (e.g. USD)");
    }
    if (language.isEmpty()) {
      throw new ConfigurationException(LANGUAGE, "required with currency (e.g. en-US)");
    }
    return Map.of("currency", currency.get(), "language", language.get());
  }

  private static String headerName(ProviderConfig config) {
    String mode = config.optional(LOGIN).orElse("none");
    if (mode.equals("basic")) {
      return "Authorization";
    }
    if (mode.equals("token-header")) {
      String name = config.optional(HEADER_NAME).orElse("Authorization");
      if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
        throw new ConfigurationException(HEADER_NAME, "'" + name + "' is not an HTTP header name");
      }
      return name;
    }
    return null;
  }

  private static String headerValue(ProviderConfig config) {
    String mode = config.optional(LOGIN).orElse("none");
    // A credential given for another login mode would silently not be sent: refuse it.
    for (String key : java.util.List.of(USERNAME, PASSWORD, TOKEN)) {
      boolean used = mode.equals("basic") ? !key.equals(TOKEN) : mode.equals("token-header") && key.equals(TOKEN);
      if (!used && config.optional(key).isPresent()) {
        throw new ConfigurationException(key, "is not used with login=" + mode
            + (key.equals(TOKEN) ? "; set login=token-header" : "; set login=basic"));
      }
    }
    switch (mode) {
      case "basic":
        String user = config.optional(USERNAME).orElseThrow(() -> new ConfigurationException(USERNAME, "required with login=basic"));
        String password = config.optional(PASSWORD).orElseThrow(() -> new ConfigurationException(PASSWORD, "required with login=basic"));
        return Credentials.basic(user, password, java.nio.charset.StandardCharsets.UTF_8);
      case "token-header":
        String token = config.optional(TOKEN).orElseThrow(() -> new ConfigurationException(TOKEN, "required with login=token-header"));
        if (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
          throw new ConfigurationException(TOKEN, "must be one line");
        }
        return token;
      case "none":
        return null;
      default:
        throw new ConfigurationException(LOGIN, "'" + mode + "' is not one of none, basic, token-header");
    }
  }

  /** Returns the configured existing account ({@code account-number}), or null when a new account is created. */
  String accountNumber() {
    return account.get("accountNumber");
  }

  @Override
  public String toString() {
    return "HostwaySettings{baseUrl=" + baseUrl + ", account=" + account.keySet() + ", login="
        + (authHeaderName == null ? "none" : authHeaderName + ": ****") + ", validateBeforeSubmit=" + validateBeforeSubmit
        + ", parallelServices=" + parallelServices + '}';
  }
}
