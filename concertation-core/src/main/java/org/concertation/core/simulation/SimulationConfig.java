package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;

/**
 * The parameters of a simulated territory and of its actors' behaviour, phase by phase. {@link
 * #of(int)} gives the defaults, which each parameter's description states; {@link #builder(int)}
 * and the {@code with} methods change some of them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param actors how many actors the territory has, at least 2 (the first is an institution, which
 *     convenes the process)
 * @param institutionShare the share of institutions among the actors, relative to the other shares
 *     (default 0.1)
 * @param inhabitantShare the share of inhabitants (default 0.7)
 * @param associationShare the share of associations (default 0.2)
 * @param stakes how many stakes the territory has, from 1 to 64 (default 6)
 * @param proposals how many proposals are submitted, from 1 to 64 (default 8)
 * @param strategy how actors concede over the rounds (default {@link Strategy#LINEAR})
 * @param harmThreshold an actor objects, with a reason, to a proposal whose utility falls below
 *     minus this threshold; positive (default 1)
 * @param heterogeneity the spread of individual preferences around their kind's, not negative
 *     (default 0.5)
 * @param amendmentStep how far an amendment moves a proposal toward its amender's preferences, from
 *     0 to 1 (default 0.5)
 * @param mergeSimilarity proposals at least this close (cosine of their effects on the stakes) are
 *     merged, from 0 to 1; 1 merges only identical proposals (default 0.95)
 * @param institutionPropensity the probability that an institution takes part in each step (default
 *     0.95)
 * @param inhabitantPropensity the probability that an inhabitant takes part in each step (default
 *     0.45)
 * @param associationPropensity the probability that an association takes part in each step (default
 *     0.8)
 * @param aspirationGap in negotiation, how far above its reservation value an actor's acceptance
 *     threshold starts, before its strategy concedes it; not negative (default 0.3)
 * @param supportMargin in negotiation, how far above its threshold a proposal's utility must be for
 *     an actor to support it rather than merely accept it; not negative (default 0.5)
 * @param abstainMargin in negotiation, how far below its threshold an actor still abstains rather
 *     than opposes; not negative (default 0.25)
 * @param negligibleEffect in an amendment, an effect on a stake below this is dropped, and a
 *     proposal left with no effect keeps this much on its main stake; from 0 (excluded) to 1
 *     (default 0.05)
 * @param proposalEffectMinimum a new proposal's effect on each stake it addresses is drawn
 *     uniformly from this to 1; from 0 (excluded) to 1 (default 0.5)
 * @param proposalCostMinimum a new proposal costs its total effect times 100,000 times a factor
 *     drawn uniformly from this minimum to the minimum plus {@code proposalCostSpread}; not
 *     negative (default 0.3)
 * @param proposalCostSpread the width of the range that a new proposal's cost factor is drawn from;
 *     not negative (default 0.9, so factors from 0.3 to 1.2)
 * @param mergedCostFactor a merged proposal costs this times the sum of its sources' costs: less
 *     than 1 when merging saves; not negative (default 0.8)
 * @param moneyShareMinimum an institution that commits money to an action brings a share of the
 *     action's cost drawn uniformly from this minimum to the minimum plus {@code moneyShareSpread};
 *     not negative (default 0.1)
 * @param moneyShareSpread the width of the range that an institution's share of an action's cost is
 *     drawn from; not negative (default 0.4, so shares from 0.1 to 0.5)
 * @param moneyMinimum the least amount of money an institution commits to an action; at least 1
 *     (default 1,000)
 * @param hoursMinimum the fewest volunteer hours an inhabitant or association commits to an action;
 *     at least 1 (default 5)
 * @param hoursSpread an inhabitant or association commits a whole number of volunteer hours drawn
 *     uniformly from {@code hoursMinimum} to {@code hoursMinimum + hoursSpread}; not negative
 *     (default 35, so from 5 to 40 hours)
 * @param leaningMinimum each kind of actor leans on each stake by a value drawn uniformly from this
 *     minimum to the minimum plus {@code leaningSpread}, and its actors' preferences spread around
 *     it; from -1 to 1 (default -0.5)
 * @param leaningSpread the width of the range that a kind's leaning is drawn from; not negative
 *     (default 1.5, so leanings from -0.5 to 1)
 * @param costAversionMinimum each actor's aversion to cost, per 100,000, is drawn uniformly from
 *     this minimum to the minimum plus {@code costAversionSpread}; not negative (default 0.05)
 * @param costAversionSpread the width of the range that aversions to cost are drawn from; not
 *     negative (default 0.3, so from 0.05 to 0.35)
 * @param reservationMaximum each actor's reservation value, the least utility it accepts once it
 *     has conceded everything, is drawn uniformly from 0 to this; not negative (default 0.2)
 * @param competenceChance the probability that an inhabitant or association declares a competence,
 *     which it may bring to an action; every institution declares one; from 0 to 1 (default 0.3)
 * @param roundRule the ballot rule every negotiation round counts ballots by, in place of the
 *     charter's own rounds; empty (the default) keeps the charter's rounds as they are, so that
 *     actors take positions where the charter decides by positions
 * @param deliveryShare under a charter whose evaluation the simulation plays ahead of the decision
 *     (see {@link Simulation}), the share of each commitment that its carrier delivers; from 0 to 1
 *     (default 1: every promise kept)
 * @param deliveryVariation how far each carrier's own share departs from {@code deliveryShare}: a
 *     carrier's share is drawn once, uniformly from {@code deliveryShare - deliveryVariation} to
 *     {@code deliveryShare + deliveryVariation}, and cut to 0 and 1; from 0 to 1 (default 0: every
 *     carrier delivers {@code deliveryShare})
 */
