package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concertation.api.domain.ActorId;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Draw;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;

/**
 * A draw by lot with gender parity, as French citizens' councils draw inhabitants: a quota draw of
 * the citizens' panels ({@link org.concertation.core.panel}) whose quotas are the parity's ({@link
 * #parityQuotas}): the seats are split as evenly as the pool allows between the genders present,
 * capped by their candidates, an odd seat going to one gender or another. The chances are shared by
 * {@link Algorithm#LEXIMIN}, so that the least likely candidate is as likely as parity allows and
 * candidates of one gender are equally likely, and the panel is picked from that distribution by
 * the seed, as {@link Draw#of} does: {@link #panelDraw} redoes it, {@link Draw#verify} checks it
 * against {@link #panelPool} and the quotas.
 *
 * <p>The draw depends only on the pool (as a set: its order does not matter), the number of seats
 * and the seed, which it records: the same three always draw the same people. It needs OR-Tools, as
 * the citizens' panels do. This class is immutable and thread-safe.
 *
 * @param seed the seed of the draw
 * @param pool the candidates, ordered by actor
 * @param drawn the candidates drawn, ordered by gender then by actor
 */
public record Sortition(long seed, ImmutableList<Candidate> pool, ImmutableList<Candidate> drawn) {
  /** The quotas' category of the candidates' gender. */
  public static final String GENDER = "gender";

  /** How the parity draw shares the chances among the panels that meet its quotas. */
  public static final Algorithm ALGORITHM = Algorithm.LEXIMIN;

  /**
   * Validates the draw.
   *
   * @param seed the seed of the draw
   * @param pool the candidates, ordered by actor
   * @param drawn the candidates drawn, ordered by gender then by actor
   */
  public Sortition {
    pool = ImmutableList.copyOf(checkNotNull(pool, "pool must not be null"));
    drawn = ImmutableList.copyOf(checkNotNull(drawn, "drawn must not be null"));
    checkArgument(
        pool.containsAll(drawn),
        "Invalid sortition: drawn candidates %s not all in the pool",
        drawn);
  }

  /**
   * Draws seats by lot with gender parity: the quota draw of {@link #panelDraw}, its members as
   * candidates.
   *
   * @param pool the candidates, each actor once
   * @param seats how many to draw, at most the pool's size
   * @param seed the seed, recorded in the result
   * @return the draw
   */
  public static Sortition draw(Collection<Candidate> pool, int seats, long seed) {
    List<Candidate> sorted = sorted(pool, seats);
    if (seats == 0) {
      return new Sortition(seed, ImmutableList.copyOf(sorted), ImmutableList.of()); // no panel
    }
    Map<String, Candidate> byId = new HashMap<>();
    sorted.forEach(c -> byId.put(c.actor().value(), c));
    List<Candidate> drawn = new ArrayList<>();
    for (String id : panelDraw(sorted, seats, seed).panel()) {
      drawn.add(requireNonNull(byId.get(id)));
    }
    drawn.sort(Comparator.comparing(Candidate::gender).thenComparing(c -> c.actor().value()));
    return new Sortition(seed, ImmutableList.copyOf(sorted), ImmutableList.copyOf(drawn));
  }

  /**
   * The quota draw that {@link #draw} makes: {@link #ALGORITHM}'s allocation over the panels of
   * {@link #panelPool} that meet the {@link #parityQuotas}, picked by the seed.
   *
   * @param pool the candidates, each actor once
   * @param seats how many to draw, from 1 to the pool's size
   * @param seed the seed
   * @return the draw, which records the pool's, the quotas' and the distribution's digests
   */
  public static Draw panelDraw(Collection<Candidate> pool, int seats, long seed) {
    List<Candidate> sorted = sorted(pool, seats);
    checkArgument(seats >= 1, "Invalid number of seats '%s': a panel has at least 1", seats);
    Pool panelPool = panelPool(sorted);
    ImmutableList<Quota> quotas = parityQuotas(sorted, seats);
    return Draw.of(panelPool, quotas, Panels.allocate(panelPool, quotas, seats, ALGORITHM), seed);
  }

  /**
   * The candidates as a pool of the citizens' panels: ids are the actors' identities, the one
   * category is {@value #GENDER}, and nobody shares a household.
   *
   * @param pool the candidates, each actor once
   * @return the pool, ordered by actor
   */
  public static Pool panelPool(Collection<Candidate> pool) {
    List<Candidate> sorted = sorted(pool, 0);
    List<String> ids = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    for (Candidate candidate : sorted) {
      ids.add(candidate.actor().value());
      features.add(List.of(candidate.gender()));
    }
    return Pool.of(ids, List.of(GENDER), features, List.of());
  }

