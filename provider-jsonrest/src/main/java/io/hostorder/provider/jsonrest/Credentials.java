package io.hostorder.provider.jsonrest;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;

/**
 * How a request proves the account: a token in {@code X-Account-Token}, or HTTP Basic with the
 * account's own user name and password (the notes: Basic and Digest are accepted; a token works with
 * two-factor, Basic does not). {@link #toString()} shows no secret.
 */
final class Credentials {
  static final String TOKEN_HEADER = "X-Account-Token";

  private final String headerName;
  private final String headerValue;
  private final List<String> secrets;
  private final String kind;

  private Credentials(String headerName, String headerValue, List<String> secrets, String kind) {
    this.headerName = headerName;
    this.headerValue = headerValue;
    this.secrets = secrets;
    this.kind = kind;
  }

  /**
   * Returns the credentials in {@code config}.
   *
   * @throws ConfigurationException when none, only half of username/password, or both kinds are given
   */
  static Credentials from(ProviderConfig config) {
    Optional<String> token = config.optional(JsonRestProviderFactory.TOKEN);
    Optional<String> user = config.optional(JsonRestProviderFactory.USERNAME);
    Optional<String> password = config.optional(JsonRestProviderFactory.PASSWORD);
    if (token.isPresent()) {
      if (!token.get().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        // An HTTP header carries only visible ASCII; say so without showing the token.
        throw new ConfigurationException(JsonRestProviderFactory.TOKEN,
            "must be visible ASCII characters without spaces (as created in the customer portal)");
      }
      if (user.isPresent() || password.isPresent()) {
        throw new ConfigurationException(JsonRestProviderFactory.TOKEN,
            "give either token or username and password, not both");
      }
      return new Credentials(TOKEN_HEADER, token.get(), List.of(token.get()), "token");
    }
    if (user.isPresent() && password.isEmpty()) {
      throw new ConfigurationException(JsonRestProviderFactory.PASSWORD, "required with username");
    }
    if (password.isPresent() && user.isEmpty()) {
      throw new ConfigurationException(JsonRestProviderFactory.USERNAME, "required with password");
    }
    if (user.isEmpty()) {
      throw new ConfigurationException(JsonRestProviderFactory.TOKEN,
          "credentials required: set token, or username and password");
    }
    if (user.get().contains(":")) {
      throw new ConfigurationException(JsonRestProviderFactory.USERNAME,
          "must not contain ':' (HTTP Basic cannot send such a user name)");
    }
    String basic = okhttp3.Credentials.basic(user.get(), password.get(), StandardCharsets.UTF_8);
    return new Credentials("Authorization", basic,
        List.of(password.get(), basic, basic.substring("Basic ".length())), "basic");
  }

  /** Returns {@code request} with the credentials' header set. */
  Request.Builder apply(Request.Builder request) {
    return request.header(headerName, headerValue);
  }

  /** Returns every secret value these credentials send, for scrubbing logs and messages. */
  List<String> secretValues() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Credentials{" + kind + "}";
  }
}
