package io.hostorder.core.http.okhttp;

import io.hostorder.core.ProviderContext;
import io.hostorder.core.Version;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.InsecureHttpException;
import io.hostorder.core.http.Loopback;
import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.HttpUrl;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Builds the OkHttp client of one provider instance from the registry's shared client: the same
 * connection pool and dispatcher, this instance's time-outs, a {@code User-Agent} naming hostorder and
 * its version, the plain-HTTP rule applied to every request (redirects and {@code Location} URLs
 * included), and the masking wire logger. Part of the OkHttp binding, not of the plugin SPI.
 */
public final class ProviderHttp {
  private ProviderHttp() {}

  /**
   * Returns a client for one instance.
   *
   * @param shared the registry's client (its pool and dispatcher are shared)
   * @param settings this instance's settings
   * @param secretValues values to scrub from the wire log wherever they appear (passwords, tokens)
   * @return a client sharing {@code shared}'s pool, with this instance's time-outs, TLS rule and wire log
   */
  public static OkHttpClient client(OkHttpClient shared, HttpSettings settings, Collection<String> secretValues) {
    return client(shared, settings, new WireLogger(SecretScrubber.of(secretValues)));
  }

  /**
   * Returns the OkHttp client of the instance {@code context} belongs to, sharing the registry's pool: the
   * way a built-in provider written against OkHttp gets its client from {@link ProviderContext}. Masks every
   * secret value of the configuration and {@code moreSecretValues} in the wire log.
   *
   * @param context the instance's context
   * @param moreSecretValues further values to mask in the wire log
   * @return the instance's client
   * @throws ConfigurationException naming {@code base-url} as {@link ProviderContext#httpSettings()}
   * @throws IllegalStateException when the context's HTTP is not this OkHttp binding
   */
  public static OkHttpClient client(ProviderContext context, Collection<String> moreSecretValues) {
    Objects.requireNonNull(context, "context == null");
    OkHttpClient shared = context.unwrap(OkHttpClient.class).orElseThrow(() -> new IllegalStateException(
        "the context's HTTP connector does not share an OkHttp client; use ProviderContext.http()"));
    Set<String> secrets = new LinkedHashSet<>(context.config().secretValues());
    secrets.addAll(moreSecretValues);
    return client(shared, context.httpSettings(), secrets);
  }

  /**
   * Returns the base URL of {@code settings} as OkHttp's URL type.
   *
   * @param settings the instance's settings
   * @return the base URL
   */
  public static HttpUrl baseUrl(HttpSettings settings) {
    return HttpUrl.get(settings.baseUrl());
  }

  static OkHttpClient client(OkHttpClient shared, HttpSettings settings, WireLogger wire) {
    Objects.requireNonNull(shared, "shared == null");
    Objects.requireNonNull(settings, "settings == null");
    return shared.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .followRedirects(false)
        .retryOnConnectionFailure(false)
        .addInterceptor(new Guard(settings.allowInsecureHttp()))
        .addNetworkInterceptor(wire)
        .build();
  }

  /**
   * Returns the {@code User-Agent} hostorder sends: {@code hostorder/VERSION}.
   *
   * @return the user agent
   */
  public static String userAgent() {
    return "hostorder/" + Version.get();
  }

  /** Sets the User-Agent and refuses plain HTTP to a host that is not loopback. */
  private static final class Guard implements Interceptor {
    private final boolean allowInsecure;

    Guard(boolean allowInsecure) {
      this.allowInsecure = allowInsecure;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      if (!request.url().isHttps() && !allowInsecure && !Loopback.isLoopback(request.url().host())) {
        throw new InsecureHttpException("refusing plain http:// to " + request.url().host()
            + " (only loopback is allowed; set allow-insecure-http=true to override)");
      }
      return chain.proceed(request.newBuilder().header("User-Agent", userAgent()).build());
    }
  }
}
