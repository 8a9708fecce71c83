package org.concertation.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;

/**
 * Ready-made charters for the two logics of social development: the {@linkplain #projectLogic()
 * project logic} (bottom-up, negotiated, co-carried) and the {@linkplain #missionLogic() mission
 * logic} (top-down, siloed, controlled by quantity). Start from one and adjust it with {@code
 * Charter.builder().from(...)}.
 */
public final class Charters {
  private static final Phase[] ALL_PHASES = {
    Phase.FRAMING,
    Phase.DIAGNOSIS,
    Phase.PROPOSALS,
    Phase.NEGOTIATION,
    Phase.ACTION,
    Phase.EVALUATION
  };

  private Charters() {}

  /** The names of the ready-made charters that {@link #named(String)} knows, in order. */
  public static final ImmutableList<String> NAMES =
      ImmutableList.of("project", "mission", "prospective");

  /**
   * A ready-made charter by its short name, as scenario files, the command line and the HTTP
   * service name them: {@code project} ({@link #projectLogic()}), {@code mission} ({@link
   * #missionLogic()}) or {@code prospective} ({@link #prospectiveProjectLogic()}).
   *
   * @param name the short name
   * @return the charter, or empty when the name is none of {@link #NAMES}
   */
  public static Optional<Charter> named(String name) {
    checkNotNull(name, "name must not be null");
    return switch (name) {
      case "project" -> Optional.of(projectLogic());
      case "mission" -> Optional.of(missionLogic());
      case "prospective" -> Optional.of(prospectiveProjectLogic());
      default -> Optional.empty();
    };
  }

  /**
   * Granted to institutions taking part or owning the project, not to facilitators or guarantors.
   */
  private static Grant institutions(Activity activity) {
    return new Grant(
        activity,
        ImmutableSet.of(Role.PARTICIPANT, Role.PROJECT_OWNER),
        ImmutableSet.of(ActorKind.INSTITUTION),
        ImmutableSet.of());
  }

