package io.hostorder.provider.hostway;

import okhttp3.Headers;
import okhttp3.HttpUrl;

/** One answer of the API, read whole: status, headers, the request's URL (to resolve {@code Location}) and the body text. */
record Answer(int code, Headers headers, HttpUrl requestUrl, String contentType, String body) {

  boolean successful() {
    return code >= 200 && code < 300;
  }

  /** Returns the {@code Location} header resolved against the request URL, or null when absent or malformed. */
  HttpUrl location() {
    String location = headers.get("Location");
    return location == null ? null : requestUrl.resolve(location.trim());
  }
}
