package io.hostorder.bench;

import java.util.Arrays;
import java.util.List;

/** Median and the 10th and 90th percentiles of a sample (nearest rank). */
record Stats(double median, double p10, double p90) {
  static Stats of(List<Double> sample) {
    double[] v = sample.stream().mapToDouble(Double::doubleValue).toArray();
    if (v.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN);
    }
    Arrays.sort(v);
    return new Stats(rank(v, 0.5), rank(v, 0.1), rank(v, 0.9));
  }

  private static double rank(double[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Formats as {@code 101.2 ms (100.8–103.0)} in {@code unit}. */
  String format(String unit) {
    return Table.number(median) + " " + unit + " (" + Table.number(p10) + "–" + Table.number(p90) + ")";
  }
}
