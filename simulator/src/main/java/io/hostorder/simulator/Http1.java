package io.hostorder.simulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP/1.1 wire format as the simulator server reads and writes it (RFC 9112): request line,
 * header fields, a body by {@code Content-Length} or {@code chunked}, and answers with a {@code
 * Content-Length}. Strict about framing (a request it cannot frame is refused with 400 and the connection
 * closed), tolerant about the rest (a bare LF ends a line, empty lines before a request are skipped).
 */
final class Http1 {
  /** The longest request line read. */
  static final int MAX_REQUEST_LINE = 8 * 1024;
  /** The most bytes of header fields read (lines and line ends together). */
  static final int MAX_HEADER_BYTES = 64 * 1024;
  /** The most header fields read. */
  static final int MAX_HEADER_FIELDS = 200;
  /** The largest body read. */
  static final int MAX_BODY = 16 * 1024 * 1024;

  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private Http1() {}

  /** A request the server refuses before reading further: answered with {@link #status}, then closed. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(int status, String reason) {
      super(reason);
      this.status = status;
    }
  }

  /** The request line and header fields of one request. */
  record Head(String method, String target, String version, SimulatedHeaders headers) {
    boolean http10() {
      return version.equals("HTTP/1.0");
    }

    /** Returns true when the connection may carry another request after this one's answer. */
    boolean keepAlive() {
      List<String> tokens = new ArrayList<>();
      for (String value : headers.values("Connection")) {
        for (String token : value.split(",")) {
          tokens.add(token.trim().toLowerCase(Locale.ROOT));
        }
      }
      return http10() ? tokens.contains("keep-alive") : !tokens.contains("close");
    }
  }