public record SimulationConfig(
    int actors,
    double institutionShare,
    double inhabitantShare,
    double associationShare,
    int stakes,
    int proposals,
    Strategy strategy,
    double harmThreshold,
    double heterogeneity,
    double amendmentStep,
    double mergeSimilarity,
    double institutionPropensity,
    double inhabitantPropensity,
    double associationPropensity,
    double aspirationGap,
    double supportMargin,
    double abstainMargin,
    double negligibleEffect,
    double proposalEffectMinimum,
    double proposalCostMinimum,
    double proposalCostSpread,
    double mergedCostFactor,
    double moneyShareMinimum,
    double moneyShareSpread,
    long moneyMinimum,
    int hoursMinimum,
    int hoursSpread,
    double leaningMinimum,
    double leaningSpread,
    double costAversionMinimum,
    double costAversionSpread,
    double reservationMaximum,
    double competenceChance,
    Optional<BallotRule> roundRule,
    double deliveryShare,
    double deliveryVariation) {

  /**
   * Validates the parameters.
   *
   * @param actors how many actors the territory has, at least 2
   * @param institutionShare the share of institutions among the actors, relative to the other
   *     shares
   * @param inhabitantShare the share of inhabitants
   * @param associationShare the share of associations
   * @param stakes how many stakes the territory has, from 1 to 64
   * @param proposals how many proposals are submitted, from 1 to 64
   * @param strategy how actors concede over the rounds
   * @param harmThreshold the utility below whose opposite an actor objects; positive
   * @param heterogeneity the spread of individual preferences around their kind's, not negative
   * @param amendmentStep how far an amendment moves a proposal, from 0 to 1
   * @param mergeSimilarity the cosine similarity from which proposals are merged, from 0 to 1
   * @param institutionPropensity the probability that an institution takes part in each step
   * @param inhabitantPropensity the probability that an inhabitant takes part in each step
   * @param associationPropensity the probability that an association takes part in each step
   * @param aspirationGap how far above reservation the acceptance threshold starts; not negative
   * @param supportMargin how far above the threshold an actor supports; not negative
   * @param abstainMargin how far below the threshold an actor abstains; not negative
   * @param negligibleEffect the effect below which an amendment drops a stake; from 0 (excluded) to
   *     1
   * @param proposalEffectMinimum the least effect of a new proposal on a stake it addresses; from 0
   *     (excluded) to 1
   * @param proposalCostMinimum the least cost factor of a new proposal; not negative
   * @param proposalCostSpread the width of a new proposal's cost factor range; not negative
   * @param mergedCostFactor a merged proposal's cost over its sources'; not negative
   * @param moneyShareMinimum the least share of an action's cost an institution brings; not
   *     negative
   * @param moneyShareSpread the width of that share's range; not negative
   * @param moneyMinimum the least money an institution commits; at least 1
   * @param hoursMinimum the fewest volunteer hours committed; at least 1
   * @param hoursSpread how many more hours may be committed than the fewest; not negative
   * @param leaningMinimum the least leaning of a kind on a stake; from -1 to 1
   * @param leaningSpread the width of the leanings' range; not negative
   * @param costAversionMinimum the least aversion to cost; not negative
   * @param costAversionSpread the width of the aversions' range; not negative
   * @param reservationMaximum the largest reservation value; not negative
   * @param competenceChance the probability that a non-institution declares a competence; from 0 to
   *     1
   * @param roundRule the ballot rule of every negotiation round, or empty for the charter's rounds
   * @param deliveryShare the share of each commitment its carrier delivers; from 0 to 1
   * @param deliveryVariation how far a carrier's share departs from {@code deliveryShare}; from 0
   *     to 1
   */
  public SimulationConfig {
    checkArgument(actors >= 2, "Invalid number of actors '%s': at least 2", actors);
    checkArgument(
        institutionShare >= 0 && inhabitantShare >= 0 && associationShare >= 0,
        "Invalid shares '%s, %s, %s': none may be negative",
        institutionShare,
        inhabitantShare,
        associationShare);
    checkArgument(
        institutionShare + inhabitantShare + associationShare > 0,
        "Invalid shares '%s, %s, %s': at least one must be positive",
        institutionShare,
        inhabitantShare,
        associationShare);
    checkArgument(
        stakes >= 1 && stakes <= 64, "Invalid number of stakes '%s': from 1 to 64", stakes);
    checkArgument(
        proposals >= 1 && proposals <= 64,
        "Invalid number of proposals '%s': from 1 to 64",
        proposals);
    checkNotNull(strategy, "strategy must not be null");
    checkArgument(
        harmThreshold > 0, "Invalid harm threshold '%s': must be positive", harmThreshold);
    notNegative("heterogeneity", heterogeneity);
    checkArgument(
        amendmentStep >= 0 && amendmentStep <= 1,
        "Invalid amendment step '%s': from 0 to 1",
        amendmentStep);
    checkArgument(
        mergeSimilarity >= 0 && mergeSimilarity <= 1,
        "Invalid merge similarity '%s': from 0 to 1",
        mergeSimilarity);
    probability("institution propensity", institutionPropensity);
    probability("inhabitant propensity", inhabitantPropensity);
    probability("association propensity", associationPropensity);
    notNegative("aspiration gap", aspirationGap);
    notNegative("support margin", supportMargin);
    notNegative("abstain margin", abstainMargin);
    positiveFraction("negligible effect", negligibleEffect);
    positiveFraction("proposal effect minimum", proposalEffectMinimum);
    notNegative("proposal cost minimum", proposalCostMinimum);
    notNegative("proposal cost spread", proposalCostSpread);
    notNegative("merged cost factor", mergedCostFactor);
    notNegative("money share minimum", moneyShareMinimum);
    notNegative("money share spread", moneyShareSpread);
    checkArgument(moneyMinimum >= 1, "Invalid money minimum '%s': at least 1", moneyMinimum);
    checkArgument(hoursMinimum >= 1, "Invalid hours minimum '%s': at least 1", hoursMinimum);
    // the largest draw, hoursMinimum + hoursSpread, must be an int
    checkArgument(
        hoursSpread >= 0 && hoursSpread < Integer.MAX_VALUE - hoursMinimum,
        "Invalid hours spread '%s': from 0 to %s",
        hoursSpread,
        Integer.MAX_VALUE - hoursMinimum - 1);
    checkArgument(
        leaningMinimum >= -1 && leaningMinimum <= 1,
        "Invalid leaning minimum '%s': from -1 to 1",
        leaningMinimum);
    notNegative("leaning spread", leaningSpread);
    notNegative("cost aversion minimum", costAversionMinimum);
    notNegative("cost aversion spread", costAversionSpread);
    notNegative("reservation maximum", reservationMaximum);
    probability("competence chance", competenceChance);
    checkNotNull(roundRule, "roundRule must not be null (use Optional.empty())");
    checkArgument(
        deliveryShare >= 0 && deliveryShare <= 1,
        "Invalid delivery share '%s': from 0 to 1",
        deliveryShare);
    checkArgument(
        deliveryVariation >= 0 && deliveryVariation <= 1,
        "Invalid delivery variation '%s': from 0 to 1",
        deliveryVariation);
  }

  private static void probability(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "Invalid %s '%s': from 0 to 1", name, value);
  }

  private static void notNegative(String name, double value) {
    // written so that NaN fails too
    checkArgument(value >= 0, "Invalid %s '%s': must not be negative", name, value);
  }

  private static void positiveFraction(String name, double value) {
    checkArgument(value > 0 && value <= 1, "Invalid %s '%s': above 0, at most 1", name, value);
  }

  /**
   * The default parameters for a territory of this size: 10% institutions, 70% inhabitants, 20%
   * associations; 6 stakes; 8 proposals; linear concession; objection below -1; amendments
   * half-way; merging above a similarity of 0.95; institutions take part in 95% of the steps,
   * associations in 80%, inhabitants in 45%; and the defaults of the record's description for the
   * rest.
   *
   * @param actors how many actors, at least 2
   * @return the parameters
   */
  public static SimulationConfig of(int actors) {
    return builder(actors).build();
  }

  /**
   * A builder that starts from the defaults of {@link #of(int)}.
   *
   * @param actors how many actors, at least 2
   * @return the builder
   */
  public static Builder builder(int actors) {
    return new Builder(actors);
  }

  /**
   * A builder that starts from these parameters.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A copy with another number of actors.
   *
   * @param value how many actors
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withActors(int value) {
    return value == actors ? this : toBuilder().actors(value).build();
  }

  /**
   * A copy with other shares of institutions, inhabitants and associations.
   *
   * @param institutions the share of institutions
   * @param inhabitants the share of inhabitants
   * @param associations the share of associations
   * @return the copy
   */
  public SimulationConfig withShares(double institutions, double inhabitants, double associations) {
    return toBuilder()
        .institutionShare(institutions)
        .inhabitantShare(inhabitants)
        .associationShare(associations)
        .build();
  }

  /**
   * A copy with other numbers of stakes and proposals.
   *
   * @param stakeCount how many stakes
   * @param proposalCount how many proposals
   * @return the copy
   */
  public SimulationConfig withStakesAndProposals(int stakeCount, int proposalCount) {
    return toBuilder().stakes(stakeCount).proposals(proposalCount).build();
  }

  /**
   * A copy with another strategy.
   *
   * @param value the strategy
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withStrategy(Strategy value) {
    return value == strategy ? this : toBuilder().strategy(value).build();
  }

  /**
   * A copy with other behaviour parameters.
   *
   * @param harm the harm threshold
   * @param spread the heterogeneity of preferences
   * @param step the amendment step
   * @param similarity the merge similarity
   * @return the copy
   */
  public SimulationConfig withBehaviour(
      double harm, double spread, double step, double similarity) {
    return toBuilder()
        .harmThreshold(harm)
        .heterogeneity(spread)
        .amendmentStep(step)
        .mergeSimilarity(similarity)
        .build();
  }

  /**
   * A copy with other participation propensities.
   *
   * @param institutions of institutions
   * @param inhabitants of inhabitants
   * @param associations of associations
   * @return the copy
   */
  public SimulationConfig withPropensities(
      double institutions, double inhabitants, double associations) {
    return toBuilder()
        .institutionPropensity(institutions)
        .inhabitantPropensity(inhabitants)
        .associationPropensity(associations)
        .build();
  }

  /**
   * A copy with other thresholds of the positions actors take in negotiation.
   *
   * @param gap the aspiration gap
   * @param support the support margin
   * @param abstain the abstain margin
   * @return the copy
   */
  public SimulationConfig withPositions(double gap, double support, double abstain) {
    return toBuilder().aspirationGap(gap).supportMargin(support).abstainMargin(abstain).build();
  }

  /**
   * A copy with other parameters of the proposals drafted, merged and amended.
   *
   * @param effectMinimum the proposal effect minimum
   * @param costMinimum the proposal cost minimum
   * @param costSpread the proposal cost spread
   * @param mergedCost the merged cost factor
   * @param negligible the negligible effect
   * @return the copy
   */
  public SimulationConfig withDrafting(
      double effectMinimum,
      double costMinimum,
      double costSpread,
      double mergedCost,
      double negligible) {
    return toBuilder()
        .proposalEffectMinimum(effectMinimum)
        .proposalCostMinimum(costMinimum)
        .proposalCostSpread(costSpread)
        .mergedCostFactor(mergedCost)
        .negligibleEffect(negligible)
        .build();
  }

  /**
   * A copy with other parameters of the resources actors commit to actions.
   *
   * @param shareMinimum the money share minimum
   * @param shareSpread the money share spread
   * @param money the money minimum
   * @param fewestHours the hours minimum
   * @param hours the hours spread
   * @return the copy
   */
  public SimulationConfig withCommitments(
      double shareMinimum, double shareSpread, long money, int fewestHours, int hours) {
    return toBuilder()
        .moneyShareMinimum(shareMinimum)
        .moneyShareSpread(shareSpread)
        .moneyMinimum(money)
        .hoursMinimum(fewestHours)
        .hoursSpread(hours)
        .build();
  }

  /**
   * A copy with other parameters of the actors' hidden preferences.
   *
   * @param leaning the leaning minimum
   * @param leaningWidth the leaning spread
   * @param aversion the cost aversion minimum
   * @param aversionWidth the cost aversion spread
   * @param reservation the reservation maximum
   * @return the copy
   */
  public SimulationConfig withPreferences(
      double leaning,
      double leaningWidth,
      double aversion,
      double aversionWidth,
      double reservation) {
    return toBuilder()
        .leaningMinimum(leaning)
        .leaningSpread(leaningWidth)
        .costAversionMinimum(aversion)
        .costAversionSpread(aversionWidth)
        .reservationMaximum(reservation)
        .build();
  }

  /**
   * A copy with another competence chance.
   *
   * @param value the probability that an inhabitant or association declares a competence
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withCompetenceChance(double value) {
    return value == competenceChance ? this : toBuilder().competenceChance(value).build();
  }

  /**
   * A copy whose negotiation rounds all count ballots by this rule, or keep the charter's rounds.
   *
   * @param value the ballot rule of every round, or empty for the charter's rounds
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withRoundRule(Optional<BallotRule> value) {
    return value.equals(roundRule) ? this : toBuilder().roundRule(value).build();
  }

  /**
   * A copy with other parameters of what carriers deliver of their commitments.
   *
   * @param share the delivery share
   * @param variation the delivery variation
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withDelivery(double share, double variation) {
    return share == deliveryShare && variation == deliveryVariation
        ? this
        : toBuilder().deliveryShare(share).deliveryVariation(variation).build();
  }

  /**
   * Builds a {@link SimulationConfig}, each parameter starting at its default; {@link #build()}
   * validates them together. See {@link SimulationConfig} for what each parameter shapes.
   */
  public static final class Builder {
    private int actors;
    private double institutionShare = 0.1;
    private double inhabitantShare = 0.7;
    private double associationShare = 0.2;
    private int stakes = 6;
    private int proposals = 8;
    private Strategy strategy = Strategy.LINEAR;
    private double harmThreshold = 1.0;
    private double heterogeneity = 0.5;
    private double amendmentStep = 0.5;
    private double mergeSimilarity = 0.95;
    private double institutionPropensity = 0.95;
    private double inhabitantPropensity = 0.45;
    private double associationPropensity = 0.8;
    private double aspirationGap = 0.3;
    private double supportMargin = 0.5;
    private double abstainMargin = 0.25;
    private double negligibleEffect = 0.05;
    private double proposalEffectMinimum = 0.5;
    private double proposalCostMinimum = 0.3;
    private double proposalCostSpread = 0.9;
    private double mergedCostFactor = 0.8;
    private double moneyShareMinimum = 0.1;
    private double moneyShareSpread = 0.4;
    private long moneyMinimum = 1_000;
    private int hoursMinimum = 5;
    private int hoursSpread = 35;
    private double leaningMinimum = -0.5;
    private double leaningSpread = 1.5;
    private double costAversionMinimum = 0.05;
    private double costAversionSpread = 0.3;
    private double reservationMaximum = 0.2;
    private double competenceChance = 0.3;
    private Optional<BallotRule> roundRule = Optional.empty();
    private double deliveryShare = 1.0;
    private double deliveryVariation = 0.0;

    private Builder(int actors) {
      this.actors = actors;
    }

    private Builder(SimulationConfig c) {
      actors = c.actors;
      institutionShare = c.institutionShare;
      inhabitantShare = c.inhabitantShare;
      associationShare = c.associationShare;
      stakes = c.stakes;
      proposals = c.proposals;
      strategy = c.strategy;
      harmThreshold = c.harmThreshold;
      heterogeneity = c.heterogeneity;
      amendmentStep = c.amendmentStep;
      mergeSimilarity = c.mergeSimilarity;
      institutionPropensity = c.institutionPropensity;
      inhabitantPropensity = c.inhabitantPropensity;
      associationPropensity = c.associationPropensity;
      aspirationGap = c.aspirationGap;
      supportMargin = c.supportMargin;
      abstainMargin = c.abstainMargin;
      negligibleEffect = c.negligibleEffect;
      proposalEffectMinimum = c.proposalEffectMinimum;
      proposalCostMinimum = c.proposalCostMinimum;
      proposalCostSpread = c.proposalCostSpread;
      mergedCostFactor = c.mergedCostFactor;
      moneyShareMinimum = c.moneyShareMinimum;
      moneyShareSpread = c.moneyShareSpread;
      moneyMinimum = c.moneyMinimum;
      hoursMinimum = c.hoursMinimum;
      hoursSpread = c.hoursSpread;
      leaningMinimum = c.leaningMinimum;
      leaningSpread = c.leaningSpread;
      costAversionMinimum = c.costAversionMinimum;
      costAversionSpread = c.costAversionSpread;
      reservationMaximum = c.reservationMaximum;
      competenceChance = c.competenceChance;
      roundRule = c.roundRule;
      deliveryShare = c.deliveryShare;
      deliveryVariation = c.deliveryVariation;
    }

    /**
     * Sets how many actors the territory has.
     *
     * @param value at least 2
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder actors(int value) {
      actors = value;
      return this;
    }

    /**
     * Sets the share of institutions.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder institutionShare(double value) {
      institutionShare = value;
      return this;
    }

    /**
     * Sets the share of inhabitants.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder inhabitantShare(double value) {
      inhabitantShare = value;
      return this;
    }

    /**
     * Sets the share of associations.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder associationShare(double value) {
      associationShare = value;
      return this;
    }

    /**
     * Sets how many stakes the territory has.
     *
     * @param value from 1 to 64
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stakes(int value) {
      stakes = value;
      return this;
    }

    /**
     * Sets how many proposals are submitted.
     *
     * @param value from 1 to 64
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposals(int value) {
      proposals = value;
      return this;
    }

    /**
     * Sets how actors concede over the rounds.
     *
     * @param value the strategy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder strategy(Strategy value) {
      strategy = checkNotNull(value, "strategy must not be null");
      return this;
    }

    /**
     * Sets the harm threshold.
     *
     * @param value positive
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder harmThreshold(double value) {
      harmThreshold = value;
      return this;
    }

    /**
     * Sets the heterogeneity of preferences.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder heterogeneity(double value) {
      heterogeneity = value;
      return this;
    }

    /**
     * Sets the amendment step.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder amendmentStep(double value) {
      amendmentStep = value;
      return this;
    }

    /**
     * Sets the merge similarity.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mergeSimilarity(double value) {
      mergeSimilarity = value;
      return this;
    }

    /**
     * Sets the institutions' propensity to take part.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder institutionPropensity(double value) {
      institutionPropensity = value;
      return this;
    }

    /**
     * Sets the inhabitants' propensity to take part.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder inhabitantPropensity(double value) {
      inhabitantPropensity = value;
      return this;
    }

    /**
     * Sets the associations' propensity to take part.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder associationPropensity(double value) {
      associationPropensity = value;
      return this;
    }

    /**
     * Sets the aspiration gap.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder aspirationGap(double value) {
      aspirationGap = value;
      return this;
    }

    /**
     * Sets the support margin.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder supportMargin(double value) {
      supportMargin = value;
      return this;
    }

    /**
     * Sets the abstain margin.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder abstainMargin(double value) {
      abstainMargin = value;
      return this;
    }

    /**
     * Sets the negligible effect.
     *
     * @param value above 0, at most 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder negligibleEffect(double value) {
      negligibleEffect = value;
      return this;
    }

    /**
     * Sets the proposal effect minimum.
     *
     * @param value above 0, at most 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposalEffectMinimum(double value) {
      proposalEffectMinimum = value;
      return this;
    }

    /**
     * Sets the proposal cost minimum.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposalCostMinimum(double value) {
      proposalCostMinimum = value;
      return this;
    }

    /**
     * Sets the proposal cost spread.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposalCostSpread(double value) {
      proposalCostSpread = value;
      return this;
    }

    /**
     * Sets the merged cost factor.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mergedCostFactor(double value) {
      mergedCostFactor = value;
      return this;
    }

    /**
     * Sets the money share minimum.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder moneyShareMinimum(double value) {
      moneyShareMinimum = value;
      return this;
    }

    /**
     * Sets the money share spread.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder moneyShareSpread(double value) {
      moneyShareSpread = value;
      return this;
    }

    /**
     * Sets the money minimum.
     *
     * @param value at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder moneyMinimum(long value) {
      moneyMinimum = value;
      return this;
    }

    /**
     * Sets the hours minimum.
     *
     * @param value at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hoursMinimum(int value) {
      hoursMinimum = value;
      return this;
    }

    /**
     * Sets the hours spread.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hoursSpread(int value) {
      hoursSpread = value;
      return this;
    }

    /**
     * Sets the leaning minimum.
     *
     * @param value from -1 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder leaningMinimum(double value) {
      leaningMinimum = value;
      return this;
    }

    /**
     * Sets the leaning spread.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder leaningSpread(double value) {
      leaningSpread = value;
      return this;
    }

    /**
     * Sets the cost aversion minimum.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder costAversionMinimum(double value) {
      costAversionMinimum = value;
      return this;
    }

    /**
     * Sets the cost aversion spread.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder costAversionSpread(double value) {
      costAversionSpread = value;
      return this;
    }

    /**
     * Sets the reservation maximum.
     *
     * @param value not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder reservationMaximum(double value) {
      reservationMaximum = value;
      return this;
    }

    /**
     * Sets the competence chance.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder competenceChance(double value) {
      competenceChance = value;
      return this;
    }

    /**
     * Sets the ballot rule of every negotiation round.
     *
     * @param value the rule, or empty for the charter's own rounds
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder roundRule(Optional<BallotRule> value) {
      roundRule = checkNotNull(value, "roundRule must not be null (use Optional.empty())");
      return this;
    }

    /**
     * Sets the share of each commitment that its carrier delivers.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder deliveryShare(double value) {
      deliveryShare = value;
      return this;
    }

    /**
     * Sets how far each carrier's share departs from the delivery share.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder deliveryVariation(double value) {
      deliveryVariation = value;
      return this;
    }

    /**
     * Validates the parameters and builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException if a parameter is out of its range, naming it and its value
     */
    public SimulationConfig build() {
      return new SimulationConfig(
          actors,
          institutionShare,
          inhabitantShare,
          associationShare,
          stakes,
          proposals,
          strategy,
          harmThreshold,
          heterogeneity,
          amendmentStep,
          mergeSimilarity,
          institutionPropensity,
          inhabitantPropensity,
          associationPropensity,
          aspirationGap,
          supportMargin,
          abstainMargin,
          negligibleEffect,
          proposalEffectMinimum,
          proposalCostMinimum,
          proposalCostSpread,
          mergedCostFactor,
          moneyShareMinimum,
          moneyShareSpread,
          moneyMinimum,
          hoursMinimum,
          hoursSpread,
          leaningMinimum,
          leaningSpread,
          costAversionMinimum,
          costAversionSpread,
          reservationMaximum,
          competenceChance,
          roundRule,
          deliveryShare,
          deliveryVariation);
    }
  }
}
