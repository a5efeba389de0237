package io.hostorder.core.registry;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.http.HttpConnector;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * Knows the provider types and creates provider instances. Each instance gets its own Guice child
 * injector under one parent that owns the shared HTTP client and ObjectMapper, so several instances
 * of one type (two BILLmanager hosts) live side by side with their own base URL and credentials. The
 * child injector binds the instance's {@link ProviderConfig} and {@link ProviderContext}; a factory's
 * {@link OrderProviderFactory#create} gets the context, or its own {@link OrderProviderFactory#module}
 * binds {@link OrderProvider} from them.
 *
 * <p>A library user lists its factories explicitly ({@link #builder()}); tools list what is installed
 * with {@link #installed()} (ServiceLoader). Safe for concurrent use. Nothing is started until the
 * first {@link #create}; {@link #close()} releases the shared client's threads and connections.
 */
public final class ProviderRegistry implements AutoCloseable {
  private final Map<String, OrderProviderFactory> factories;
  private final HttpConnector connector;
  private final OrderJournal journal;
  private final UnaryOperator<JournalOptions> journalOptions;
  private volatile Injector parent;
  private volatile CoreModule core;

  private ProviderRegistry(Map<String, OrderProviderFactory> factories, HttpConnector connector, OrderJournal journal,
      UnaryOperator<JournalOptions> journalOptions) {
    this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
    this.connector = connector;
    this.journal = journal;
    this.journalOptions = journalOptions;
  }

  /**
   * Returns the journal every instance places through, or empty (the registry was built without one).
   *
   * @return the journal, or empty
   */
  public Optional<OrderJournal> journal() {
    return Optional.ofNullable(journal);
  }

  /**
   * Returns a registry of every factory registered in {@code META-INF/services} on the class path.
   *
   * @return the registry
   */
  public static ProviderRegistry installed() {
    Builder b = builder();
    for (OrderProviderFactory f : ServiceLoader.load(OrderProviderFactory.class)) {
      b.add(f);
    }
    return b.build();
  }

  /**
   * Returns an empty builder: no factory, a shared HTTP client created on first use, no journal.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the factories, in the order added.
   *
   * @return the factories
   */
  public List<OrderProviderFactory> factories() {
    return new ArrayList<>(factories.values());
  }

  /**
   * Returns the factory of {@code type}, or empty.
   *
   * @param type the type id
   * @return the factory, or empty
   */
  public Optional<OrderProviderFactory> factory(String type) {
    return Optional.ofNullable(factories.get(type));
  }

  /**
   * Creates an instance of {@code type} configured by {@code config}. With a {@linkplain Builder#journal
   * journal} the instance is a {@link JournaledProvider} named {@link JournalOptions#instanceOf}.
   *
   * @throws ConfigurationException naming {@code provider} for an unknown type, or the key that is
   *     missing, unknown or malformed
   * @throws IllegalStateException naming the factory's class when it implements neither
   *     {@link OrderProviderFactory#create} nor {@link OrderProviderFactory#module}
   * @param type the type id
   * @param config the instance's configuration
   * @return the provider instance
   */
  public OrderProvider create(String type, ProviderConfig config) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(config, "config == null");
    OrderProviderFactory factory = factory(type).orElseThrow(() -> new ConfigurationException("provider",
        "unknown provider type '" + type + "'; installed: " + String.join(", ", factories.keySet())));
    ProviderConfig checked = config.check(factory.configKeys());
    requireCreateOrModule(factory);
    Injector parent = parent();
    ProviderContext context = ProviderContext.builder(checked)
        .mapper(parent.getInstance(ObjectMapper.class))
        .clock(parent.getInstance(Clock.class))
        .journal(journal)
        .connector(parent.getInstance(HttpConnector.class))
        .build();
    try {
      Injector child = parent.createChildInjector(new AbstractModule() {
        @Override
        protected void configure() {
          bind(ProviderConfig.class).toInstance(checked);
          bind(ProviderContext.class).toInstance(context);
        }
      }, factory.module(checked));
      OrderProvider provider = child.getInstance(OrderProvider.class);
      if (journal == null) {
        return provider;
      }
      return JournaledProvider.wrap(provider, journal,
          journalOptions.apply(JournalOptions.of(JournalOptions.instanceOf(type, checked))));
    } catch (ProvisionException | CreationException e) {
      // A provider's module rejected its configuration: surface its own typed error, not Guice's wrapper.
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof HostorderException h) {
          throw h;
        }
      }
      throw e;
    }
  }

  /** A factory must override one of the two; the defaults call each other's absence into an error. */
  private static void requireCreateOrModule(OrderProviderFactory factory) {
    if (declaredByInterface(factory, "create", ProviderContext.class)
        && declaredByInterface(factory, "module", ProviderConfig.class)) {
      throw new IllegalStateException("provider factory " + factory.getClass().getName() + " (type '" + factory.type()
          + "') implements neither create(ProviderContext) nor module(ProviderConfig); implement create");
    }
  }

  private static boolean declaredByInterface(OrderProviderFactory factory, String name, Class<?> parameter) {
    try {
      Method m = factory.getClass().getMethod(name, parameter);
      return m.getDeclaringClass() == OrderProviderFactory.class;
    } catch (NoSuchMethodException e) {
      return true;
    }
  }

  private Injector parent() {
    Injector p = parent;
    if (p == null) {
      synchronized (this) {
        p = parent;
        if (p == null) {
          OkHttpClient given = connector == null ? null : connector.unwrap(OkHttpClient.class).orElse(null);
          CoreModule module = new CoreModule(given);
          Module bindings = module;
          if (connector != null) {
            bindings = Modules.override(module).with(new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpConnector.class).toInstance(connector);
              }
            });
          }
          p = Guice.createInjector(Stage.PRODUCTION, bindings);
          core = module;
          parent = p;
        }
      }
    }
    return p;
  }

  /** Returns the mapper the parent injector shares (for tests). */
  ObjectMapper parentMapper() {
    return parent().getInstance(ObjectMapper.class);
  }

  /** Returns the OkHttp client the parent injector shares (for tests of the OkHttp binding). */
  OkHttpClient sharedOkHttpClient() {
    return parent().getInstance(OkHttpClient.class);
  }

  /**
   * Releases the threads and connections of the HTTP client the registry created; one a broker gave
   * ({@link Builder#httpConnector}) is left open.
   */
  @Override
  public void close() {
    CoreModule m = core;
    OkHttpClient c = m == null ? null : m.created();
    if (c != null) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
  }

  /** Builds a {@link ProviderRegistry}. */
  public static final class Builder {
    private final Map<String, OrderProviderFactory> factories = new LinkedHashMap<>();
    private HttpConnector connector;
    private OrderJournal journal;
    private UnaryOperator<JournalOptions> journalOptions = UnaryOperator.identity();

    private Builder() {}

    /**
     * Places every order through {@code journal} (a write-ahead order journal, e.g.
     * {@code Journals.open("~/.hostorder/journal.db")}): {@code place} then returns the stored order for a
     * reference already placed, refuses a reused reference with a different order, never places one
     * reference twice across retries, processes and crashes, and resolves an unknown outcome by reconcile
     * (see {@link JournaledProvider}). Without it every call goes straight to the provider, as before.
     * The registry does not close the journal.
     *
     * @param journal the journal; the registry does not close it
     * @return this builder
     */
    public Builder journal(OrderJournal journal) {
      return journal(journal, UnaryOperator.identity());
    }

    /**
     * Places through {@code journal} with options adjusted by {@code options} (lease, wait, secret sealer).
     *
     * @param journal the journal; the registry does not close it
     * @param options changes the default options of each instance
     * @return this builder
     */
    public Builder journal(OrderJournal journal, UnaryOperator<JournalOptions> options) {
      this.journal = Objects.requireNonNull(journal, "journal == null");
      this.journalOptions = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /**
     * Adds {@code factory}; a second factory of the same type is an error.
     *
     * @param factory the factory
     * @return this builder
     * @throws IllegalArgumentException when a factory of the same type was added
     */
    public Builder add(OrderProviderFactory factory) {
      Objects.requireNonNull(factory, "factory == null");
      if (factories.putIfAbsent(factory.type(), factory) != null) {
        throw new IllegalArgumentException("two factories of type '" + factory.type() + "'");
      }
      return this;
    }

    /**
     * Makes every instance's HTTP with {@code connector} instead of a client the registry creates; the
     * registry does not close it. To share a broker's OkHttp client (one connection pool):
     * {@code httpConnector(OkHttpConnector.sharing(client))}, which providers written against OkHttp then
     * share too.
     *
     * @param connector the connector
     * @return this builder
     */
    public Builder httpConnector(HttpConnector connector) {
      this.connector = Objects.requireNonNull(connector, "connector == null");
      return this;
    }

    /**
     * Returns the registry built.
     *
     * @return the registry
     */
    public ProviderRegistry build() {
      return new ProviderRegistry(factories, connector, journal, journalOptions);
    }
  }
}
