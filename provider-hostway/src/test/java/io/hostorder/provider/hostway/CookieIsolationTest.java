package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders placed at once on one provider each keep their own OwnerId cookie. */
class CookieIsolationTest {
  private static final Pattern ORDER_PATH = Pattern.compile("/orders/(o\\d+)(/.*)?");
  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> ownerOfOrder = new ConcurrentHashMap<>();
  private final List<String> mixUps = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    AtomicInteger ids = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String cookie = r.getHeader("Cookie");
        if (r.getPath().equals("/orders")) {
          if (cookie != null) {
            mixUps.add("POST /orders sent a cookie: " + cookie);
            return error(409, "{\"conflict\": {\"message\": \"A new order has already been created for this ownerID\", \"code\": 409}}");
          }
          String id = "o" + ids.incrementAndGet();
          ownerOfOrder.put(id, "owner-" + id);
          return orderCreated(id, "owner-" + id);
        }
        Matcher m = ORDER_PATH.matcher(r.getPath());
        if (!m.matches() || !("OwnerId=" + ownerOfOrder.get(m.group(1))).equals(cookie)) {
          mixUps.add(r.getMethod() + " " + r.getPath() + " with " + cookie);
          return text(401, "Unauthorized");
        }
        String rest = m.group(2);
        String base = server.url("/orders/" + m.group(1)).toString();
        if (rest.equals("/account")) return noContent();
        if (rest.equals("/action")) return accepted();
        if (rest.equals("/account/products")) return created(base + "/account/products/p1", null);
        return created(base + "/account/products/p1/services/s" + ids.incrementAndGet(), null);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void ordersPlacedInParallel_neverMixTheirOwnerCookies() throws Exception {
    OrderProvider provider = provider(server, "parallel-services", "true");
    OrderItem item = OrderItem.builder().plan("core.plan.vps.virtuozzo.u101/USD-1").name("vps")
        .option("serviceSpecification", "core.vps.virtuozzo.server.u100")
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.ip").build())
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.powerpack").build()).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Order>> placed = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        placed.add(pool.submit(() -> provider.place(OrderRequest.of(item))));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Order> f : placed) ids.add(f.get(60, TimeUnit.SECONDS).ref().id());
      assertThat(mixUps).isEmpty();
      assertThat(ids).doesNotHaveDuplicates().hasSize(16);
    } finally {
      pool.shutdownNow();
    }
  }
}
