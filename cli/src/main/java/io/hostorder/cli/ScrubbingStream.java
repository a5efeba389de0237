package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that holds bytes until a line ends (or until flushed) and masks known secrets
 * before passing them on. {@link Main} puts it under {@code System.out} and {@code System.err}, so
 * that library log lines pass the same check as the command's own output.
 */
final class ScrubbingStream extends OutputStream {
  private final PrintStream target;
  private final SecretScrubber scrubber;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  ScrubbingStream(PrintStream target, SecretScrubber scrubber) {
    this.target = target;
    this.scrubber = scrubber;
  }

  @Override
  public synchronized void write(int b) {
    pending.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    for (int i = off + len - 1; i >= off; i--) {
      if (b[i] == '\n') {
        pending.write(b, off, i - off + 1);
        emit();
        pending.write(b, i + 1, off + len - i - 1);
        return;
      }
    }
    pending.write(b, off, len);
  }

  @Override
  public synchronized void flush() {
    emit();
    target.flush();
  }

  private void emit() {
    if (pending.size() > 0) {
      byte[] bytes = scrubber.scrub(pending.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      target.write(bytes, 0, bytes.length);
      pending.reset();
    }
  }
}
