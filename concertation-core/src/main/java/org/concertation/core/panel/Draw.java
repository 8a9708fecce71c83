package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;

/**
 * A panel drawn from an allocation with a seed, and what it takes to redo the draw: the digests of
 * the pool, the quotas and the distribution. Anyone holding the pool, the quotas, the allocation
 * and the seed (which can be published before the draw) gets the same panel: see {@link #verify}.
 *
 * <p>The draw takes the point {@code u} in [0, 1) given by the first 53 bits of the SHA-256 digest
 * of the text {@code concertation-panel-draw/1}, a line break, the seed in decimal, a line break
 * and the distribution's digest; it then walks the panels in canonical order, adding up their
 * probabilities, and picks the first panel at which the sum exceeds {@code u} times the total. This
 * class is immutable and thread-safe.
 *
 * @param algorithm the algorithm of the allocation
 * @param size the panel's size
 * @param seed the seed
 * @param poolDigest the pool's digest ({@link Pool#digest()})
 * @param quotasDigest the quotas' digest ({@link #quotasDigest(List)})
 * @param distributionDigest the allocation's digest ({@link Allocation#digest()})
 * @param panel the ids drawn, sorted
 * @param minimumProbability the least chance of being drawn that the allocation gave a volunteer,
 *     as a record keeps it ({@code PanelDrawRecord.probability}); empty for a draw read from a
 *     record that did not keep it
 */
