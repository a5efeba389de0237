package io.hostorder.bench;

/**
 * The start-up floor's main: run by {@link StartupSuite} with the command's shaded jar first on the class
 * path, so that the JVM starts and opens that jar, then returns at once.
 */
public final class Noop {
  private Noop() {}

  public static void main(String[] args) {
    // Nothing: the time measured is the JVM's start and the opening of the class path.
  }
}
