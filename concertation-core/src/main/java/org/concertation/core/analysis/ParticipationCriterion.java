package org.concertation.core.analysis;

import java.util.Locale;

/**
 * A criterion that places a process on the participation scales, in the order of the IAP2 level
 * that first needs it: {@link Iap2Level#CONSULT} needs {@link #ANSWERS}; {@link Iap2Level#INVOLVE}
 * also needs {@link #PROPOSALS}; {@link Iap2Level#COLLABORATE} also needs {@link #DECISION}, {@link
 * #WEIGHT}, {@link #NO_OVERRULE}, {@link #CO_CARRYING} and {@link #EVALUATION}; {@link
 * Iap2Level#EMPOWER} also needs {@link #AGENDA}.
 *
 * <p>"Citizens" are the actors taking part as participants whose kind is not {@code institution}.
 */
public enum ParticipationCriterion {
  /** The project owner owes a reasoned answer to every proposal ({@code answersOwed}). */
  ANSWERS(Iap2Level.CONSULT),
  /** Citizens may submit proposals ({@code PROPOSE} grants). */
  PROPOSALS(Iap2Level.INVOLVE),
  /** Citizens take positions in the rounds that decide ({@code TAKE_POSITION} grants). */
  DECISION(Iap2Level.COLLABORATE),
  /**
   * Citizens' positions weigh at least half: under a college rule, the colleges open to citizens
   * hold at least half the weight; a head-count rule weighs each position alike.
   */
  WEIGHT(Iap2Level.COLLABORATE),
  /** The project owner may not decline what a round adopted ({@code ownerMayOverrule}). */
  NO_OVERRULE(Iap2Level.COLLABORATE),
  /**
   * Each action needs carriers of at least two kinds ({@code minCarrierKinds}); in a run that ended
   * and records deliveries, carriers of two kinds delivered to each action.
   */
  CO_CARRYING(Iap2Level.COLLABORATE),
  /**
   * Citizens choose the evaluation criteria ({@code DEFINE_CRITERION} grants) and, where proposals
   * or actions are graded on them, citizens are among those who grade ({@code ASSESS} grants; in a
   * run, the graders ex ante and ex post): criteria imposed by the owner, or criteria of the
   * citizens by which only the power holders judge, keep a process below collaborate.
   */
  EVALUATION(Iap2Level.COLLABORATE),
  /**
   * Citizens frame the agenda: they register actors, validate stakes or chair rounds ({@code
   * REGISTER}, {@code VALIDATE_STAKE}, {@code CHAIR} grants).
   */
  AGENDA(Iap2Level.EMPOWER);

  private final Iap2Level neededFor;

  ParticipationCriterion(Iap2Level neededFor) {
    this.neededFor = neededFor;
  }

  /**
   * The lowest IAP2 level that needs this criterion met.
   *
   * @return the level
   */
  public Iap2Level neededFor() {
    return neededFor;
  }

  /**
   * The criterion's name in lower case with dashes, as printed: {@code no-overrule}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
