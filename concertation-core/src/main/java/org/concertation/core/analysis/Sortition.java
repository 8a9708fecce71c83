package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.concertation.api.domain.ActorId;
import org.concertation.core.panel.Quota;

/**
 * A draw by lot with gender parity, as French citizens' councils draw inhabitants: the seats are
 * split as evenly as the pool allows between the genders present, the odd seats going to genders
 * chosen by lot, then each gender's seats are drawn by lot among its candidates.
 *
 * <p>The draw depends only on the pool (as a set: its order does not matter), the number of seats
 * and the seed, which it records: the same three always draw the same people. This class is
 * immutable and thread-safe.
 *
 * @param seed the seed of the draw
 * @param pool the candidates, ordered by actor
 * @param drawn the candidates drawn, ordered by gender then in the order drawn
 */
public record Sortition(long seed, ImmutableList<Candidate> pool, ImmutableList<Candidate> drawn) {
  /** The quotas' category of the candidates' gender. */
  public static final String GENDER = "gender";

  /**
   * Validates the draw.
   *
   * @param seed the seed of the draw
   * @param pool the candidates, ordered by actor
   * @param drawn the candidates drawn, ordered by gender then in the order drawn
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
   * Draws seats by lot with gender parity.
   *
   * @param pool the candidates, each actor once
   * @param seats how many to draw, at most the pool's size
   * @param seed the seed, recorded in the result
   * @return the draw
   */
  public static Sortition draw(Collection<Candidate> pool, int seats, long seed) {
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
    Map<String, List<Candidate>> byGender = new TreeMap<>();
    for (Candidate candidate : sorted) {
      byGender.computeIfAbsent(candidate.gender(), g -> new ArrayList<>()).add(candidate);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> quota = quotas(byGender, seats, random);
    ImmutableList.Builder<Candidate> drawn = ImmutableList.builder();
    for (Map.Entry<String, List<Candidate>> group : byGender.entrySet()) {
      List<Candidate> candidates = new ArrayList<>(group.getValue());
      int take = requireNonNull(quota.get(group.getKey()));
      for (int i = 0; i < take; i++) {
        int pick = i + random.nextInt(candidates.size() - i);
        Candidate chosen = candidates.get(pick);
        candidates.set(pick, candidates.get(i));
        candidates.set(i, chosen);
        drawn.add(chosen);
      }
    }
    return new Sortition(seed, ImmutableList.copyOf(sorted), drawn.build());
  }

  /**
   * The parity of a draw as quotas of the citizens' panels ({@link Quota}, category {@value
   * #GENDER}): each gender gets the level {@code L} that the seats reach when shared evenly and
   * capped by its candidates, and at most one more when odd seats are left over. Every parity draw
   * of {@link #draw} meets them, so that it is a quota draw whose quotas are these.
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

  /** Seats per gender: even shares, capped by the candidates, odd seats to genders drawn by lot. */
  private static Map<String, Integer> quotas(
      Map<String, List<Candidate>> byGender, int seats, SplittableRandom random) {
    Map<String, Integer> quota = new TreeMap<>();
    byGender.keySet().forEach(g -> quota.put(g, 0));
    int left = seats;
    while (left > 0) {
      List<String> open = new ArrayList<>();
      for (String gender : byGender.keySet()) {
        if (requireNonNull(quota.get(gender)) < byGender.get(gender).size()) {
          open.add(gender);
        }
      }
      int each = left / open.size();
      if (each == 0) {
        for (int i = 0; i < left; i++) {
          int pick = i + random.nextInt(open.size() - i);
          String chosen = open.get(pick);
          open.set(pick, open.get(i));
          open.set(i, chosen);
          quota.merge(chosen, 1, Integer::sum);
        }
        break;
      }
      for (String gender : open) {
        int room = requireNonNull(byGender.get(gender)).size() - requireNonNull(quota.get(gender));
        int given = Math.min(each, room);
        quota.merge(gender, given, Integer::sum);
        left -= given;
      }
    }
    return quota;
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
