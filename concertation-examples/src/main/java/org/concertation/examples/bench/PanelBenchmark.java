package org.concertation.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Allocation;
import org.concertation.core.panel.Certificate;
import org.concertation.core.panel.Panels;

/**
 * Times MAXIMIN and LEXIMIN, and the check of their certificates, on generated pools: {@code java
 * -cp concertation.jar org.concertation.examples.bench.PanelBenchmark [VOLUNTEERS [CATEGORIES [SIZE
 * [SEED [ALGORITHM...]]]]]}, by default 2000 volunteers, 6 categories, panels of 200, seed 1,
 * MAXIMIN then LEXIMIN. One run each: these are long single computations, not micro-benchmarks.
 */
public final class PanelBenchmark {
  private PanelBenchmark() {}

  /**
   * Runs the benchmark and prints one line per algorithm.
   *
   * @param args volunteers, categories, size, seed, then algorithms
   */
  public static void main(String[] args) {
    int volunteers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int categories = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    PrintStream out = System.out;
    long start = System.nanoTime();
    PoolGenerator generated = PoolGenerator.generate(volunteers, categories, size, seed);
    out.printf(
        Locale.ROOT,
        "pool of %d, %d categories, %d quotas (slack %d), panels of %d, seed %d: generated in %.1f"
            + " s%n",
        volunteers,
        categories,
        generated.quotas().size(),
        generated.slack(),
        size,
        seed,
        (System.nanoTime() - start) / 1e9);
    List<Algorithm> algorithms = new ArrayList<>();
    for (int a = 4; a < args.length; a++) {
      algorithms.add(Algorithm.fromLabel(args[a]));
    }
    if (algorithms.isEmpty()) {
      algorithms = List.of(Algorithm.MAXIMIN, Algorithm.LEXIMIN);
    }
    for (Algorithm algorithm : algorithms) {
      start = System.nanoTime();
      Allocation allocation =
          Panels.allocate(generated.pool(), generated.quotas(), size, algorithm);
      double seconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      String check = "no certificate";
      if (allocation.certificate().isPresent()) {
        Certificate.Check result =
            allocation.certificate().get().check(generated.pool(), generated.quotas(), allocation);
        check =
            String.format(
                Locale.ROOT,
                "certificate of %d levels %s in %.1f s",
                allocation.certificate().get().levels().size(),
                result.holds() ? "checked" : "FAILED " + result.problems(),
                (System.nanoTime() - start) / 1e9);
      }
      out.printf(
          Locale.ROOT,
          "%-8s %.1f s, minimum %.4f%%, Gini %.4f, %d panels; %s%n",
          algorithm.label(),
          seconds,
          100 * allocation.minimum(),
          allocation.gini(),
          allocation.panels().size(),
          check);
    }
  }
}
