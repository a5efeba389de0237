package io.hostorder.core.http.okhttp;

import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request and answer on the SLF4J logger {@code io.hostorder.wire} at DEBUG: the request
 * line, headers and body, then the status line, headers and body, each masked by a {@link SecretScrubber}.
 * Off unless that logger is at DEBUG; bodies are cut at 64 KiB.
 */
public final class WireLogger implements Interceptor {
  /** The logger name to set to DEBUG to see the wire. */
  public static final String LOGGER = "io.hostorder.wire";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final long MAX_BODY = 64 * 1024;
  private final SecretScrubber scrubber;
  private final Sink sink;

  /**
   * Returns a logger that writes to {@link #LOGGER} at DEBUG, masking with {@code scrubber}.
   *
   * @param scrubber masks secrets in what is logged
   */
  public WireLogger(SecretScrubber scrubber) {
    this(scrubber, new Sink() {
      @Override
      public boolean enabled() {
        return LOG.isDebugEnabled();
      }

      @Override
      public void log(String line) {
        LOG.debug(line);
      }
    });
  }

  WireLogger(SecretScrubber scrubber, Sink sink) {
    this.scrubber = scrubber;
    this.sink = sink;
  }

  /** Where the lines go: the SLF4J logger in production, a list in tests. */
  interface Sink {
    boolean enabled();

    void log(String line);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sink.enabled()) {
      return chain.proceed(request);
    }
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ')
        .append(scrubber.url(request.url().toString()));
    headers(out, request.headers());
    RequestBody body = request.body();
    if (body != null) {
      MediaType type = body.contentType();
      if (type != null && request.header("Content-Type") == null) {
        out.append("\nContent-Type: ").append(type);
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      String text = buffer.readString(Math.min(buffer.size(), MAX_BODY), StandardCharsets.UTF_8);
      out.append("\n\n").append(scrubber.body(type == null ? null : type.toString(), text));
    }
    sink.log(out.toString());
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.log("<-- FAILED " + request.method() + " " + scrubber.url(request.url().toString()) + ": " + scrubber.scrub(String.valueOf(e)));
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(response.message())
        .append(' ').append(scrubber.url(response.request().url().toString())).append(" (").append(ms).append(" ms)");
    headers(in, response.headers());
    if (response.body() != null) {
      String text = response.peekBody(MAX_BODY).string();
      MediaType type = response.body().contentType();
      in.append("\n\n").append(scrubber.body(type == null ? null : type.toString(), text));
    }
    sink.log(in.toString());
    return response;
  }

  private void headers(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      out.append('\n').append(headers.name(i)).append(": ").append(scrubber.header(headers.name(i), headers.value(i)));
    }
  }
}
