package io.hostorder.core.http;

import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ConfigKey.Kind;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP settings of one provider instance: base URL, time-outs and the plain-HTTP rule. Built from
 * the common configuration keys ({@link #keys(String)}), which every HTTP provider declares. The base URL is
 * an absolute {@code http} or {@code https} {@link URI} whose path is at least {@code /}.
 *
 * @param baseUrl the API's base URL
 * @param connectTimeout the time allowed to connect
 * @param readTimeout the time allowed between two reads (and two writes)
 * @param callTimeout the time allowed for one whole request and answer
 * @param allowInsecureHttp whether plain HTTP may go to a host that is not loopback
 */
public record HttpSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
    boolean allowInsecureHttp) {

  /** The key of the API's base URL. */
  public static final String BASE_URL = "base-url";
  /** The key of the time allowed to connect. */
  public static final String CONNECT_TIMEOUT = "connect-timeout";
  /** The key of the time allowed between two reads of an answer. */
  public static final String READ_TIMEOUT = "read-timeout";
  /** The key of the time allowed for a whole call. */
  public static final String CALL_TIMEOUT = "call-timeout";
  /** The key that allows plain HTTP to a host that is not loopback (never for real credentials). */
  public static final String ALLOW_INSECURE_HTTP = "allow-insecure-http";

  /**
   * Returns the common keys; {@code defaultBaseUrl} may be null when the key is required.
   *
   * @param defaultBaseUrl the base URL when none is configured, or null
   * @return the keys, base URL first
   */
  public static List<ConfigKey> keys(String defaultBaseUrl) {
    ConfigKey base = defaultBaseUrl == null
        ? ConfigKey.required(BASE_URL, Kind.URL, "the API's base URL")
        : ConfigKey.url(BASE_URL, defaultBaseUrl, "the API's base URL");
    return List.of(base,
        ConfigKey.duration(CONNECT_TIMEOUT, "10s", "time-out to connect"),
        ConfigKey.duration(READ_TIMEOUT, "30s", "time-out waiting for each read"),
        ConfigKey.duration(CALL_TIMEOUT, "60s", "time-out of one whole request and answer"),
        ConfigKey.flag(ALLOW_INSECURE_HTTP, false,
            "allow plain http:// to a host that is not loopback (never for real credentials)"));
  }

  /**
   * Returns the settings in {@code config}.
   *
   * @throws ConfigurationException naming {@code base-url} when it is plain HTTP to a host that is not
   *     loopback and {@code allow-insecure-http} is not {@code true}
   * @param config the provider's configuration
   * @return the settings
   */
  public static HttpSettings from(ProviderConfig config) {
    String url = config.require(BASE_URL);
    URI parsed = parse(url);
    boolean insecure = config.bool(ALLOW_INSECURE_HTTP);
    if (!parsed.getScheme().equals("https") && !insecure && !Loopback.isLoopback(parsed.getHost())) {
      throw new ConfigurationException(BASE_URL, "plain http:// is allowed only to loopback (127.0.0.1, localhost, [::1]); "
          + "use https:// or set " + ALLOW_INSECURE_HTTP + "=true");
    }
    return new HttpSettings(parsed,
        config.duration(CONNECT_TIMEOUT).orElse(Duration.ofSeconds(10)),
        config.duration(READ_TIMEOUT).orElse(Duration.ofSeconds(30)),
        config.duration(CALL_TIMEOUT).orElse(Duration.ofSeconds(60)),
        insecure);
  }

  /** Parses an absolute http(s) URL with a host, its scheme and host in lower case and its path at least "/". */
  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new ConfigurationException(BASE_URL, "'" + url + "' is not an http(s) URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new ConfigurationException(BASE_URL, "'" + url + "' is not an http(s) URL with a host");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(uri.getHost().toLowerCase(Locale.ROOT));
    if (uri.getPort() != -1) {
      out.append(':').append(uri.getPort());
    }
    out.append(path);
    if (uri.getRawQuery() != null) {
      out.append('?').append(uri.getRawQuery());
    }
    return URI.create(out.toString());
  }
}
