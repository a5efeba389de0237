package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.SecretScrubber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * What every order of one provider instance shares: settings, the instance's HTTP client, the JSON
 * mapper, the owner ids of the orders this instance created (so that it can look them up later), and the
 * orders whose submit had an unknown outcome (so that resuming them never submits again).
 * Each order gets its own client view with its own cookie jar ({@link #api(OwnerCookieJar)}). Thread-safe.
 */
final class Connection {
  private static final int REMEMBERED = 10_000;
  private final HostwaySettings settings;
  private final OkHttpClient client;
  private final ObjectMapper mapper;
  private final Retrofit retrofit;
  private final Map<String, String> owners = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  });

  private final Map<String, io.hostorder.core.model.Order> placed = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, io.hostorder.core.model.Order> eldest) {
          return size() > REMEMBERED;
        }
      });
  private final Map<String, OutcomeUnknownException> submitsUnknown = new ConcurrentHashMap<>();
  private final Map<String, String> abandoned = new ConcurrentHashMap<>();

  Connection(HostwaySettings settings, OkHttpClient client, ObjectMapper mapper) {
    this.settings = settings;
    this.client = client;
    this.mapper = mapper;
    this.retrofit = new Retrofit.Builder().baseUrl(settings.baseUrl()).client(client)
        .addConverterFactory(JacksonConverterFactory.create(mapper)).build();
  }

  HostwaySettings settings() {
    return settings;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  HttpUrl baseUrl() {
    return settings.baseUrl();
  }

  /** Returns the API as seen through {@code jar}: one order's cookies, nobody else's. */
  HostwayApi api(OwnerCookieJar jar) {
    OkHttpClient orderClient = client.newBuilder().cookieJar(jar).build();
    return retrofit.newBuilder().client(orderClient).build().create(HostwayApi.class);
  }

  /** Returns a scrubber that scrubs the instance's secrets and {@code ownerId} (when not null). */
  SecretScrubber scrubber(String ownerId) {
    List<String> secrets = new ArrayList<>(settings.secretValues());
    if (ownerId != null) {
      secrets.add(ownerId);
    }
    return SecretScrubber.of(secrets);
  }

  /** Records that the submit of order {@code orderId} has the unknown outcome {@code e}: it is never sent again. */
  void submitUnknown(String orderId, OutcomeUnknownException e) {
    submitsUnknown.putIfAbsent(orderId, e);
  }

  /** Returns the unknown outcome of order {@code orderId}'s submit, when this instance sent it and lost its answer. */
  Optional<OutcomeUnknownException> submitUnknown(String orderId) {
    return Optional.ofNullable(submitsUnknown.get(orderId));
  }

  /** Records that order {@code orderId} is never completed: the outcome of one of its steps before submit is unknown. */
  void abandoned(String orderId, String step) {
    abandoned.putIfAbsent(orderId, step);
  }

  /** Returns the step whose unknown outcome made this instance abandon order {@code orderId}, or empty. */
  Optional<String> abandoned(String orderId) {
    return Optional.ofNullable(abandoned.get(orderId));
  }

  /** Remembers the order a checkout of this instance returned, so that reading it later keeps its lines. */
  void placed(io.hostorder.core.model.Order order) {
    placed.put(order.ref().id(), order);
  }

  /** Returns the order a checkout of this instance returned for {@code orderId}, or empty. */
  Optional<io.hostorder.core.model.Order> placed(String orderId) {
    return Optional.ofNullable(placed.get(orderId));
  }

  void remember(String orderId, String ownerId) {
    owners.put(orderId, ownerId);
  }

  Optional<String> owner(String orderId) {
    return Optional.ofNullable(owners.get(orderId));
  }
}
