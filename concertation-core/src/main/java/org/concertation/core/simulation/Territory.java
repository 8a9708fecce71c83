package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.SplittableRandom;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.StakeId;

/**
 * A generated territory: its actors by kind, with their competences and resources, its stakes, and
 * each actor's hidden preferences over the stakes, aversion to cost, reservation value and
 * propensity to take part.
 *
 * <p>Preferences are heterogeneous: each kind of actor leans one way on each stake, and each actor
 * departs from its kind's leaning by a seeded normal draw scaled by the configured heterogeneity; a
 * preference lies between -1 (the actor wants the opposite) and 1. The first actor is always an
 * institution: it convenes the process as project owner.
 *
 * <p>The same configuration and seed always give the same territory. This class is immutable and
 * thread-safe.
 */
public final class Territory {
  /** Costs are counted in units of this amount, in utilities and in a proposal's cost. */
  static final double COST_UNIT = 100_000;

  private static final ActorKind[] KINDS = {
    ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION
  };
  private static final String[][] COMPETENCES = {
    {"public works", "funding", "urban planning"},
    {"gardening", "carpentry", "languages", "cooking"},
    {"youth work", "sports coaching", "social mediation", "culture"}
  };

  // The resources an actor declares when it registers: they show in a process's reports, and no
  // simulated behaviour depends on them.

  /** An institution's budget: from this, in steps of {@link #BUDGET_STEP}. */
  private static final long BUDGET_MINIMUM = 50_000;

  private static final long BUDGET_STEP = 10_000;

  /** How many budgets an institution may have: up to 500,000. */
  private static final int BUDGET_CHOICES = 46;

  /** The volunteer hours an inhabitant declares, both included. */
  private static final int INHABITANT_HOURS_MINIMUM = 5;

  private static final int INHABITANT_HOURS_MAXIMUM = 50;

  /** The volunteer hours an association declares, both included. */
  private static final int ASSOCIATION_HOURS_MINIMUM = 50;

  private static final int ASSOCIATION_HOURS_MAXIMUM = 500;

  private final SimulationConfig config;
  private final long seed;
  private final ImmutableList<Actor> actors;
  private final ImmutableList<StakeId> stakes;
  private final double[][] preferences;
  private final double[] costAversion;
  private final double[] reservation;
  private final double[] propensity;

  private Territory(
      SimulationConfig config,
      long seed,
      ImmutableList<Actor> actors,
      ImmutableList<StakeId> stakes,
      double[][] preferences,
      double[] costAversion,
      double[] reservation,
      double[] propensity) {
    this.config = config;
    this.seed = seed;
    this.actors = actors;
    this.stakes = stakes;
    this.preferences = preferences;
    this.costAversion = costAversion;
    this.reservation = reservation;
    this.propensity = propensity;
  }

  /**
   * Generates a territory.
   *
   * @param config the parameters
   * @param seed the seed of every random draw
   * @return the territory
   */
  public static Territory generate(SimulationConfig config, long seed) {
    checkNotNull(config, "config must not be null");
    SplittableRandom random = new SplittableRandom(seed);
    int n = config.actors();
    int[] counts = counts(config);
    ImmutableList.Builder<StakeId> stakes = ImmutableList.builder();
    for (int s = 0; s < config.stakes(); s++) {
      stakes.add(StakeId.of("stake-" + (s + 1)));
    }
    double[][] leaning = new double[KINDS.length][config.stakes()];
    for (double[] row : leaning) {
      for (int s = 0; s < row.length; s++) {
        row[s] = config.leaningMinimum() + config.leaningSpread() * random.nextDouble();
      }
    }
    ImmutableList.Builder<Actor> actors = ImmutableList.builderWithExpectedSize(n);
    double[][] preferences = new double[n][];
    double[] costAversion = new double[n];
    double[] reservation = new double[n];
    double[] propensity = new double[n];
    int i = 0;
    for (int k = 0; k < KINDS.length; k++) {
      for (int j = 1; j <= counts[k]; j++, i++) {
        actors.add(actor(KINDS[k], k, j, config.competenceChance(), random));
        double[] w = new double[config.stakes()];
        for (int s = 0; s < w.length; s++) {
          double value = leaning[k][s] + config.heterogeneity() * random.nextGaussian();
          w[s] = Math.max(-1.0, Math.min(1.0, value));
        }
        preferences[i] = w;
        costAversion[i] =
            config.costAversionMinimum() + config.costAversionSpread() * random.nextDouble();
        reservation[i] = config.reservationMaximum() * random.nextDouble();
        propensity[i] = propensity(config, k);
      }
    }
    return new Territory(
        config,
        seed,
        actors.build(),
        stakes.build(),
        preferences,
        costAversion,
        reservation,
        propensity);
  }

