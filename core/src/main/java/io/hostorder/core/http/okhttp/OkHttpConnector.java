package io.hostorder.core.http.okhttp;

import io.hostorder.core.http.HttpCaller;
import io.hostorder.core.http.HttpConnector;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.model.SecretScrubber;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The {@link HttpConnector} over one shared {@link OkHttpClient}: every instance's caller is a
 * {@link ProviderHttp#client} of it (same connection pool and dispatcher). Safe for concurrent use.
 */
public final class OkHttpConnector implements HttpConnector {
  private final OkHttpClient shared;

  private OkHttpConnector(OkHttpClient shared) {
    this.shared = shared;
  }

  /**
   * Returns a connector whose callers share {@code shared}'s pool and dispatcher; the caller keeps owning it.
   *
   * @param shared the shared client
   * @return the connector
   */
  public static OkHttpConnector sharing(OkHttpClient shared) {
    return new OkHttpConnector(Objects.requireNonNull(shared, "shared == null"));
  }

  /**
   * Returns a connector over a client of its own (16 idle connections kept 2 minutes); its threads are
   * daemons and its idle connections close by themselves.
   *
   * @return the connector
   */
  public static OkHttpConnector standalone() {
    return new OkHttpConnector(newSharedClient());
  }

  /**
   * Returns the client the registry shares when a broker gives none: 16 idle connections kept 2 minutes.
   *
   * @return a new client
   */
  public static OkHttpClient newSharedClient() {
    return new OkHttpClient.Builder().connectionPool(new ConnectionPool(16, 2, TimeUnit.MINUTES)).build();
  }

  @Override
  public HttpCaller connect(HttpSettings settings, Collection<String> secretValues) {
    return new OkHttpCaller(ProviderHttp.client(shared, settings, secretValues));
  }

  HttpCaller connect(HttpSettings settings, Collection<String> secretValues, WireLogger.Sink sink) {
    return new OkHttpCaller(ProviderHttp.client(shared, settings, new WireLogger(SecretScrubber.of(secretValues), sink)));
  }

  @Override
  public <T> Optional<T> unwrap(Class<T> type) {
    return type.isInstance(shared) ? Optional.of(type.cast(shared)) : Optional.empty();
  }
}
