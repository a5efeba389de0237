package io.hostorder.bench;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The few OkHttp calls the hand-written references make, on one plain client per reference. */
final class Http {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private Http() {}

  static OkHttpClient client() {
    return new OkHttpClient();
  }

  /** An {@code application/x-www-form-urlencoded} body, as {@code curl -d} sends (the New Order API's example). */
  static RequestBody form(Map<String, String> fields) {
    FormBody.Builder b = new FormBody.Builder();
    fields.forEach(b::add);
    return b.build();
  }

  /** A {@code multipart/form-data} body, as {@code curl --form} sends (the Zomro document's examples). */
  static RequestBody multipart(Map<String, String> fields) {
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
    fields.forEach(b::addFormDataPart);
    return b.build();
  }

  static RequestBody json(String body) {
    return RequestBody.create(body, JSON);
  }

  /** Executes {@code request} and returns its response after checking its status is 2xx; the caller closes it. */
  static Response send(OkHttpClient client, Request request) throws IOException {
    Response r = client.newCall(request).execute();
    if (!r.isSuccessful()) {
      String body = r.body() == null ? "" : r.body().string();
      r.close();
      throw new IOException(request.method() + " " + request.url().encodedPath() + ": HTTP " + r.code() + " " + body);
    }
    return r;
  }

  static String body(OkHttpClient client, Request request) throws IOException {
    try (Response r = send(client, request)) {
      return r.body().string();
    }
  }

  /** Returns group 1 of {@code pattern} in {@code text}, or fails naming what was looked for. */
  static String find(Pattern pattern, String text, String what) throws IOException {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IOException("no " + what + " in answer: " + (text.length() > 300 ? text.substring(0, 300) : text));
    }
    return m.group(1);
  }
}
