/**
 * The OkHttp binding the built-in providers use: the registry's shared {@code okhttp3.OkHttpClient}
 * ({@link io.hostorder.core.http.okhttp.OkHttpConnector}), the per-instance client with time-outs, plain-HTTP
 * rule and User-Agent ({@link io.hostorder.core.http.okhttp.ProviderHttp}), and the masking wire log
 * ({@link io.hostorder.core.http.okhttp.WireLogger}).
 *
 * <p>Not part of the plugin SPI: its signatures carry OkHttp types and follow OkHttp's major version, so
 * they change when hostorder moves to a new OkHttp. A plugin sends HTTP through
 * {@link io.hostorder.core.ProviderContext#http()} instead.
 */
package io.hostorder.core.http.okhttp;
