package io.hostorder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The suite's settings. {@code --smoke}: a few iterations of everything, seconds, goals not judged.
 * {@code --orders N}: orders per side in the latency runs; {@code --jar PATH}: the command's jar.
 */
record Options(boolean smoke, int latencyOrders, int cpuWarmup, int cpuOrders, int billmanagerSmall,
    int billmanagerLarge, int memorySmall, int memoryLarge, int scaleOrders, int startupRuns, int heapOrders, Optional<Path> jar) {

  static Options parse(String... args) {
    boolean smoke = false;
    Integer orders = null;
    Path jar = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--orders" -> orders = Integer.parseInt(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (usage: [--smoke] [--orders N] [--jar cli/target/hostorder.jar])");
      }
    }
    Optional<Path> found = Optional.ofNullable(jar).or(Options::findJar);
    return smoke
        ? new Options(true, orders == null ? 3 : orders, 20, 30, 10, 200, 100, 2_000, 10, 2, 500, found)
        : new Options(false, orders == null ? 30 : orders, 500, 500, 10, 5_000, 1_000, 100_000, 50, 9, 100_000, found);
  }

  /** Finds cli/target/hostorder.jar from the working directory or one of its parents. */
  private static Optional<Path> findJar() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path jar = d.resolve("cli/target/hostorder.jar");
      if (Files.isRegularFile(jar)) {
        return Optional.of(jar);
      }
    }
    return Optional.empty();
  }
}
