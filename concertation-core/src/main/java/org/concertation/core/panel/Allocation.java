package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A probability distribution over panels that meet the quotas, with each volunteer's chance of
 * selection (the sum of the probabilities of the panels that seat the volunteer), their lowest
 * value, Gini coefficient and geometric mean, and, for MAXIMIN and LEXIMIN, a certificate of
 * optimality.
 *
 * <p>Panels are kept in a canonical order (each panel's ids sorted, then the panels compared id by
 * id), on which the {@link #digest() digest} and the {@link Draw draw} depend. Probabilities are
 * doubles from linear programs: they sum to 1 within {@link #TOTAL_TOLERANCE}. This class is
 * immutable and thread-safe.
 */
public final class Allocation {
  /** How far from 1 the probabilities of the panels may sum. */
  public static final double TOTAL_TOLERANCE = 1e-6;

  /**
   * One panel and its probability.
   *
   * @param members the volunteers' ids, sorted
   * @param probability the panel's probability, from 0 to 1
   */
  public record Panel(ImmutableList<String> members, double probability) {
    /**
     * Validates the panel and sorts its ids.
     *
     * @param members the volunteers' ids, distinct
     * @param probability the panel's probability, from 0 to 1
     */
    public Panel {
      checkNotNull(members, "members must not be null");
      List<String> sorted = new ArrayList<>(members);
      sorted.sort(Comparator.naturalOrder());
      members = ImmutableList.copyOf(sorted);
      checkArgument(
          new HashSet<>(members).size() == members.size(),
          "Invalid panel %s: an id appears twice",
          members);
      checkArgument(
          probability >= 0 && probability <= 1,
          "Invalid probability '%s' of panel %s: must be from 0 to 1",
          probability,
          members);
    }
  }

  private static final Comparator<Panel> CANONICAL =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.members().size(), b.members().size()); i++) {
          int c = a.members().get(i).compareTo(b.members().get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.members().size(), b.members().size());
      };

  private final Algorithm algorithm;
  private final int size;
  private final ImmutableList<Panel> panels;
  private final ImmutableMap<String, Double> probabilities;
  private final double minimum;
  private final double gini;
  private final double geometricMean;
  private final Optional<Certificate> certificate;
  private final String digest;

  private Allocation(
      Algorithm algorithm,
      int size,
      ImmutableList<Panel> panels,
      ImmutableMap<String, Double> probabilities,
      Optional<Certificate> certificate) {
    this.algorithm = algorithm;
    this.size = size;
    this.panels = panels;
    this.probabilities = probabilities;
    this.certificate = certificate;
    double[] sorted = probabilities.values().stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    this.minimum = sorted[0];
    double sum = 0;
    double weighted = 0;
    double logs = 0;
    for (int i = 0; i < sorted.length; i++) {
      sum += sorted[i];
      weighted += (i + 1) * sorted[i];
      logs += Math.log(sorted[i]);
    }
    int n = sorted.length;
    this.gini = sum == 0 ? 0 : Math.max(0, 2 * weighted / (n * sum) - (n + 1.0) / n);
    this.geometricMean = minimum <= 0 ? 0 : Math.exp(logs / n);
    StringBuilder text = new StringBuilder("concertation-panel-distribution/1\n");
    for (Panel panel : panels) {
      text.append(panel.probability());
      for (String id : panel.members()) {
        text.append('\t').append(id);
      }
      text.append('\n');
    }
    this.digest = Digests.sha256(text.toString());
  }

  /**
   * An allocation from its panels.
   *
   * @param algorithm the algorithm that found it
   * @param size the panel's size
   * @param pool the pool the panels are drawn from
   * @param panels the panels, distinct, each of {@code size} volunteers of the pool, their
   *     probabilities summing to 1 within {@link #TOTAL_TOLERANCE}
   * @param certificate the certificate of optimality, if any
   * @return the allocation
   * @throws IllegalArgumentException if a panel has the wrong size, an unknown id or repeats, or
   *     the probabilities do not sum to 1
   */
  public static Allocation of(
      Algorithm algorithm,
      int size,
      Pool pool,
      Collection<Panel> panels,
      Optional<Certificate> certificate) {
    checkNotNull(algorithm, "algorithm must not be null");
    checkNotNull(pool, "pool must not be null");
    checkNotNull(panels, "panels must not be null");
    checkNotNull(certificate, "certificate must not be null");
    checkArgument(!panels.isEmpty(), "Invalid allocation: no panel");
    List<Panel> sorted = new ArrayList<>(panels);
    sorted.sort(CANONICAL);
    double[] chance = new double[pool.size()];
    double total = 0;
    for (int k = 0; k < sorted.size(); k++) {
      Panel panel = checkNotNull(sorted.get(k), "panel must not be null");
      checkArgument(
          panel.members().size() == size,
          "Invalid panel %s: %s members instead of %s",
          panel.members(),
          panel.members().size(),
          size);
      checkArgument(
          k == 0 || CANONICAL.compare(sorted.get(k - 1), panel) != 0,
          "Invalid allocation: panel %s appears twice",
          panel.members());
      for (String id : panel.members()) {
        Optional<Integer> at = pool.indexOf(id);
        checkArgument(at.isPresent(), "Invalid panel: id '%s' is not in the pool", id);
        chance[at.get()] += panel.probability();
      }
      total += panel.probability();
    }
    checkArgument(
        Math.abs(total - 1) <= TOTAL_TOLERANCE,
        "Invalid allocation: the probabilities sum to %s, not 1",
        total);
    ImmutableMap.Builder<String, Double> probabilities = ImmutableMap.builder();
    for (int i = 0; i < chance.length; i++) {
      probabilities.put(pool.ids().get(i), Math.min(1, chance[i]));
    }
    return new Allocation(
        algorithm, size, ImmutableList.copyOf(sorted), probabilities.buildOrThrow(), certificate);
  }

  /**
   * The algorithm that found the allocation.
   *
   * @return the algorithm
   */
  public Algorithm algorithm() {
    return algorithm;
  }

  /**
   * The panel's size.
   *
   * @return the number of members of each panel
   */
  public int size() {
    return size;
  }

  /**
   * The panels of positive or zero probability, in canonical order.
   *
   * @return the panels
   */
  public ImmutableList<Panel> panels() {
    return panels;
  }

  /**
   * Each volunteer's chance of selection.
   *
   * @return the chances by id, in the pool's order
   */
  public ImmutableMap<String, Double> probabilities() {
    return probabilities;
  }

  /**
   * The lowest chance of selection.
   *
   * @return the minimum
   */
  public double minimum() {
    return minimum;
  }

  /**
   * The Gini coefficient of the chances: 0 when all are equal, towards 1 as they concentrate.
   *
   * @return the coefficient
   */
  public double gini() {
    return gini;
  }

  /**
   * The geometric mean of the chances; 0 when some volunteer has no chance.
   *
   * @return the geometric mean
   */
  public double geometricMean() {
    return geometricMean;
  }

  /**
   * The certificate of optimality, for MAXIMIN and LEXIMIN.
   *
   * @return the certificate, or empty
   */
  public Optional<Certificate> certificate() {
    return certificate;
  }

  /**
   * The SHA-256 digest, in lower-case hexadecimal, of the distribution's canonical text: the line
   * {@code concertation-panel-distribution/1}, then one line per panel in canonical order: the
   * probability (as Java's {@code Double.toString} writes it), then the ids, separated by tabs.
   *
   * @return the digest
   */
  public String digest() {
    return digest;
  }

  @Override
  public String toString() {
    return algorithm.label()
        + " allocation of "
        + panels.size()
        + " panels of "
        + size
        + ", minimum "
        + minimum;
  }
}