public record Draw(
    Algorithm algorithm,
    int size,
    long seed,
    String poolDigest,
    String quotasDigest,
    String distributionDigest,
    ImmutableList<String> panel,
    Optional<BigDecimal> minimumProbability) {
  /** The separator of a quota's four parts in a draw's record. */
  private static final String QUOTA_SEPARATOR = ",";

  /** A quota's parts in a draw's record: category, feature, min and max. */
  private static final int QUOTA_PARTS = 4;

  /**
   * Validates the draw.
   *
   * @param algorithm the algorithm of the allocation
   * @param size the panel's size, at least 1
   * @param seed the seed
   * @param poolDigest the pool's digest
   * @param quotasDigest the quotas' digest
   * @param distributionDigest the allocation's digest
   * @param panel the ids drawn
   * @param minimumProbability the allocation's minimum probability, if known
   */
  public Draw {
    checkNotNull(algorithm, "algorithm must not be null");
    checkArgument(size >= 1, "Invalid draw: size '%s' must be at least 1", size);
    checkNotNull(poolDigest, "poolDigest must not be null");
    checkNotNull(quotasDigest, "quotasDigest must not be null");
    checkNotNull(distributionDigest, "distributionDigest must not be null");
    List<String> sorted = new ArrayList<>(checkNotNull(panel, "panel must not be null"));
    sorted.sort(Comparator.naturalOrder());
    panel = ImmutableList.copyOf(sorted);
    checkArgument(
        panel.size() == size,
        "Invalid draw: %s members drawn for a size of %s",
        panel.size(),
        size);
    checkNotNull(minimumProbability, "minimumProbability must not be null");
  }

  /**
   * A draw that does not know its allocation's minimum probability.
   *
   * @param algorithm the algorithm of the allocation
   * @param size the panel's size, at least 1
   * @param seed the seed
   * @param poolDigest the pool's digest
   * @param quotasDigest the quotas' digest
   * @param distributionDigest the allocation's digest
   * @param panel the ids drawn
   */
  public Draw(
      Algorithm algorithm,
      int size,
      long seed,
      String poolDigest,
      String quotasDigest,
      String distributionDigest,
      ImmutableList<String> panel) {
    this(
        algorithm,
        size,
        seed,
        poolDigest,
        quotasDigest,
        distributionDigest,
        panel,
        Optional.empty());
  }

  /**
   * Draws a panel.
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param allocation the allocation to draw from
   * @param seed the seed
   * @return the draw
   */
  public static Draw of(Pool pool, List<Quota> quotas, Allocation allocation, long seed) {
    checkNotNull(pool, "pool must not be null");
    checkNotNull(allocation, "allocation must not be null");
    return new Draw(
        allocation.algorithm(),
        allocation.size(),
        seed,
        pool.digest(),
        quotasDigest(quotas),
        allocation.digest(),
        pick(allocation, seed).members(),
        Optional.of(PanelDrawRecord.probability(clamp(allocation.minimum()))));
  }

  /** A probability that linear-program round-off left just outside [0, 1], put back. */
  private static double clamp(double probability) {
    return Math.max(0, Math.min(1, probability));
  }

  /**
   * Redoes the draw and says what disagrees: a digest that does not match the pool, the quotas or
   * the allocation given, another panel drawn, or a panel that breaks the quotas.
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param allocation the allocation drawn from
   * @return the problems, one sentence each; empty when the draw is reproduced
   */
  public ImmutableList<String> verify(Pool pool, List<Quota> quotas, Allocation allocation) {
    checkNotNull(pool, "pool must not be null");
    checkNotNull(allocation, "allocation must not be null");
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    if (!pool.digest().equals(poolDigest)) {
      problems.add("the pool's digest is " + pool.digest() + ", not " + poolDigest);
    }
    String actual = quotasDigest(quotas);
    if (!actual.equals(quotasDigest)) {
      problems.add("the quotas' digest is " + actual + ", not " + quotasDigest);
    }
    if (!allocation.digest().equals(distributionDigest)) {
      problems.add(
          "the distribution's digest is " + allocation.digest() + ", not " + distributionDigest);
    }
    if (allocation.algorithm() != algorithm || allocation.size() != size) {
      problems.add(
          "the allocation is "
              + allocation.algorithm().label()
              + " of size "
              + allocation.size()
              + ", not "
              + algorithm.label()
              + " of size "
              + size);
    }
    BigDecimal minimum = PanelDrawRecord.probability(clamp(allocation.minimum()));
    if (minimumProbability.isPresent() && minimumProbability.get().compareTo(minimum) != 0) {
      problems.add(
          "the allocation's minimum probability is "
              + minimum
              + ", not "
              + minimumProbability.get());
    }
    ImmutableList<String> again = pick(allocation, seed).members();
    if (!again.equals(panel)) {
      problems.add("the seed " + seed + " draws " + again + ", not " + panel);
    }
    problems.addAll(Panels.violations(pool, quotas, panel));
    return problems.build();
  }

  /**
   * The commands that seat the members drawn in a college of a process: one {@link
   * Command.RegisterActor} per member, as a participant of the college, in the panel's order.
   *
   * @param college the college drawn, registered in the process
   * @param by who registers, granted REGISTER
   * @param at when
   * @param actors the actor of each volunteer drawn, by id
   * @return the commands, in order
   * @throws IllegalArgumentException if a member drawn has no actor
   */
  public ImmutableList<Command> commands(
      CollegeId college, ActorId by, Instant at, Map<String, Actor> actors) {
    checkNotNull(college, "college must not be null");
    checkNotNull(by, "by must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(actors, "actors must not be null");
    ImmutableList.Builder<Command> commands = ImmutableList.builder();
    for (String id : panel) {
      Actor actor = actors.get(id);
      checkArgument(actor != null, "Invalid actors: no actor for '%s', who was drawn", id);
      commands.add(
          new Command.RegisterActor(by, at, actor, Role.PARTICIPANT, Optional.of(college)));
    }
    return commands.build();
  }

  /**
   * The command that records this draw in a process, before the members join the college by {@link
   * #commands}: its event keeps the digests, the quotas, the algorithm and the seed, so that the
   * draw can be redone from the log (see {@link #fromEvent}).
   *
   * @param quotas the quotas of the draw, whose digest is this draw's
   * @param college the college drawn, registered in the process
   * @param by who draws, granted REGISTER
   * @param at when
   * @return the command
   * @throws IllegalArgumentException if the quotas are not this draw's, or a category or feature
   *     holds a comma
   */
  public Command.RecordPanelDraw toCommand(
      List<Quota> quotas, CollegeId college, ActorId by, Instant at) {
    checkArgument(
        quotasDigest(quotas).equals(quotasDigest),
        "Invalid quotas: their digest is %s, not the draw's %s",
        quotasDigest(quotas),
        quotasDigest);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Quota quota : quotas) {
      checkArgument(
          !quota.category().contains(QUOTA_SEPARATOR) && !quota.feature().contains(QUOTA_SEPARATOR),
          "Invalid quota %s/%s: a draw's record cannot keep a comma in a category or a feature",
          quota.category(),
          quota.feature());
      lines.add(
          quota.category()
              + QUOTA_SEPARATOR
              + quota.feature()
              + QUOTA_SEPARATOR
              + quota.min()
              + QUOTA_SEPARATOR
              + quota.max());
    }
    return new Command.RecordPanelDraw(
        by,
        at,
        college,
        new PanelDrawRecord(
            algorithm.label(),
            seed,
            poolDigest,
            lines.build(),
            distributionDigest,
            panel,
            minimumProbability));
  }

  /**
   * The draw that a process's event records, to {@link #verify} against the pool, the quotas and
   * the distribution.
   *
   * @param event the event
   * @return the draw
   * @throws IllegalArgumentException if the event's algorithm or quotas are malformed
   */
  public static Draw fromEvent(Event.PanelDrawn event) {
    checkNotNull(event, "event must not be null");
    PanelDrawRecord record = event.draw();
    return new Draw(
        Algorithm.fromLabel(record.algorithm()),
        record.size(),
        record.seed(),
        record.poolDigest(),
        quotasDigest(quotas(record)),
        record.distributionDigest(),
        record.panel(),
        record.minimumProbability());
  }

  /**
   * The quotas that a draw's record keeps, one {@code category,feature,min,max} line each.
   *
   * @param record the record
   * @return the quotas, in the record's order
   * @throws IllegalArgumentException if a line is malformed
   */
  public static ImmutableList<Quota> quotas(PanelDrawRecord record) {
    checkNotNull(record, "record must not be null");
    ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    for (String line : record.quotas()) {
      String[] parts = line.split(QUOTA_SEPARATOR, -1);
      checkArgument(
          parts.length == QUOTA_PARTS,
          "Invalid quota '%s': expected category,feature,min,max",
          line);
      try {
        quotas.add(
            new Quota(parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Invalid quota '" + line + "': bad count", e);
      }
    }
    return quotas.build();
  }

  /**
   * The SHA-256 digest, in lower-case hexadecimal, of the quotas' canonical text: the line {@code
   * concertation-panel-quotas/1}, then one line per quota sorted by category then feature:
   * category, feature, min and max separated by tabs.
   *
   * @param quotas the quotas
   * @return the digest
   */
  public static String quotasDigest(List<Quota> quotas) {
    List<Quota> sorted = new ArrayList<>(checkNotNull(quotas, "quotas must not be null"));
    sorted.sort(Comparator.comparing(Quota::category).thenComparing(Quota::feature));
    StringBuilder text = new StringBuilder("concertation-panel-quotas/1\n");
    for (Quota quota : sorted) {
      text.append(quota.category())
          .append('\t')
          .append(quota.feature())
          .append('\t')
          .append(quota.min())
          .append('\t')
          .append(quota.max())
          .append('\n');
    }
    return Digests.sha256(text.toString());
  }

  /** The point in [0, 1) that a seed gives for a distribution. */
  static double point(long seed, String distributionDigest) {
    byte[] hash = Digests.bytes("concertation-panel-draw/1\n" + seed + "\n" + distributionDigest);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (hash[i] & 0xff);
    }
    return (bits >>> 11) * 0x1.0p-53;
  }

  private static Allocation.Panel pick(Allocation allocation, long seed) {
    ImmutableList<Allocation.Panel> panels = allocation.panels();
    double total = 0;
    for (Allocation.Panel panel : panels) {
      total += panel.probability();
    }
    double target = point(seed, allocation.digest()) * total;
    double sum = 0;
    for (Allocation.Panel panel : panels) {
      sum += panel.probability();
      if (sum > target) {
        return panel;
      }
    }
    for (int k = panels.size() - 1; k >= 0; k--) {
      if (panels.get(k).probability() > 0) {
        return panels.get(k); // round-off left the target at the very end
      }
    }
    throw new IllegalStateException("The allocation has no panel of positive probability");
  }
}
