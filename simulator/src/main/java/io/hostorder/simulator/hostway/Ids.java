package io.hostorder.simulator.hostway;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Random;
import java.util.UUID;

/**
 * Hands out ids from a seed, so two simulators with the same seed give the same ids in the same order.
 * Preset ids (e.g. the document's) are used first. Ids look like the document's: 40 hexadecimal
 * digits with a counter in the middle, e.g. {@code 0000014a3f…007f000000020001}. Cookies are UUIDs.
 * Safe for concurrent use.
 */
final class Ids {
  private final Random random;
  private final Deque<String> presetOrders;
  private final Deque<String> presetProducts;
  private final Deque<String> presetServices;
  private final Deque<String> presetOwners;
  private long counter;

  Ids(long seed, Collection<String> orders, Collection<String> products, Collection<String> services,
      Collection<String> owners) {
    this.random = new Random(seed);
    this.presetOrders = new ArrayDeque<>(orders);
    this.presetProducts = new ArrayDeque<>(products);
    this.presetServices = new ArrayDeque<>(services);
    this.presetOwners = new ArrayDeque<>(owners);
  }

  synchronized String order() {
    return next(presetOrders);
  }

  synchronized String product() {
    return next(presetProducts);
  }

  synchronized String service() {
    return next(presetServices);
  }

  synchronized String owner() {
    String preset = presetOwners.poll();
    if (preset != null) {
      return preset;
    }
    long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  synchronized String accountNumber() {
    return "acct" + (100000 + random.nextInt(900000));
  }

  private String next(Deque<String> preset) {
    String id = preset.poll();
    if (id != null) {
      return id;
    }
    counter++;
    long stamp = 0x143d407b000L + (random.nextLong() & 0xffffffffL);
    return String.format("00000%011x%08x007f%08x0001", stamp & 0xfffffffffffL,
        random.nextInt() & 0xffffffffL, counter);
  }
}