  /**
   * Reads the head of the next request, or returns null when the stream ends before its first byte (the
   * client closed an idle connection).
   *
   * @throws Refused when the head is malformed or too large
   * @throws IOException when the stream fails or ends in the middle
   */
  static Head readHead(InputStream in) throws IOException {
    String line;
    int skipped = 0;
    do {
      line = readLine(in, MAX_REQUEST_LINE, 414, "request line too long");
      if (line == null) {
        return null;
      }
      if (++skipped > 8) {
        throw new Refused(400, "empty lines instead of a request line");
      }
    } while (line.isEmpty());
    String[] parts = line.split(" ", -1);
    if (parts.length != 3) {
      throw new Refused(400, "malformed request line");
    }
    String method = parts[0];
    String target = parts[1];
    String version = parts[2];
    if (!SimulatedHeaders.validName(method)) {
      throw new Refused(400, "malformed method");
    }
    if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
      throw new Refused(version.startsWith("HTTP/") ? 505 : 400, "unsupported version");
    }
    target = originForm(target);
    List<String> fields = new ArrayList<>();
    int bytes = 0;
    while (true) {
      String field = readLine(in, MAX_HEADER_BYTES - bytes, 431, "header fields too large");
      if (field == null) {
        throw new EOFException("end of stream in the header fields");
      }
      bytes += field.length() + 2;
      if (field.isEmpty()) {
        break;
      }
      if (fields.size() / 2 >= MAX_HEADER_FIELDS) {
        throw new Refused(431, "too many header fields");
      }
      int colon = field.indexOf(':');
      if (colon <= 0 || !SimulatedHeaders.validName(field.substring(0, colon))) {
        // Also refuses obsolete line folding (a line starting with a space) and a space before the colon.
        throw new Refused(400, "malformed header field");
      }
      String value = field.substring(colon + 1).strip();
      if (value.indexOf('\0') >= 0) {
        throw new Refused(400, "malformed header value");
      }
      fields.add(field.substring(0, colon));
      fields.add(new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    return new Head(method, target, version, SimulatedHeaders.of(fields.toArray(String[]::new)));
  }

  /**
   * Reads the body {@code head} announces ({@code Content-Length} or {@code chunked}; none otherwise),
   * first writing {@code 100 Continue} to {@code out} when the client waits for it.
   *
   * @throws Refused when the framing is malformed, ambiguous or too large
   */
  static byte[] readBody(Head head, InputStream in, OutputStream out) throws IOException {
    List<String> encodings = head.headers().values("Transfer-Encoding");
    List<String> lengths = head.headers().values("Content-Length");
    if (!encodings.isEmpty()) {
      if (!lengths.isEmpty()) {
        throw new Refused(400, "both Content-Length and Transfer-Encoding");
      }
      if (encodings.size() != 1 || !encodings.get(0).trim().equalsIgnoreCase("chunked") || head.http10()) {
        throw new Refused(400, "unsupported Transfer-Encoding");
      }
      expectContinue(head, out);
      return readChunked(in);
    }
    if (lengths.isEmpty()) {
      return new byte[0];
    }
    String length = null;
    for (String value : lengths) {
      for (String each : value.split(",", -1)) {
        String v = each.trim();
        if (v.isEmpty() || v.length() > 10 || !v.chars().allMatch(c -> c >= '0' && c <= '9')
            || (length != null && !length.equals(v))) {
          throw new Refused(400, "malformed Content-Length");
        }
        length = v;
      }
    }
    long n = Long.parseLong(length);
    if (n > MAX_BODY) {
      throw new Refused(413, "body larger than " + MAX_BODY + " bytes");
    }
    if (n == 0) {
      return new byte[0];
    }
    expectContinue(head, out);
    byte[] body = in.readNBytes((int) n);
    if (body.length < n) {
      throw new EOFException("end of stream in the body");
    }
    return body;
  }

  private static void expectContinue(Head head, OutputStream out) throws IOException {
    String expect = head.headers().get("Expect");
    if (expect != null && expect.trim().equalsIgnoreCase("100-continue") && !head.http10()) {
      out.write(CONTINUE);
      out.flush();
    }
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String line = readLine(in, 1024, 400, "malformed chunk size");
      if (line == null) {
        throw new EOFException("end of stream in a chunk size");
      }
      int semicolon = line.indexOf(';');
      String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
      if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new Refused(400, "malformed chunk size");
      }
      long size = Long.parseLong(hex, 16);
      if (body.size() + size > MAX_BODY) {
        throw new Refused(413, "body larger than " + MAX_BODY + " bytes");
      }
      if (size == 0) {
        break;
      }
      byte[] chunk = in.readNBytes((int) size);
      if (chunk.length < size) {
        throw new EOFException("end of stream in a chunk");
      }
      body.write(chunk);
      String end = readLine(in, 2, 400, "a chunk longer than its size");
      if (end == null) {
        throw new EOFException("end of stream after a chunk");
      }
      if (!end.isEmpty()) {
        throw new Refused(400, "a chunk longer than its size");
      }
    }
    int trailers = 0;
    while (true) {
      String trailer = readLine(in, MAX_HEADER_BYTES, 431, "trailer fields too large");
      if (trailer == null) {
        throw new EOFException("end of stream in the trailer");
      }
      if (trailer.isEmpty()) {
        return body.toByteArray();
      }
      if (++trailers > MAX_HEADER_FIELDS) {
        throw new Refused(431, "too many trailer fields");
      }
    }
  }

  /** Returns the path and query of {@code target}, taking them out of an absolute URI. */
  private static String originForm(String target) throws Refused {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new Refused(400, "malformed request target");
      }
    }
    if (target.startsWith("/")) {
      return target;
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      int query = target.indexOf('?', target.indexOf("//") + 2);
      if (slash < 0 || (query >= 0 && query < slash)) {
        return query < 0 ? "/" : "/" + target.substring(query);
      }
      return target.substring(slash);
    }
    if (target.equals("*")) {
      return target;
    }
    throw new Refused(400, "malformed request target");
  }

  /**
   * Reads one line without its end (CRLF or a bare LF), as ISO-8859-1, or returns null when the stream
   * ends before its first byte.
   *
   * @throws Refused with {@code status} and {@code reason} when the line is longer than {@code max} bytes
   * @throws EOFException when the stream ends in the middle of the line
   */
  private static String readLine(InputStream in, int max, int status, String reason) throws IOException {
    StringBuilder line = new StringBuilder(128);
    int count = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (count == 0) {
          return null;
        }
        throw new EOFException("end of stream in a line");
      }
      count++;
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (count > max + 1) {
        throw new Refused(status, reason);
      }
      line.append((char) b);
    }
  }

  /**
   * Writes the status line and headers of {@code answer}, with {@code Content-Length: length}, then
   * {@code bodyBytes} bytes of its body, in one write.
   */
  static void write(OutputStream out, SimulatedAnswer answer, long length, int bodyBytes, boolean close)
      throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(answer.status()).append(' ').append(reason(answer.status())).append("\r\n");
    SimulatedHeaders headers = answer.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")
          || name.equalsIgnoreCase("Connection")) {
        continue;
      }
      head.append(name).append(": ").append(headers.value(i)).append("\r\n");
    }
    head.append("Content-Length: ").append(length).append("\r\n");
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    byte[] top = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[top.length + bodyBytes];
    System.arraycopy(top, 0, all, 0, top.length);
    System.arraycopy(answer.bodyBytes(), 0, all, top.length, bodyBytes);
    out.write(all);
    out.flush();
  }

  /** Writes a plain-text refusal of a request that could not be read, asking to close. */
  static void refuse(OutputStream out, Refused refused) throws IOException {
    SimulatedAnswer answer = SimulatedAnswer.text(refused.status, refused.getMessage() + "\n");
    write(out, answer, answer.bodySize(), answer.bodySize(), true);
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      case 505 -> "HTTP Version Not Supported";
      default -> status < 200 ? "Informational" : status < 300 ? "Success" : status < 400 ? "Redirection"
          : status < 500 ? "Client Error" : "Server Error";
    };
  }
}
