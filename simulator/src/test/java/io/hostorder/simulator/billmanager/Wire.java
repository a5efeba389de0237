package io.hostorder.simulator.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Talks to a simulator the way curl does in the documents: plain OkHttp, nothing from any client. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  final OkHttpClient http;
  final HttpUrl url;

  Wire(java.net.URI url) {
    this(HttpUrl.get(url.toString()));
  }

  Wire(java.net.URI url, Duration timeout) {
    this(HttpUrl.get(url.toString()), timeout);
  }

  Wire(HttpUrl url) {
    this(url, Duration.ofSeconds(30));
  }

  Wire(HttpUrl url, Duration timeout) {
    this.url = url;
    this.http = new OkHttpClient.Builder().readTimeout(timeout).callTimeout(timeout)
        .retryOnConnectionFailure(false).build();
  }

  /** A simulator's answer: status, content type and body. */
  record Answer(int code, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Document xml() {
      try {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new InputSource(new StringReader(body)));
      } catch (Exception e) {
        throw new IllegalStateException("not XML: " + body, e);
      }
    }
  }

  /** POSTs {@code rawBody} as application/x-www-form-urlencoded, byte for byte (curl {@code -d}). */
  Answer postRaw(String rawBody) throws IOException {
    return call(new Request.Builder().url(url).post(RequestBody.create(rawBody, FORM)).build());
  }

  /** POSTs {@code fields} form-urlencoded. */
  Answer form(Map<String, String> fields) throws IOException {
    FormBody.Builder body = new FormBody.Builder();
    fields.forEach(body::add);
    return call(new Request.Builder().url(url).post(body.build()).build());
  }

  /** POSTs {@code fields} as multipart/form-data parts in order (curl {@code --form}). */
  Answer multipart(Map<String, String> fields) throws IOException {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    fields.forEach(body::addFormDataPart);
    return call(new Request.Builder().url(url).post(body.build()).build());
  }

  /** GETs with {@code fields} in the query. */
  Answer get(Map<String, String> fields) throws IOException {
    HttpUrl.Builder query = url.newBuilder();
    fields.forEach(query::addQueryParameter);
    return call(new Request.Builder().url(query.build()).get().build());
  }

  private Answer call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return new Answer(response.code(), response.header("Content-Type"), response.body().string());
    }
  }

  /** Returns an ordered map of {@code pairs} (name, value, name, value, …). */
  static Map<String, String> fields(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Returns {@code base} with {@code pairs} added or replaced; a null value removes the field. */
  static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> map = new LinkedHashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        map.remove(pairs[i]);
      } else {
        map.put(pairs[i], pairs[i + 1]);
      }
    }
    return map;
  }
}