  /** Counts by kind, by largest remainder, with at least one institution. */
  private static int[] counts(SimulationConfig config) {
    double[] shares = {
      config.institutionShare(), config.inhabitantShare(), config.associationShare()
    };
    double total = shares[0] + shares[1] + shares[2];
    int n = config.actors();
    int[] counts = new int[3];
    double[] remainders = new double[3];
    int assigned = 0;
    for (int k = 0; k < 3; k++) {
      double exact = n * shares[k] / total;
      counts[k] = (int) Math.floor(exact);
      remainders[k] = exact - counts[k];
      assigned += counts[k];
    }
    while (assigned < n) {
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (remainders[k] > remainders[best]) {
          best = k;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      assigned++;
    }
    if (counts[0] == 0) {
      int largest = counts[1] >= counts[2] ? 1 : 2;
      counts[largest]--;
      counts[0] = 1;
    }
    return counts;
  }

  private static double propensity(SimulationConfig config, int kind) {
    switch (kind) {
      case 0:
        return config.institutionPropensity();
      case 1:
        return config.inhabitantPropensity();
      default:
        return config.associationPropensity();
    }
  }

  private static Actor actor(
      ActorKind kind, int k, int number, double competenceChance, SplittableRandom random) {
    String id = kind.name() + "-" + number;
    String name =
        Character.toUpperCase(kind.name().charAt(0)) + kind.name().substring(1) + " " + number;
    Actor actor = Actor.of(id, name, kind);
    // every institution has a competence: it brings public works, funding or planning
    if (k == 0 || random.nextDouble() < competenceChance) {
      String[] options = COMPETENCES[k];
      actor = actor.withCompetence(Competence.of(options[random.nextInt(options.length)]));
    }
    switch (k) {
      case 0:
        return actor.withResource(
            Resource.money(BUDGET_MINIMUM + BUDGET_STEP * random.nextInt(BUDGET_CHOICES)));
      case 1:
        return actor.withResource(
            Resource.hours(
                between(INHABITANT_HOURS_MINIMUM, INHABITANT_HOURS_MAXIMUM, random),
                "volunteer hours"));
      default:
        return actor.withResource(
            Resource.hours(
                between(ASSOCIATION_HOURS_MINIMUM, ASSOCIATION_HOURS_MAXIMUM, random),
                "volunteer hours"));
    }
  }

  private static int between(int minimum, int maximum, SplittableRandom random) {
    return minimum + random.nextInt(maximum - minimum + 1);
  }

  /**
   * The parameters the territory was generated from.
   *
   * @return the parameters
   */
  public SimulationConfig config() {
    return config;
  }

  /**
   * The seed the territory was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The actors: institutions first (the first convenes the process), then inhabitants, then
   * associations.
   *
   * @return the actors
   */
  public ImmutableList<Actor> actors() {
    return actors;
  }

  /**
   * The stakes of the territory.
   *
   * @return the stakes
   */
  public ImmutableList<StakeId> stakes() {
    return stakes;
  }

  /**
   * How much an actor cares about a stake.
   *
   * @param actor the actor's index in {@link #actors()}
   * @param stake the stake's index in {@link #stakes()}
   * @return the preference, from -1 to 1
   */
  public double preference(int actor, int stake) {
    checkElementIndex(actor, actors.size(), "actor");
    checkElementIndex(stake, stakes.size(), "stake");
    return preferences[actor][stake];
  }

  /**
   * What an actor gains from a proposal: the sum over the stakes of its preference times the
   * proposal's effect on the stake, less its aversion to cost times the cost in units of 100,000.
   *
   * @param actor the actor's index
   * @param effects the proposal's effect on each stake, from 0 to 1
   * @param cost the proposal's cost
   * @return the utility
   */
  public double utility(int actor, double[] effects, double cost) {
    checkElementIndex(actor, actors.size(), "actor");
    checkNotNull(effects, "effects must not be null");
    return utilityOf(actor, effects, cost);
  }

  double utilityOf(int actor, double[] effects, double cost) {
    double[] w = preferences[actor];
    double u = 0;
    for (int s = 0; s < effects.length; s++) {
      u += w[s] * effects[s];
    }
    return u - costAversion[actor] * cost / COST_UNIT;
  }

  /** The index of the actor who convenes the process as project owner: the first institution. */
  int convener() {
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i).kind().equals(ActorKind.INSTITUTION)) {
        return i;
      }
    }
    throw new IllegalStateException("A territory always has an institution: " + this);
  }

  double[] preferencesOf(int actor) {
    return preferences[actor];
  }

  double reservation(int actor) {
    return reservation[actor];
  }

  double propensity(int actor) {
    return propensity[actor];
  }

  @Override
  public String toString() {
    return "Territory["
        + actors.size()
        + " actors, "
        + stakes.size()
        + " stakes, seed "
        + seed
        + "]";
  }
}
