package io.hostorder.core.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.http.HttpConnector;
import io.hostorder.core.http.okhttp.OkHttpConnector;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * The parent injector's bindings, shared by every provider instance: one OkHttp client (one connection pool,
 * one dispatcher) and the {@link HttpConnector} over it, one {@link ObjectMapper} tolerant of what providers
 * send, and the clock. Does no I/O: the client starts no thread until its first call.
 */
final class CoreModule extends AbstractModule {
  private final OkHttpClient client;
  private volatile OkHttpClient created;

  CoreModule(OkHttpClient client) {
    this.client = client;
  }

  /** Returns the client this module created (the registry then closes it), or null. */
  OkHttpClient created() {
    return created;
  }

  @Provides
  @Singleton
  OkHttpClient httpClient() {
    if (client != null) {
      return client;
    }
    OkHttpClient c = OkHttpConnector.newSharedClient();
    created = c;
    return c;
  }

  @Provides
  @Singleton
  HttpConnector connector(OkHttpClient shared) {
    return OkHttpConnector.sharing(shared);
  }

  @Provides
  @Singleton
  ObjectMapper objectMapper() {
    return ProviderContext.newMapper();
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
