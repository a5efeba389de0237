package io.hostorder.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Hostway OrderAPI document's whole example by hand: {@code POST /orders} (Location, OwnerId
 * cookie), {@code PUT …/account} (new account, USD, en-US), {@code POST …/products} (the VPS Virtuozzo
 * offering), the Virtuozzo Server service, its six related services, {@code POST …/action submit}:
 * 11 requests. With {@code parallel} the six related services are sent at once, as hostorder's
 * {@code parallel-services=true} does.
 */
final class HostwayReference implements Reference {
  static final List<String> RELATED = List.of("core.vps.virtuozzo.controlpanel.plesk9-10domain",
      "core.vps.virtuozzo.additional_memory.256mb", "core.vps.virtuozzo.additional_disk.10gb",
      "core.vps.virtuozzo.additional_bandwidth.1000gb", "core.vps.virtuozzo.ip", "core.vps.virtuozzo.powerpack");
  private static final Pattern OWNER = Pattern.compile("OwnerId=([^;]+)");

  private final OkHttpClient client = Http.client();
  private final HttpUrl base;
  private final String authorization;
  private final ExecutorService pool;

  HostwayReference(HttpUrl base, String user, String password, boolean parallel) {
    this.base = base;
    this.authorization = Credentials.basic(user, password);
    this.pool = parallel ? Executors.newFixedThreadPool(RELATED.size(), r -> {
      Thread t = new Thread(r, "hostway-reference");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  @Override
  public int documentedRequests() {
    return 5 + RELATED.size();
  }

  @Override
  public String order(String name) throws IOException {
    String orderUrl;
    String cookie;
    try (Response r = Http.send(client, request(base.resolve("orders").toString(), null).post(Http.json("{}")).build())) {
      orderUrl = r.header("Location");
      cookie = "OwnerId=" + Http.find(OWNER, String.join(";", r.headers("Set-Cookie")), "OwnerId cookie");
    }
    Http.send(client, request(orderUrl + "/account", cookie)
        .put(Http.json("{\"currency\": \"USD\", \"language\": \"en-US\"}")).build()).close();
    String productUrl = location(request(orderUrl + "/account/products", cookie).post(Http.json(
        "{\"offering\": \"" + base.resolve("productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1") + "\"}")));
    String services = productUrl + "/services";
    String server = location(request(services, cookie).post(Http.json(service(name, "core.vps.virtuozzo.server.u100", null))));
    if (pool == null) {
      for (String spec : RELATED) {
        location(request(services, cookie).post(Http.json(service(name, spec, server))));
      }
    } else {
      List<CompletableFuture<String>> all = new ArrayList<>();
      for (String spec : RELATED) {
        all.add(CompletableFuture.supplyAsync(() -> {
          try {
            return location(request(services, cookie).post(Http.json(service(name, spec, server))));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }, pool));
      }
      try {
        for (CompletableFuture<String> f : all) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
    }
    // The document's submit shows no cookie; the simulator (like every order call) wants it.
    Http.send(client, request(orderUrl + "/action", cookie).post(Http.json("{\"action\": \"submit\"}")).build()).close();
    return orderUrl;
  }

  private String service(String name, String spec, String relatedTo) {
    return "{\"name\": \"" + name + "\", \"serviceSpecification\": \"" + base.resolve("serviceSpecifications/" + spec)
        + "\", \"billingCycle\": 1" + (relatedTo == null ? "" : ", \"relatedTo\": [\"" + relatedTo + "\"]") + "}";
  }

  private Request.Builder request(String url, String cookie) {
    Request.Builder b = new Request.Builder().url(url).header("Authorization", authorization);
    return cookie == null ? b : b.header("Cookie", cookie);
  }

  private String location(Request.Builder request) throws IOException {
    try (Response r = Http.send(client, request.build())) {
      String location = r.header("Location");
      if (location == null) {
        throw new IOException(request.build().url() + ": no Location");
      }
      return location;
    }
  }
}