  /**
   * The project logic: any actor joins, contributes to the diagnosis, proposes and amends; the
   * diagnosis is shared only when institutions, inhabitants and associations have all contributed;
   * three colleges of equal weight (institutions, inhabitants, associations) co-decide by a
   * majority inside every college, where a reasoned objection blocks until the proposal is amended
   * (a tie is carried over), with a quorum of a third overall and a quarter in each college, over
   * at most three rounds; negotiation may go back to proposals or to the diagnosis; the project
   * owner answers every proposal once the rounds have decided it, and may not overrule a decision;
   * actions need carriers of at least two kinds; the participants choose the evaluation criteria
   * and rate.
   *
   * @return the charter
   */
  public static Charter projectLogic() {
    Role[] participants = {Role.PARTICIPANT, Role.PROJECT_OWNER};
    return Charter.builder()
        .name("project logic")
        .addPhases(ALL_PHASES)
        .addColleges(
            College.of("institutions", "Institutions", 1, ActorKind.INSTITUTION),
            College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
            College.of("associations", "Associations", 1, ActorKind.ASSOCIATION))
        .addDiagnosisKinds(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION)
        .rule(
            DecisionRule.collegeMajority()
                .withObjectionsBlocking(true)
                .withQuorum(Quorum.of(Fraction.of(1, 3), Fraction.of(1, 4)))
                .withTieBreak(TieBreak.CARRY_OVER))
        .roundLimit(3)
        .addReopenable(Phase.DIAGNOSIS, Phase.PROPOSALS)
        .minCarrierKinds(2)
        .answersOwed(true)
        .ownerMayOverrule(false)
        .addGrants(
            Grant.toAll(Activity.JOIN),
            Grant.toRoles(Activity.REGISTER, Role.PROJECT_OWNER, Role.FACILITATOR),
            Grant.toRoles(Activity.CONTRIBUTE, participants),
            Grant.toRoles(Activity.VALIDATE_STAKE, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.PROPOSE, participants),
            Grant.toRoles(Activity.AMEND, participants),
            Grant.toRoles(Activity.MERGE, Role.PARTICIPANT, Role.PROJECT_OWNER, Role.FACILITATOR),
            Grant.toRoles(Activity.FACILITATE, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.CHAIR, Role.FACILITATOR),
            Grant.toRoles(Activity.TAKE_POSITION, participants),
            Grant.toRoles(Activity.ANSWER, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.ADOPT_OBJECTIVE, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(
                Activity.PLAN_ACTION, Role.PARTICIPANT, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.COMMIT, participants),
            Grant.toRoles(Activity.REPORT, Role.PARTICIPANT, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.DEFINE_CRITERION, Role.PARTICIPANT),
            Grant.toRoles(Activity.RATE, participants),
            Grant.toRoles(Activity.GOVERN, Role.PROJECT_OWNER))
        .build();
  }

  /** The step by which the voters' budgets grow in {@link #participatoryBudget}: 1% of it. */
  private static final String BUDGET_STEP = "1%";

  /**
   * A participatory budget: inhabitants propose projects with their cost; the project owner answers
   * each proposal on its feasibility before the vote (so it may answer before the round decides),
   * and a proposal it declines as infeasible cannot be put on the ballot; in a single ballot round,
   * inhabitants approve the projects they want, and the Method of Equal Shares (cost utility),
   * completed by raising the voters' budgets by 1% of the envelope and then by greedy, funds
   * projects within the envelope; the funded projects are adopted, the others rejected; the owner
   * then plans and reports the actions.
   *
   * @param envelope the amount the budget may spend, at least 0
   * @return the charter
   */
  public static Charter participatoryBudget(long envelope) {
    return Charter.builder()
        .name("participatory budget")
        .addPhases(Phase.FRAMING, Phase.PROPOSALS, Phase.NEGOTIATION, Phase.ACTION)
        .rule(DecisionRule.simpleMajority())
        .ballotRules(
            ImmutableMap.of(
                1,
                BallotRule.budget("mes", envelope)
                    .withIncrement(BUDGET_STEP)
                    .withGreedyCompletion(true)))
        .roundLimit(1)
        .minCarrierKinds(1)
        .answersOwed(true)
        .ownerMayOverrule(true)
        .addGrants(
            Grant.toAll(Activity.JOIN),
            Grant.toRoles(Activity.REGISTER, Role.PROJECT_OWNER, Role.FACILITATOR),
            Grant.toKinds(Activity.PROPOSE, ActorKind.INHABITANT),
            Grant.toKinds(Activity.AMEND, ActorKind.INHABITANT),
            Grant.toRoles(Activity.FACILITATE, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.CHAIR, Role.FACILITATOR, Role.PROJECT_OWNER),
            Grant.toKinds(Activity.TAKE_POSITION, ActorKind.INHABITANT),
            Grant.toRoles(Activity.ANSWER, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.ADOPT_OBJECTIVE, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.PLAN_ACTION, Role.PROJECT_OWNER),
            Grant.toAll(Activity.COMMIT),
            Grant.toRoles(Activity.REPORT, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.GOVERN, Role.PROJECT_OWNER))
        .build();
  }

  /**
   * The mission logic: institutions frame, propose and decide alone, by a simple majority of
   * institutions in a single round; inhabitants and associations may join and are consulted on the
   * diagnosis, which is shared once institutions have contributed; the project owner runs the
   * process, may overrule a decision, plans the actions and sets the evaluation criteria;
   * institutional agents execute alone (one kind of carrier suffices) and rate against quantitative
   * indicators set from the top.
   *
   * @return the charter
   */
  public static Charter missionLogic() {
    return Charter.builder()
        .name("mission logic")
        .addPhases(ALL_PHASES)
        .addDiagnosisKinds(ActorKind.INSTITUTION)
        .rule(DecisionRule.simpleMajority())
        .roundLimit(1)
        .minCarrierKinds(1)
        .answersOwed(true)
        .ownerMayOverrule(true)
        .addGrants(
            Grant.toAll(Activity.JOIN),
            Grant.toRoles(Activity.REGISTER, Role.PROJECT_OWNER),
            Grant.toAll(Activity.CONTRIBUTE),
            Grant.toRoles(Activity.VALIDATE_STAKE, Role.PROJECT_OWNER),
            institutions(Activity.PROPOSE),
            institutions(Activity.AMEND),
            institutions(Activity.MERGE),
            Grant.toRoles(Activity.FACILITATE, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.CHAIR, Role.PROJECT_OWNER, Role.FACILITATOR),
            institutions(Activity.TAKE_POSITION),
            Grant.toRoles(Activity.ANSWER, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.ADOPT_OBJECTIVE, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.PLAN_ACTION, Role.PROJECT_OWNER),
            institutions(Activity.COMMIT),
            Grant.toRoles(Activity.REPORT, Role.PROJECT_OWNER),
            Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER),
            institutions(Activity.RATE),
            Grant.toRoles(Activity.GOVERN, Role.PROJECT_OWNER))
        .build();
  }

  // exante: criteria early and prospective assessment

  /**
   * The project logic with an evaluation that looks ahead: as {@link #projectLogic()}, but the
   * participants choose the criteria as early as the diagnosis, each with its grade scale, and
   * weigh them by a graded vote; before any decision the facilitator opens prospective assessments
   * in which participants and the project owner grade every proposal on every criterion. Set {@code
   * assessmentGate} on a copy to let only well-graded proposals go to the decision round.
   *
   * @return the charter
   */
  public static Charter prospectiveProjectLogic() {
    Role[] participants = {Role.PARTICIPANT, Role.PROJECT_OWNER};
    return Charter.builder()
        .from(projectLogic())
        .name("prospective project logic")
        .criteriaFrom(Phase.DIAGNOSIS)
        .addGrants(
            Grant.toRoles(Activity.ASSESS, participants),
            Grant.toRoles(Activity.CHAIR_ASSESSMENT, Role.FACILITATOR))
        .build();
  }
}
