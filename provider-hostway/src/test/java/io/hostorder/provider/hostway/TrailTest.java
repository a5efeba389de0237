package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.hostway.HostwayOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cart announces each request that creates or submits before sending it, and each id as it arrives; never the OwnerId. */
class TrailTest {

  /** Records each call with the number of requests the simulator had received when it came. */
  private static final class Recorder implements OrderTrail {
    final List<String> events = new ArrayList<>();
    final Simulated sim;

    Recorder(Simulated sim) {
      this.sim = sim;
    }

    @Override
    public void idsKnown(Map<String, String> ids) {
      events.add("ids " + ids.keySet() + " " + ids.values());
    }

    @Override
    public void commitSending(String step, Map<String, String> ids) {
      events.add("sending " + step + " after " + sim.simulator.requestCount() + " requests, ids " + ids.keySet());
    }

    @Override
    public void commitSucceeded(String step, Map<String, String> ids) {
      events.add("succeeded " + step);
    }

    @Override
    public void commitRefused(String step, HostorderException refusal) {
      events.add("refused " + step);
    }

    @Override
    public void commitUnknown(String step, OutcomeUnknownException unknown) {
      events.add("unknown " + step);
    }
  }

  @Test
  void theTrail_getsEachCreatingRequestBeforeItIsSent_andEveryIdAsItArrives_withoutTheOwnerId() {
    try (Simulated sim = new Simulated()) {
      Recorder trail = new Recorder(sim);
      assertThat(sim.provider.reportsTrail()).isTrue();

      sim.exampleCart("ref-trail", trail).checkout();

      HostwayOrder order = sim.simulator.orders().get(0);
      // Each of the 11 requests: announced, then its outcome; the ids of the 9 that create something in between.
      assertThat(trail.events).hasSize(11 * 2 + 9);
      assertThat(trail.events.subList(0, 3)).containsExactly("sending create order after 0 requests, ids []",
          "ids [orderId] [" + order.id() + "]", "succeeded create order");
      assertThat(trail.events.subList(3, 8)).containsExactly("sending set account after 1 requests, ids [orderId]",
          "succeeded set account", "sending add product items[0] after 2 requests, ids [orderId]",
          "ids [product items[0]] [" + order.products().get(0).url() + "]", "succeeded add product items[0]");
      assertThat(trail.events.get(9)).isEqualTo("ids [service items[0]] [" + order.services().get(0).url() + "]");
      assertThat(trail.events.get(29)).startsWith("sending submit after 10 requests, ids [orderId, product items[0], service items[0]");
      assertThat(trail.events.get(30)).isEqualTo("succeeded submit");
      assertThat(String.join("\n", trail.events)).doesNotContain(order.ownerId());
    }
  }

  @Test
  void anUnknownSubmit_isReportedToTheTrailAsUnknown() {
    try (Simulated sim = new Simulated()) {
      Recorder trail = new Recorder(sim);
      sim.simulator.faults().afterProcessing("submit", AfterProcessing.HTML_504);

      catchThrowableOfType(OutcomeUnknownException.class, () -> sim.exampleCart("ref-trail", trail).checkout());

      assertThat(trail.events.get(trail.events.size() - 1)).isEqualTo("unknown submit");
    }
  }
}
