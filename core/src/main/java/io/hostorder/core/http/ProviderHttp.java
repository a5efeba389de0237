package io.hostorder.core.http;

import io.hostorder.core.model.SecretScrubber;
import io.hostorder.core.Version;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Builds the OkHttp client of one provider instance from the registry's shared client: the same
 * connection pool and dispatcher, this instance's time-outs, a {@code User-Agent} naming hostorder and
 * its version, the plain-HTTP rule applied to every request (redirects and {@code Location} URLs
 * included), and the masking wire logger.
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
        .addNetworkInterceptor(new WireLogger(SecretScrubber.of(secretValues)))
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

  /** Thrown (as an IOException, from inside OkHttp) when a request would leave in plain HTTP. */
  public static final class InsecureHttpException extends IOException {
    private static final long serialVersionUID = 1L;

    InsecureHttpException(String message) {
      super(message);
    }
  }
}
