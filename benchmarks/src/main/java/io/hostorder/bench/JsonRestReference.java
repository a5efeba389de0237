package io.hostorder.bench;

import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The JSON action API's order by hand: one {@code order_create} with the harness's VPS (0.5 GB RAM,
 * 1 CPU, 10 GB, Debian) and the account token in {@code X-Account-Token}; {@code order_id} is the answer.
 */
final class JsonRestReference implements Reference {
  private static final Pattern ORDER_ID = Pattern.compile("\"order_id\"\\s*:\\s*\"?(\\d+)");

  private final OkHttpClient client = Http.client();
  private final HttpUrl endpoint;
  private final String token;

  JsonRestReference(HttpUrl endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
  }

  @Override
  public int documentedRequests() {
    return 1;
  }

  @Override
  public String order(String name) throws IOException {
    String body = "{\"action\": \"order_create\", \"items\": [{\"name\": \"" + name + "\", \"product\": {\"name\": \"VPS\","
        + " \"options\": {\"quantity_ram_gb\": 0.5, \"quantity_cpu\": 1, \"quantity_storage_gb\": 10, \"os\": \"Debian\"}}}],"
        + " \"reference\": \"" + name + "\"}";
    String answer = Http.body(client, new Request.Builder().url(endpoint).header("X-Account-Token", token)
        .post(Http.json(body)).build());
    return Http.find(ORDER_ID, answer, "order_id");
  }
}
