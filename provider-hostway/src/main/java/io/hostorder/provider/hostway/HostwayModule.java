package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.hostorder.core.Capabilities;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.http.ProviderHttp;
import okhttp3.OkHttpClient;

/** Binds one Hostway instance's {@link OrderProvider}. Does no I/O. */
final class HostwayModule extends AbstractModule {
  private final HostwaySettings settings;
  private final Capabilities capabilities;

  HostwayModule(HostwaySettings settings, Capabilities capabilities) {
    this.settings = settings;
    this.capabilities = capabilities;
  }

  @Provides
  OrderProvider provider(OkHttpClient shared, ObjectMapper mapper) {
    OkHttpClient client = ProviderHttp.client(shared, settings.http(), settings.secretValues());
    if (settings.authHeaderName() != null) {
      String name = settings.authHeaderName();
      String value = settings.authHeaderValue();
      client = client.newBuilder()
          .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header(name, value).build()))
          .build();
    }
    return new HostwayProvider(settings, capabilities, client, mapper);
  }
}
