package io.hostorder.tck.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In this JVM the TCK's own SLF4J provider is chosen before SLF4J starts. */
class LogCaptureWithTckProviderTest {
  static {
    System.setProperty(LogCapture.PROVIDER_PROPERTY, TckSlf4jProvider.class.getName());
  }

  @Test
  void open_withTheTckProvider_collectsEveryLevelWhileOpen_andNothingAfter() {
    Logger wire = LoggerFactory.getLogger("io.hostorder.wire");
    assertThat(wire).isInstanceOf(TckLogger.class);
    assertThat(wire.isDebugEnabled()).isFalse();
    LogCapture capture = LogCapture.open();
    wire.debug("--> GET /orders/{}", 7);
    wire.trace("fine detail");
    capture.close();
    wire.debug("after the capture");
    assertThat(capture.lines()).containsExactly("DEBUG io.hostorder.wire - --> GET /orders/7",
        "TRACE io.hostorder.wire - fine detail");
  }
}
