package io.hostorder.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for simulator tests: sends one request, returns the whole answer. */
public final class Exchange {
  public static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .callTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();

  private Exchange() {}

  /** An answer: status code, headers and body text. */
  public record Answer(int code, Headers headers, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.get(name);
    }
  }

  /** Sends {@code method url} with {@code headers} and {@code json} (null for no body). */
  public static Answer send(OkHttpClient client, String method, java.net.URI url, Headers headers,
      String json) throws IOException {
    return send(client, method, HttpUrl.get(url.toString()), headers, json);
  }

  /** Sends {@code method url} with {@code headers} and {@code json} (null for no body). */
  public static Answer send(OkHttpClient client, String method, HttpUrl url, Headers headers,
      String json) throws IOException {
    RequestBody body = json == null ? null : RequestBody.create(json, JSON);
    Request request = new Request.Builder().url(url).headers(headers).method(method, body).build();
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    }
  }

  /** Returns {@code text} parsed as JSON. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
