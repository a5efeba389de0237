package io.hostorder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.RunFacts;
import io.hostorder.tck.TckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link TckResult} as JSON and back: how a run made in an isolated class loader hands its result over
 * (the two sides do not share classes), and the shape {@code tck --json} prints.
 */
final class TckResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TckResultJson() {}

  static ObjectNode tree(TckResult r) {
    ObjectNode n = JsonView.object();
    n.put("provider", r.provider());
    n.put("live", r.live());
    n.put("passed", r.passed());
    n.put("started", r.started().toString());
    n.put("durationMillis", r.duration().toMillis());
    if (r.capabilities() != null) {
      ObjectNode c = n.putObject("capabilities");
      ArrayNode s = c.putArray("supported");
      r.capabilities().supported().stream().sorted().forEach(x -> s.add(x.name()));
      c.put("idempotency", r.capabilities().idempotency().name());
      ArrayNode p = c.putArray("periods");
      r.capabilities().periods().stream().sorted().forEach(x -> p.add(x.name()));
      ArrayNode a = c.putArray("accessKinds");
      r.capabilities().accessKinds().stream().sorted().forEach(a::add);
    }
    ArrayNode rules = n.putArray("rules");
    for (RuleResult rule : r.rules()) {
      ObjectNode o = rules.addObject();
      o.put("id", rule.id());
      o.put("title", rule.title());
      o.put("requirement", rule.requirement());
      o.put("outcome", rule.outcome().name());
      o.put("durationMillis", rule.duration().toMillis());
      o.put("reason", rule.reason());
    }
    ArrayNode left = n.putArray("leftovers");
    r.leftovers().forEach(left::add);
    return n;
  }

  /**
   * Returns {@code r} as the hand-over JSON: {@link #tree} (the {@code --json} shape) and its {@link RunFacts}
   * under {@code facts}, which {@code --json} leaves out.
   */
  static String write(TckResult r) {
    ObjectNode n = tree(r);
    ObjectNode f = n.putObject("facts");
    f.put("version", r.facts().version());
    f.put("java", r.facts().java());
    f.put("os", r.facts().os());
    ObjectNode c = f.putObject("configuration");
    r.facts().configuration().forEach(c::put);
    return JsonView.text(n);
  }

  static TckResult read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a TCK result", e);
    }
    Capabilities caps = null;
    JsonNode c = n.get("capabilities");
    if (c != null) {
      Capabilities.Builder b = Capabilities.builder().idempotency(Idempotency.valueOf(c.get("idempotency").asText()));
      c.get("supported").forEach(x -> b.add(Capability.valueOf(x.asText())));
      c.get("periods").forEach(x -> b.periods(BillingPeriod.valueOf(x.asText())));
      c.get("accessKinds").forEach(x -> b.accessKinds(x.asText()));
      caps = b.build();
    }
    List<RuleResult> rules = new ArrayList<>();
    for (JsonNode o : n.get("rules")) {
      rules.add(new RuleResult(o.get("id").asText(), o.get("title").asText(), o.get("requirement").asText(),
          RuleResult.Outcome.valueOf(o.get("outcome").asText()), Duration.ofMillis(o.get("durationMillis").asLong()),
          o.get("reason").asText()));
    }
    List<String> leftovers = new ArrayList<>();
    n.get("leftovers").forEach(x -> leftovers.add(x.asText()));
    RunFacts facts = RunFacts.here();
    JsonNode f = n.get("facts");
    if (f != null) {
      Map<String, String> configuration = new TreeMap<>();
      f.get("configuration").fields().forEachRemaining(e -> configuration.put(e.getKey(), e.getValue().asText()));
      facts = new RunFacts(f.get("version").asText(), f.get("java").asText(), f.get("os").asText(), configuration);
    }
    return new TckResult(n.get("provider").asText(), caps, n.get("live").asBoolean(),
        Instant.parse(n.get("started").asText()), Duration.ofMillis(n.get("durationMillis").asLong()), rules, leftovers,
        facts);
  }
}
