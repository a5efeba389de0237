package io.hostorder.core.http;

import java.util.Collection;
import java.util.Optional;

/**
 * Makes the {@link HttpCaller} of one provider instance over a client shared by every instance (one
 * connection pool). The registry supplies one; a test or an embedding broker may pass its own to
 * {@link io.hostorder.core.ProviderContext.Builder#connector}. Safe for concurrent use.
 */
public interface HttpConnector {

  /**
   * Returns a caller with the time-outs and plain-HTTP rule of {@code settings}, masking
   * {@code secretValues} wherever they appear in the wire log.
   *
   * @param settings the instance's HTTP settings
   * @param secretValues values to mask in the wire log (passwords, tokens)
   * @return the instance's caller
   */
  HttpCaller connect(HttpSettings settings, Collection<String> secretValues);

  /**
   * Returns the implementation's shared object of {@code type}, or empty: an escape hatch for a provider
   * written against the implementation's own HTTP library (see
   * {@link io.hostorder.core.http.okhttp.ProviderHttp#client(io.hostorder.core.ProviderContext, Collection)}).
   * Not part of the stable SPI.
   *
   * @param <T> the type asked for
   * @param type the type asked for
   * @return the shared object, or empty
   */
  default <T> Optional<T> unwrap(Class<T> type) {
    return Optional.empty();
  }
}
