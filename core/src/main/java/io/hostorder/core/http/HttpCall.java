package io.hostorder.core.http;

import io.hostorder.core.commit.AnswerRule;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request a provider sends through an {@link HttpCaller}: a method, an absolute {@code http(s)} URI,
 * headers, a {@link HttpBody body}, and the {@link AnswerRule.Request} that says whether it only reads or may
 * commit an order (which decides how an I/O failure is reported). Immutable; {@link #header} returns a copy.
 *
 * @param method the HTTP method in upper case, e.g. {@code "POST"}
 * @param uri the absolute {@code http} or {@code https} URI
 * @param headers the request's headers, in the order given (the caller sets {@code User-Agent} and, from the
 *     body, {@code Content-Type})
 * @param body the body, {@link HttpBody#none()} for none
 * @param request whether the call reads or commits, and the step and ids its errors name
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, HttpBody body,
    AnswerRule.Request request) {

  /**
   * Checks every part is given, the URI is absolute {@code http(s)}, and {@code GET}/{@code HEAD} have no body.
   *
   * @param method the HTTP method
   * @param uri the absolute URI
   * @param headers the headers, or null for none
   * @param body the body, or null for none
   * @param request whether the call reads or commits
   * @throws IllegalArgumentException for a URI that is not absolute {@code http(s)} or a body on GET/HEAD
   */
  public HttpCall {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(request, "request == null");
    method = method.toUpperCase(Locale.ROOT);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("uri must be an absolute http(s) URI with a host: " + uri.getScheme() + "://…");
    }
    body = body == null ? HttpBody.none() : body;
    if ((method.equals("GET") || method.equals("HEAD")) && !(body instanceof HttpBody.None)) {
      throw new IllegalArgumentException(method + " cannot carry a body");
    }
    headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * Returns a {@code GET} of {@code uri}.
   *
   * @param uri the absolute URI
   * @param request whether the call reads or commits (a GET normally reads)
   * @return the call
   */
  public static HttpCall get(URI uri, AnswerRule.Request request) {
    return new HttpCall("GET", uri, null, HttpBody.none(), request);
  }

  /**
   * Returns a {@code POST} of {@code body} to {@code uri}.
   *
   * @param uri the absolute URI
   * @param body the body
   * @param request whether the call reads or commits
   * @return the call
   */
  public static HttpCall post(URI uri, HttpBody body, AnswerRule.Request request) {
    return new HttpCall("POST", uri, null, body, request);
  }

  /**
   * Returns a copy with header {@code name} set to {@code value} (replacing one of the same name, any case).
   *
   * @param name the header's name
   * @param value the header's value (a secret value is masked in the wire log when the caller knows it)
   * @return the copy
   */
  public HttpCall header(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      if (!k.equalsIgnoreCase(name)) {
        copy.put(k, v);
      }
    });
    copy.put(name, value);
    return new HttpCall(method, uri, copy, body, request);
  }

}
