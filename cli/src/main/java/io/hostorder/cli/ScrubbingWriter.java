package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that holds text until a line ends (or until flushed) and masks known secrets before passing
 * it on, so that a secret split across two writes is still caught.
 */
final class ScrubbingWriter extends Writer {
  private final Writer target;
  private final SecretScrubber scrubber;
  private final StringBuilder pending = new StringBuilder();

  ScrubbingWriter(Writer target, SecretScrubber scrubber) {
    this.target = target;
    this.scrubber = scrubber;
  }

  @Override
  public synchronized void write(char[] buf, int off, int len) throws IOException {
    pending.append(buf, off, len);
    int nl = pending.lastIndexOf("\n");
    if (nl >= 0) {
      target.write(scrubber.scrub(pending.substring(0, nl + 1)));
      pending.delete(0, nl + 1);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (pending.length() > 0) {
      target.write(scrubber.scrub(pending.toString()));
      pending.setLength(0);
    }
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    target.close();
  }
}
