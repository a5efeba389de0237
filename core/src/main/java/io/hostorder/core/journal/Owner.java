package io.hostorder.core.journal;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a reference's lease: {@code host/pid/process-start-millis/placement-uuid}. A lease runs out at
 * its expiry; on the same host it is also dead as soon as its process is (a {@code kill -9}ed placement
 * is taken over at once instead of after the lease, and a reused pid is told apart by its start time).
 */
final class Owner {
  private static final String HOST = host();
  private static final long PID = ProcessHandle.current().pid();
  private static final long START = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);

  private Owner() {}

  /** Returns a new owner id for one placement of this process. */
  static String next() {
    return HOST + "/" + PID + "/" + START + "/" + UUID.randomUUID();
  }

  /** Returns true when {@code owner} is a process of this host that no longer runs. */
  static boolean knownDead(String owner) {
    if (owner == null) {
      return true;
    }
    String[] p = owner.split("/");
    if (p.length != 4 || !p[0].equals(HOST)) {
      return false;
    }
    try {
      long pid = Long.parseLong(p[1]);
      long start = Long.parseLong(p[2]);
      Optional<ProcessHandle> h = ProcessHandle.of(pid);
      if (h.isEmpty() || !h.get().isAlive()) {
        return true;
      }
      long actual = h.get().info().startInstant().map(Instant::toEpochMilli).orElse(start);
      return start != 0 && Math.abs(actual - start) > 1000;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Returns a short form for messages: host and pid. */
  static String describe(String owner) {
    if (owner == null) {
      return "nobody";
    }
    String[] p = owner.split("/");
    return p.length == 4 ? "process " + p[1] + " on " + p[0] : owner;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName().replace('/', '_');
    } catch (Exception e) {
      return "localhost";
    }
  }
}
