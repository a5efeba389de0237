package io.hostorder.core.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommitGuardTest {
  private final List<String> trail = new ArrayList<>();
  private final OrderTrail recording = new OrderTrail() {
    @Override
    public void idsKnown(Map<String, String> ids) {
      trail.add("ids " + ids);
    }

    @Override
    public void commitSending(String step, Map<String, String> ids) {
      trail.add("sending " + step + " " + ids);
    }

    @Override
    public void commitSucceeded(String step, Map<String, String> ids) {
      trail.add("succeeded " + step);
    }

    @Override
    public void commitRefused(String step, HostorderException refusal) {
      trail.add("refused " + step + " " + refusal.kind());
    }

    @Override
    public void commitUnknown(String step, OutcomeUnknownException unknown) {
      trail.add("unknown " + step);
    }
  };

  @Test
  void send_recordsBeforeAndAfter_andReturnsTheAnswer() {
    CommitGuard guard = new CommitGuard("ref-1", recording);
    guard.idsKnown(Map.of("line", "7"));
    String answer = guard.send("checkout", Map.of("line", "7"), () -> {
      trail.add("request");
      return "ok";
    });
    assertThat(answer).isEqualTo("ok");
    assertThat(trail).containsExactly("ids {line=7}", "sending checkout {line=7}", "request", "succeeded checkout");
  }

  @Test
  void afterAnUnknownOutcome_noCommittingRequestIsSentAgain() {
    PendingOutcomes pending = new PendingOutcomes();
    CommitGuard guard = new CommitGuard("ref-2", recording, pending);
    AtomicInteger sent = new AtomicInteger();
    OutcomeUnknownException lost = new OutcomeUnknownException("ref-2", "checkout", Map.of(), new IOException("reset"));
    Throwable first = catchThrowable(() -> guard.send("checkout", Map.of(), () -> {
      sent.incrementAndGet();
      throw lost;
    }));
    Throwable second = catchThrowable(() -> guard.send("checkout", Map.of(), sent::incrementAndGet));
    assertThat(first).isSameAs(lost);
    assertThat(second).isSameAs(lost);
    assertThat(sent).hasValue(1);
    assertThat(trail).containsExactly("sending checkout {}", "unknown checkout");

    // A new cart of the same reference on the same provider instance is refused too, without a request.
    CommitGuard again = new CommitGuard("ref-2", OrderTrail.NONE, pending);
    assertThatThrownBy(() -> again.send("add", Map.of(), sent::incrementAndGet)).isSameAs(lost);
    assertThat(sent).hasValue(1);
    assertThat(new CommitGuard("ref-other", OrderTrail.NONE, pending).send("add", Map.of(), sent::incrementAndGet))
        .isEqualTo(2);

    again.resolved();
    assertThat(pending.get("ref-2")).isEmpty();
    assertThat(pending.size()).isZero();
  }

  @Test
  void aBugReadingTheAnswer_isAnUnknownOutcome_notACrash() {
    CommitGuard guard = new CommitGuard("ref-3", recording);
    Throwable e = catchThrowable(() -> guard.send("confirm", Map.of("elid", "9"), () -> {
      throw new NullPointerException("odd answer");
    }));
    assertThat(e).isInstanceOf(OutcomeUnknownException.class);
    OutcomeUnknownException u = (OutcomeUnknownException) e;
    assertThat(u.reference()).isEqualTo("ref-3");
    assertThat(u.step()).isEqualTo("confirm");
    assertThat(u.details()).containsEntry("elid", "9");
    assertThat(guard.unknown()).isSameAs(u);
  }

  @Test
  void aDocumentedRefusal_isDefinitive_andLeavesTheOrderOpen() {
    CommitGuard guard = new CommitGuard("ref-4", recording);
    ProviderErrorException refused = new ProviderErrorException("badvalue", "no such plan", Map.of(), null);
    assertThatThrownBy(() -> guard.send("add", Map.of(), () -> {
      throw refused;
    })).isSameAs(refused);
    assertThat(guard.unknown()).isNull();
    assertThat(guard.send("add", Map.of(), () -> "line")).isEqualTo("line");
    assertThat(trail).containsExactly("sending add {}", "refused add provider-error", "sending add {}", "succeeded add");
  }

  @Test
  void markUnknown_keepsTheFirstOutcome() {
    CommitGuard guard = new CommitGuard("ref-5", recording);
    OutcomeUnknownException a = new OutcomeUnknownException("ref-5", "confirm", Map.of(), null);
    OutcomeUnknownException b = new OutcomeUnknownException("ref-5", "pay", Map.of(), null);
    guard.markUnknown("confirm", a);
    guard.markUnknown("pay", b);
    assertThatThrownBy(guard::requireKnown).isSameAs(a);
    assertThat(trail).containsExactly("unknown confirm");
    assertThat(guard.toString()).contains("outcome unknown at confirm");
  }
}
