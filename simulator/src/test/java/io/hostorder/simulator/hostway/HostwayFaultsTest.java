package io.hostorder.simulator.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Fault injection, authentication modes, concurrency and determinism of the Hostway simulator. */
class HostwayFaultsTest {

  @Test
  void dropAfterProcessing_submit_submitsButLosesTheAnswer() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      flow.ready();
      sim.faults().dropAfterProcessing("submit");
      assertThatThrownBy(() -> flow.action("submit")).isInstanceOf(IOException.class);
      assertThat(sim.submittedCount()).isEqualTo(1);
      assertThat(sim.orders().get(0).submitted()).isTrue();
    }
  }

  @Test
  void failNext_aimedAtOneServiceSpecification_answers503WithoutCreatingIt() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      String server = flow.ready();
      sim.faults().failNext("core.vps.virtuozzo.additional_disk.10gb", 1);
      assertThat(flow.service("additional_memory.256mb", server, "").code()).isEqualTo(201);
      assertThat(flow.service("additional_disk.10gb", server, "").code()).isEqualTo(503);
      assertThat(flow.service("additional_disk.10gb", server, "").code()).isEqualTo(201);
      assertThat(sim.orders().get(0).services()).hasSize(4);
    }
  }

  @Test
  void failNext_aimedAtRouteName_andPlainFailNext() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      sim.faults().failNext("POST /orders", 1);
      assertThat(flow.create().code()).isEqualTo(503);
      assertThat(flow.create().code()).isEqualTo(201);
      sim.faults().failNext(1);
      assertThat(flow.account().code()).isEqualTo(503);
      assertThat(flow.account().code()).isEqualTo(204);
      assertThat(sim.orders()).hasSize(1);
    }
  }

  @Test
  void stopAnswering_keepsTheClientWaitingUntilItsTimeout() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      sim.faults().stopAnswering(true);
      OkHttpClient impatient = Exchange.CLIENT.newBuilder().readTimeout(Duration.ofMillis(300))
          .build();
      assertThatThrownBy(() -> new HostwayFlow(sim, impatient).create())
          .isInstanceOf(IOException.class);
      sim.faults().reset();
      assertThat(new HostwayFlow(sim).create().code()).isEqualTo(201);
    }
  }

  @Test
  void latency_delaysAnswers() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      sim.faults().latency(Duration.ofMillis(200));
      long start = System.nanoTime();
      new HostwayFlow(sim).create();
      assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }
  }

  @Test
  void basicAuth_refusesMissingOrWrongCredentials() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder()
        .auth(HostwayAuth.basic("broker", "s3cret")).start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      Answer none = flow.create();
      assertThat(none.code()).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
      flow.auth = Headers.of("Authorization", Credentials.basic("broker", "wrong"));
      assertThat(flow.create().code()).isEqualTo(401);
      flow.auth = Headers.of("Authorization", Credentials.basic("broker", "s3cret"));
      flow.ready();
      assertThat(flow.action("submit").code()).isEqualTo(202);
      // A submitted order can be read with the credentials alone, without the cookie.
      flow.cookie = null;
      assertThat(flow.send("GET", flow.orderPath, null).code()).isEqualTo(200);
      assertThat(sim.auth().toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void tokenModes_acceptOnlyTheirHeader() throws Exception {
    try (HostwaySimulator bearer = HostwaySimulator.builder().auth(HostwayAuth.bearer("t0k")).start();
        HostwaySimulator header = HostwaySimulator.builder()
            .auth(HostwayAuth.header("X-Api-Key", "k3y")).start()) {
      HostwayFlow a = new HostwayFlow(bearer);
      assertThat(a.create().code()).isEqualTo(401);
      a.auth = Headers.of("Authorization", "Bearer t0k");
      assertThat(a.create().code()).isEqualTo(201);
      HostwayFlow b = new HostwayFlow(header);
      b.auth = Headers.of("Authorization", "Bearer k3y");
      assertThat(b.create().code()).isEqualTo(401);
      b.auth = Headers.of("X-Api-Key", "k3y");
      assertThat(b.create().code()).isEqualTo(201);
    }
  }

  @Test
  void parallelOrders_eachKeepItsOwnOwnerAndServices() throws Exception {
    int n = 16;
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<String>> owners = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        owners.add(pool.submit(() -> {
          HostwayFlow flow = new HostwayFlow(sim);
          flow.ready();
          assertThat(flow.action("submit").code()).isEqualTo(202);
          return flow.cookie;
        }));
      }
      Set<String> cookies = new HashSet<>();
      for (Future<String> owner : owners) {
        cookies.add(owner.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertThat(cookies).hasSize(n);
      assertThat(sim.submittedCount()).isEqualTo(n);
      assertThat(sim.orders()).allSatisfy(o -> {
        assertThat(o.services()).hasSize(2);
        assertThat(o.services().get(1).relatedTo().get(0)).contains(o.id());
      });
    }
  }

  @Test
  void sameSeed_givesSameIdsAndCookies() throws Exception {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> seen : List.of(first, second)) {
      try (HostwaySimulator sim = HostwaySimulator.builder().seed(42).start()) {
        HostwayFlow flow = new HostwayFlow(sim);
        flow.ready();
        HostwayOrder order = sim.orders().get(0);
        seen.add(order.id());
        seen.add(order.ownerId());
        seen.add(order.services().get(1).id());
      }
    }
    assertThat(first).isEqualTo(second);
    assertThat(first.get(0)).matches("[0-9a-f]{40}");
    assertThat(first.get(1)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }
}
