package io.hostorder.core.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The parent injector's bindings, shared by every provider instance: one OkHttp client (one
 * connection pool, one dispatcher), one {@link ObjectMapper} tolerant of what providers send, and the
 * clock. Does no I/O: the client starts no thread until its first call.
 */
final class CoreModule extends AbstractModule {
  private final OkHttpClient client;

  CoreModule(OkHttpClient client) {
    this.client = client;
  }

  @Provides
  @Singleton
  OkHttpClient httpClient() {
    if (client != null) {
      return client;
    }
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(16, 2, TimeUnit.MINUTES))
        .build();
  }

  @Provides
  @Singleton
  ObjectMapper objectMapper() {
    // Tolerant for what providers send: unknown fields in an answer are ignored.
    return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