  /** The candidates ordered by actor, each once, the seats checked against their number. */
  private static List<Candidate> sorted(Collection<Candidate> pool, int seats) {
    checkNotNull(pool, "pool must not be null");
    checkArgument(
        seats >= 0 && seats <= pool.size(),
        "Invalid number of seats '%s': must be from 0 to the pool's size %s",
        seats,
        pool.size());
    Set<ActorId> actors = new HashSet<>();
    for (Candidate candidate : pool) {
      checkArgument(
          actors.add(checkNotNull(candidate, "candidate must not be null").actor()),
          "Invalid pool: actor '%s' appears twice",
          candidate.actor());
    }
    List<Candidate> sorted = new ArrayList<>(pool);
    sorted.sort(Comparator.comparing(c -> c.actor().value()));
    return sorted;
  }

  /**
   * The parity of a draw as quotas of the citizens' panels ({@link Quota}, category {@value
   * #GENDER}): each gender gets the level {@code L} that the seats reach when shared evenly and
   * capped by its candidates, and at most one more when odd seats are left over. Every parity draw
   * of {@link #draw} meets them: they are its quotas.
   *
   * @param pool the candidates, each actor once
   * @param seats how many are drawn, at most the pool's size
   * @return one quota per gender present, sorted by gender
   */
  public static ImmutableList<Quota> parityQuotas(Collection<Candidate> pool, int seats) {
    checkNotNull(pool, "pool must not be null");
    checkArgument(
        seats >= 0 && seats <= pool.size(),
        "Invalid number of seats '%s': must be from 0 to the pool's size %s",
        seats,
        pool.size());
    Map<String, Integer> counts = new TreeMap<>();
    for (Candidate candidate : pool) {
      counts.merge(checkNotNull(candidate, "candidate must not be null").gender(), 1, Integer::sum);
    }
    int level = 0;
    while (level < seats && capped(counts, level + 1) <= seats) {
      level++;
    }
    boolean oddSeatsLeft = capped(counts, level) < seats;
    ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    for (Map.Entry<String, Integer> gender : counts.entrySet()) {
      int min = Math.min(gender.getValue(), level);
      int max = oddSeatsLeft ? Math.min(gender.getValue(), level + 1) : min;
      quotas.add(new Quota(GENDER, gender.getKey(), min, max));
    }
    return quotas.build();
  }

  /** The seats that the level gives when each gender gets it, capped by its candidates. */
  private static int capped(Map<String, Integer> counts, int level) {
    int sum = 0;
    for (int count : counts.values()) {
      sum += Math.min(count, level);
    }
    return sum;
  }

  /**
   * How many were drawn of each value of a trait ({@code "gender"} for the gender).
   *
   * @param trait the trait's name
   * @return the counts, by value in their natural order; candidates without the trait are omitted
   */
  public ImmutableMap<String, Integer> drawnBy(String trait) {
    return countBy(drawn, trait);
  }

  /**
   * The largest difference, over the values of a trait, between a value's share of the drawn and
   * its share of the pool: 0 for a perfect mirror of the pool.
   *
   * @param trait the trait's name ({@code "gender"} for the gender)
   * @return the deviation, from 0 to 1; 0 when nothing was drawn
   */
  public double deviation(String trait) {
    checkNotNull(trait, "trait must not be null");
    if (drawn.isEmpty()) {
      return 0;
    }
    Map<String, Integer> inPool = countBy(pool, trait);
    Map<String, Integer> inDraw = countBy(drawn, trait);
    double worst = 0;
    for (Map.Entry<String, Integer> value : inPool.entrySet()) {
      double poolShare = (double) value.getValue() / pool.size();
      double drawShare = (double) inDraw.getOrDefault(value.getKey(), 0) / drawn.size();
      worst = Math.max(worst, Math.abs(drawShare - poolShare));
    }
    return worst;
  }

  private static ImmutableMap<String, Integer> countBy(List<Candidate> candidates, String trait) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Candidate candidate : candidates) {
      String value = trait.equals("gender") ? candidate.gender() : candidate.traits().get(trait);
      if (value != null) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    return ImmutableMap.copyOf(counts);
  }
}
