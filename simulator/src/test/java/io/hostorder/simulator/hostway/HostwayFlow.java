package io.hostorder.simulator.hostway;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/** One client's conversation with the simulator about one order: keeps its cookie and ids. */
final class HostwayFlow {
  static final String OFFERING =
      "https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1";
  static final String SPEC = "https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.";

  final HostwaySimulator sim;
  final OkHttpClient client;
  Headers auth = Headers.of();
  String cookie;
  String orderPath;
  String productPath;

  HostwayFlow(HostwaySimulator sim) {
    this(sim, Exchange.CLIENT);
  }

  HostwayFlow(HostwaySimulator sim, OkHttpClient client) {
    this.sim = sim;
    this.client = client;
  }

  Answer send(String method, String path, String body) throws IOException {
    Headers.Builder headers = auth.newBuilder();
    if (cookie != null) {
      headers.add("Cookie", cookie);
    }
    return Exchange.send(client, method, sim.baseUrl().resolve(path), headers.build(), body);
  }

  Answer create() throws IOException {
    Answer answer = send("POST", "/orders", "{}");
    if (answer.code() == 201) {
      cookie = answer.header("Set-Cookie").split(";")[0];
      orderPath = "/orders/" + answer.json().get("orderId").asText();
    }
    return answer;
  }

  Answer account() throws IOException {
    return send("PUT", orderPath + "/account", "{\"currency\":\"USD\",\"language\":\"en-US\"}");
  }

  Answer product(String extra) throws IOException {
    Answer answer = send("POST", orderPath + "/account/products",
        "{\"offering\":\"" + OFFERING + "\"" + extra + "}");
    if (answer.code() == 201) {
      productPath = sim.baseUrl().resolve(answer.header("Location")).getRawPath();
    }
    return answer;
  }

  Answer service(String spec, String relatedTo, String extra) throws IOException {
    return send("POST", productPath + "/services", "{\"name\":\"VPS Virtuozzo Test\","
        + "\"serviceSpecification\":\"" + SPEC + spec + "\",\"billingCycle\":1"
        + (relatedTo == null ? "" : ",\"relatedTo\":[\"" + relatedTo + "\"]") + extra + "}");
  }

  Answer action(String action) throws IOException {
    return send("POST", orderPath + "/action", "{\"action\":\"" + action + "\"}");
  }

  /** Creates an order with an account, a product, the server and an IP service; returns the server URL. */
  String ready() throws IOException {
    create();
    account();
    product("");
    String server = service("server.u100", null, "").header("Location");
    service("ip", server, "");
    return server;
  }
}
