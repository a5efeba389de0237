package io.hostorder.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.http.HttpCaller;
import io.hostorder.core.http.HttpConnector;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.OkHttpConnector;
import io.hostorder.core.journal.OrderJournal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a factory needs to create one provider instance ({@link OrderProviderFactory#create}): the instance's
 * checked configuration, the shared JSON mapper, a clock, the registry's journal if it has one, and HTTP
 * ({@link #http()}) over the registry's shared connections. The registry builds one per instance; a test
 * builds its own with {@link #builder(ProviderConfig)}. Immutable; safe for concurrent use.
 */
public final class ProviderContext {
  private final ProviderConfig config;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final OrderJournal journal;
  private final HttpConnector connector;

  private ProviderContext(Builder b) {
    this.config = b.config;
    this.mapper = b.mapper != null ? b.mapper : newMapper();
    this.clock = b.clock != null ? b.clock : Clock.systemUTC();
    this.journal = b.journal;
    this.connector = b.connector != null ? b.connector : OkHttpConnector.standalone();
  }

  /**
   * Returns a builder for the instance configured by {@code config}: by default a mapper that ignores
   * unknown fields, the UTC system clock, no journal, and HTTP over a client of its own.
   *
   * @param config the instance's configuration, already checked against the factory's keys
   * @return a new builder
   */
  public static Builder builder(ProviderConfig config) {
    return new Builder(config);
  }

  /**
   * Returns the instance's configuration, checked against the factory's keys.
   *
   * @return the configuration
   */
  public ProviderConfig config() {
    return config;
  }

  /**
   * Returns a new JSON mapper as a registry shares with its providers: tolerant of what providers send
   * (unknown fields are ignored). The registry makes one; a context built without a mapper makes its own.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /**
   * Returns the JSON mapper shared by every instance: tolerant of what providers send (unknown fields are
   * ignored). Do not reconfigure it; copy it ({@code mapper().copy()}) to change a setting.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the clock to read the time from (a test may fix it).
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the registry's order journal, or empty when it has none. The registry already places every
   * order of the instance through it; a provider reads it only for what it needs beyond that.
   *
   * @return the journal, or empty
   */
  public Optional<OrderJournal> journal() {
    return Optional.ofNullable(journal);
  }

  /**
   * Returns the instance's HTTP settings, read from the common keys of {@link HttpSettings#keys(String)}.
   *
   * @return the settings
   * @throws io.hostorder.core.error.ConfigurationException naming {@code base-url} when it is missing, not an
   *     http(s) URL, or plain HTTP to a host that is not loopback without {@code allow-insecure-http}
   */
  public HttpSettings httpSettings() {
    return HttpSettings.from(config);
  }

  /**
   * Returns the instance's HTTP caller: {@link #httpSettings()}' time-outs and plain-HTTP rule over the
   * registry's shared connections, masking every secret value of {@link #config()} in the wire log.
   *
   * @return the caller
   * @throws io.hostorder.core.error.ConfigurationException as {@link #httpSettings()}
   */
  public HttpCaller http() {
    return http(Set.of());
  }

  /**
   * Returns the instance's HTTP caller, as {@link #http()}, also masking {@code moreSecretValues} (values
   * derived from the configuration, e.g. a computed {@code Authorization} header).
   *
   * @param moreSecretValues further values to mask in the wire log
   * @return the caller
   * @throws io.hostorder.core.error.ConfigurationException as {@link #httpSettings()}
   */
  public HttpCaller http(Collection<String> moreSecretValues) {
    Objects.requireNonNull(moreSecretValues, "moreSecretValues == null");
    Set<String> secrets = new LinkedHashSet<>(config.secretValues());
    secrets.addAll(moreSecretValues);
    return connector.connect(httpSettings(), secrets);
  }

  /**
   * Returns the HTTP implementation's shared object of {@code type}, or empty: the escape hatch of a
   * provider written against that library (the built-in providers reach OkHttp this way, through
   * {@link io.hostorder.core.http.okhttp.ProviderHttp}). Not part of the stable SPI.
   *
   * @param <T> the type asked for
   * @param type the type asked for
   * @return the shared object, or empty
   */
  public <T> Optional<T> unwrap(Class<T> type) {
    return connector.unwrap(Objects.requireNonNull(type, "type == null"));
  }

  /**
   * Returns the configuration (secrets masked) and whether a journal is present.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ProviderContext{" + config + (journal == null ? "" : ", journal") + "}";
  }

  /** Builds a {@link ProviderContext}; every setting but the configuration is optional. */
  public static final class Builder {
    private final ProviderConfig config;
    private ObjectMapper mapper;
    private Clock clock;
    private OrderJournal journal;
    private HttpConnector connector;

    private Builder(ProviderConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
    }

    /**
     * Uses {@code mapper} as the JSON mapper.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper == null");
      return this;
    }

    /**
     * Uses {@code clock} as the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Gives the context {@code journal}, or none when null.
     *
     * @param journal the journal, or null
     * @return this builder
     */
    public Builder journal(OrderJournal journal) {
      this.journal = journal;
      return this;
    }

    /**
     * Makes the instance's HTTP callers with {@code connector} (e.g. one sharing a broker's client).
     *
     * @param connector the connector
     * @return this builder
     */
    public Builder connector(HttpConnector connector) {
      this.connector = Objects.requireNonNull(connector, "connector == null");
      return this;
    }

    /**
     * Returns the context built.
     *
     * @return the context
     */
    public ProviderContext build() {
      return new ProviderContext(this);
    }
  }
}
