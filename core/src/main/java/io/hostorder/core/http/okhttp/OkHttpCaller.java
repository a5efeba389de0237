package io.hostorder.core.http.okhttp;

import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.http.HttpBody;
import io.hostorder.core.http.HttpCall;
import io.hostorder.core.http.HttpCaller;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.internal.http.HttpMethod;
import okio.BufferedSource;

/** An {@link HttpCaller} over one instance's OkHttp client (see {@link ProviderHttp#client}). */
final class OkHttpCaller implements HttpCaller {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final OkHttpClient client;

  OkHttpCaller(OkHttpClient client) {
    this.client = client;
  }

  OkHttpClient client() {
    return client;
  }

  @Override
  public HttpAnswer send(HttpCall call) {
    Request request = request(call);
    try (Response response = client.newCall(request).execute()) {
      return answer(call, response);
    } catch (IOException e) {
      throw AnswerRule.io(e, call.request());
    }
  }

  private static Request request(HttpCall call) {
    HttpUrl url = HttpUrl.get(call.uri());
    Request.Builder b = new Request.Builder().url(url);
    call.headers().forEach(b::header);
    RequestBody body = body(call.body());
    if (body == null && HttpMethod.requiresRequestBody(call.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    return b.method(call.method(), body).build();
  }

  private static RequestBody body(HttpBody body) {
    if (body instanceof HttpBody.Form form) {
      FormBody.Builder b = new FormBody.Builder(StandardCharsets.UTF_8);
      form.fields().forEach(f -> b.add(f.name(), f.value()));
      return b.build();
    }
    if (body instanceof HttpBody.Json json) {
      return RequestBody.create(json.text(), JSON);
    }
    if (body instanceof HttpBody.Multipart multipart) {
      MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
      multipart.parts().forEach(p -> b.addFormDataPart(p.name(), p.value()));
      return b.build();
    }
    return null;
  }

  private static HttpAnswer answer(HttpCall call, Response response) throws IOException {
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    String text = "";
    if (body != null) {
      BufferedSource source = body.source();
      if (source.request(HttpAnswer.MAX_BODY_BYTES + 1L)) {
        throw AnswerRule.unrecognised(call.request(), response.code(),
            "HTTP " + response.code() + " with a body over " + HttpAnswer.MAX_BODY_BYTES + " bytes");
      }
      Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      text = source.readString(charset);
    }
    return new HttpAnswer(response.code(), type == null ? response.header("Content-Type") : type.toString(),
        headers(response.headers()), text);
  }

  private static Map<String, List<String>> headers(Headers headers) {
    return headers.toMultimap();
  }
}
