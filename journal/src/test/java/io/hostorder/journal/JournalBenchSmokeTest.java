package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link JournalBench} with tiny sizes: it completes and prints its table. It asserts no figure (a
 * shared build machine times nothing reliably); {@code -Djournal.bench=full} runs the real sizes and
 * prints the figures docs/journal.md quotes.
 */
class JournalBenchSmokeTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(3600)
  void theBench_completes_andPrintsItsTable() throws Exception {
    boolean full = "full".equals(System.getProperty("journal.bench"));
    JournalBench.Sizes sizes = (full ? JournalBench.Sizes.full() : JournalBench.Sizes.smoke()).withProperties();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(new TeeStream(bytes, System.out), true, StandardCharsets.UTF_8);

    List<JournalBench.Row> rows = new JournalBench(sizes, dir, both).run();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("| measure", "| value", "| goal", "| met?");
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(printed).contains(r.measure()));
  }

  /** Writes to two streams: the test keeps what the bench prints, and the console shows it. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
