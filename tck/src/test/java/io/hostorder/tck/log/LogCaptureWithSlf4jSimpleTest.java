package io.hostorder.tck.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In this JVM slf4j-simple is in charge (it is the only provider on the test class path). */
class LogCaptureWithSlf4jSimpleTest {

  @Test
  void open_withSlf4jSimpleInCharge_readsTheWireLoggerAtDebug_andPutsItsLevelBack() {
    Logger wire = LoggerFactory.getLogger("io.hostorder.wire");
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
    assertThat(wire.isDebugEnabled()).as("DEBUG before the capture").isFalse();
    try (LogCapture capture = LogCapture.open()) {
      assertThat(wire.isDebugEnabled()).as("DEBUG during the capture").isTrue();
      wire.debug("--> POST /orders token=****");
      LoggerFactory.getLogger("io.hostorder.provider.acme").info("placed order 42");
      assertThat(capture.lines()).anyMatch(l -> l.contains("--> POST /orders"))
          .anyMatch(l -> l.contains("placed order 42"));
    }
    assertThat(wire.isDebugEnabled()).as("DEBUG after the capture").isFalse();
  }
}
