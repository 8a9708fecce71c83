package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.P4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Quorum;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.history.BallotFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.history.RoundFact;
import org.junit.jupiter.api.Test;

/** Ballot rounds: rankings, approvals, grades and budgets cast and counted in the process. */
class BallotSpec {
  private static final BallotRule SCHULZE = BallotRule.ranked("schulze");
  private static final BallotRule MAJORITY_JUDGMENT =
      BallotRule.majorityJudgment("reject", "poor", "fair", "good", "excellent");

  private final Fixture f = new Fixture();

  /** The project logic whose first round decides by this ballot rule. */
  private static Charter ballotFirst(BallotRule rule) {
    return Charter.builder().from(Charters.projectLogic()).ballotRules(Map.of(1, rule)).build();
  }

  private Run ballotRound(BallotRule rule) {
    return f.inNegotiation(ballotFirst(rule)).ok(f.openRound(FACILITATOR, P1, P2, P3));
  }

  private Command cast(Actor by, Ballot ballot) {
    return new Command.CastBallot(by.id(), f.at(), ballot);
  }

  private static Ballot ranking(ProposalId... order) {
    return Ballot.Ranking.strict(order);
  }

  private static Ballot grades(int p1, int p2, int p3) {
    return Ballot.Grades.of(ImmutableMap.of(P1, p1, P2, p2, P3, p3));
  }

  private static BallotOutcome outcomeOf(Run run) {
    Event last = run.events().get(run.events().size() - 1);
    assertThat(last).isInstanceOf(Event.RoundClosed.class);
    return ((Event.RoundClosed) last).ballot().orElseThrow();
  }

  @Test
  void opensABallotRoundUnderTheCharterBallotRule() {
    Run run = f.inNegotiation(ballotFirst(SCHULZE));
    Command command = f.openRound(FACILITATOR, P1, P2);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.RoundOpened(
                    command.at(),
                    FACILITATOR.id(),
                    1,
                    ImmutableList.of(P1, P2),
                    Charters.projectLogic().rule(),
                    Optional.of(SCHULZE)));
    assertThat(after.openRound())
        .hasValueSatisfying(
            r -> {
              assertThat(r.isBallotRound()).isTrue();
              assertThat(r.ballotRule()).contains(SCHULZE);
            });
  }

  @Test
  void castsARankingInABallotRound() {
    Run run = ballotRound(SCHULZE);
    Command command = cast(INES, ranking(P2, P1));
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.BallotCast(command.at(), 1, INES.id(), ranking(P2, P1)));
    assertThat(after.openRound().orElseThrow().ballots())
        .containsExactly(Map.entry(INES.id(), ranking(P2, P1)));
  }

  @Test
  void rejectsAPositionInABallotRound() {
    Spec.given(ballotRound(SCHULZE))
        .when(f.position(INES, P1, Stance.SUPPORT))
        .thenRejected(new Rejection.BallotRound(1));
  }

  @Test
  void rejectsABallotInAPositionRound() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1, P2));
    Spec.given(run).when(cast(INES, ranking(P1, P2))).thenRejected(new Rejection.PositionRound(1));
  }

  @Test
  void rejectsABallotWithNoRoundOpen() {
    Spec.given(f.inNegotiation(ballotFirst(SCHULZE)))
        .when(cast(INES, ranking(P1)))
        .thenRejected(new Rejection.NoRoundOpen());
  }

  @Test
  void rejectsABallotBeforeTheNegotiation() {
    Spec.given(f.inProposals(ballotFirst(SCHULZE)))
        .when(cast(INES, ranking(P1)))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.TAKE_POSITION, Phase.PROPOSALS, Command.CastBallot.class));
  }

  @Test
  void rejectsABallotFromAnActorTheCharterDoesNotLetVote() {
    Spec.given(ballotRound(SCHULZE))
        .when(cast(FACILITATOR, ranking(P1)))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(),
                Activity.TAKE_POSITION,
                Phase.NEGOTIATION,
                Command.CastBallot.class));
  }

  @Test
  void rejectsApprovalsWhereTheRuleCountsRankings() {
    Spec.given(ballotRound(SCHULZE))
        .when(cast(INES, Ballot.Approvals.of(P1)))
        .thenRejected(new Rejection.WrongBallotKind(1, Ballot.Kind.APPROVALS, Ballot.Kind.RANKING));
  }

  @Test
  void rejectsARankingOfAProposalNotOnTheAgenda() {
    Spec.given(ballotRound(SCHULZE))
        .when(cast(INES, ranking(P1, P4)))
        .thenRejected(new Rejection.NotOnAgenda(P4, 1));
  }

  @Test
  void rejectsARankingThatNamesAProposalTwice() {
    Spec.given(ballotRound(SCHULZE))
        .when(cast(INES, Ballot.Ranking.of(List.of(List.of(P1, P2), List.of(P1)))))
        .thenRejected(new Rejection.RankedTwice(P1, 1));
  }

  @Test
  void rejectsAnEmptyRanking() {
    Spec.given(ballotRound(SCHULZE))
        .when(cast(INES, Ballot.Ranking.of(List.of())))
        .thenRejected(new Rejection.IncompleteBallot(1, ImmutableSet.of(P1, P2, P3)));
  }

  @Test
  void acceptsApprovalsOfNothing() {
    Spec.given(ballotRound(BallotRule.approval()))
        .when(cast(INES, Ballot.Approvals.of()))
        .thenSingle(Event.BallotCast.class);
  }

  @Test
  void rejectsAGradeOffTheScale() {
    Spec.given(ballotRound(MAJORITY_JUDGMENT))
        .when(cast(INES, grades(4, 5, 0)))
        .thenRejected(new Rejection.GradeOffScale(P2, 5, 0, 4));
  }

  @Test
  void rejectsGradesThatLeaveAProposalOfTheAgendaUngraded() {
    Spec.given(ballotRound(MAJORITY_JUDGMENT))
        .when(cast(INES, Ballot.Grades.of(ImmutableMap.of(P1, 3))))
        .thenRejected(new Rejection.IncompleteBallot(1, ImmutableSet.of(P2, P3)));
  }

  @Test
  void rejectsASecondBallotInTheSameRound() {
    Run run = ballotRound(SCHULZE).ok(cast(INES, ranking(P1, P2)));
    Spec.given(run)
        .when(cast(INES, ranking(P2, P1)))
        .thenRejected(new Rejection.AlreadyVoted(INES.id(), 1));
  }

  @Test
  void aLaterBallotReplacesTheEarlierOneWhereTheCharterSaysSo() {
    Charter replacing =
        Charter.builder().from(ballotFirst(SCHULZE)).laterBallotReplaces(true).build();
    Run run =
        f.inNegotiation(replacing)
            .ok(
                f.openRound(FACILITATOR, P1, P2, P3),
                cast(INES, ranking(P1, P2, P3)),
                cast(INES, ranking(P3, P2, P1)));
    assertThat(run.state().openRound().orElseThrow().ballots())
        .containsExactly(Map.entry(INES.id(), ranking(P3, P2, P1)));
    run.ok(f.closeRound(FACILITATOR));
    assertThat(outcomeOf(run).chosen()).containsExactly(P3);
    assertThat(outcomeOf(run).ballots()).isEqualTo(1);
  }

  @Test
  void closingARankedRoundAdoptsTheSchulzeWinnerAndRejectsTheOthers() {
    Run run =
        ballotRound(SCHULZE)
            .ok(
                cast(INES, ranking(P1, P2, P3)),
                cast(IVAN, ranking(P1, P3, P2)),
                cast(ASSO, ranking(P2, P1, P3)),
                cast(LANDLORD, ranking(P3, P1, P2)));
    Command close = f.closeRound(FACILITATOR);
    ProcessState after =
        Spec.given(run)
            .when(close)
            .then(
                new Event.RoundClosed(
                    close.at(),
                    FACILITATOR.id(),
                    1,
                    ImmutableList.of(),
                    Optional.of(
                        new BallotOutcome(
                            "schulze",
                            4,
                            true,
                            false,
                            ImmutableList.of(P1),
                            ImmutableMap.of(
                                P1, ProposalStatus.ADOPTED,
                                P2, ProposalStatus.REJECTED,
                                P3, ProposalStatus.REJECTED)))));
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(after.proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(after.openRound()).isEmpty();
  }

  @Test
  void theHistoryTellsTheBallotRoundItsBallotsAndItsOutcome() {
    Charter charter = ballotFirst(SCHULZE);
    Run run =
        f.inNegotiation(charter)
            .ok(
                f.openRound(FACILITATOR, P1, P2, P3),
                cast(INES, ranking(P1, P2, P3)),
                cast(ASSO, ranking(P1, P3, P2)),
                f.closeRound(FACILITATOR));
    ProcessHistory history = ProcessHistory.of(charter, run.events());
    RoundFact round = history.ballotRounds().get(0);
    assertThat(round.ballotRule()).contains(SCHULZE);
    assertThat(round.countedBallots()).containsOnlyKeys(INES.id(), ASSO.id());
    assertThat(history.ballots())
        .extracting(BallotFact::voter)
        .containsExactly(INES.id(), ASSO.id());
    assertThat(round.ballotOutcome().orElseThrow().chosen()).containsExactly(P1);
    assertThat(history.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    ProcessSummary.Round summary = ProcessSummary.of("s", "h", history).rounds().get(0);
    assertThat(summary.rule()).isEqualTo("schulze");
    assertThat(summary.adopted()).containsExactly(P1);
    assertThat(summary.rejected()).containsExactly(P2, P3);
  }

  @Test
  void theRecountOfARankedRoundIsTheStandaloneRuleOnItsBallots() {
    Run run =
        ballotRound(SCHULZE)
            .ok(
                cast(INES, ranking(P1, P2, P3)),
                cast(IVAN, ranking(P1, P3, P2)),
                cast(ASSO, ranking(P2, P1, P3)),
                cast(LANDLORD, ranking(P3, P1, P2)),
                f.closeRound(FACILITATOR));
    BallotCount count = BallotRounds.recount(run.events(), 1);
    ChoiceOutcome standalone =
        RankedRule.SCHULZE.apply(
            Profile.of(
                List.of("p1", "p2", "p3"),
                List.of(
                    RankedBallot.strict(1, "p2", "p1", "p3"),
                    RankedBallot.strict(1, "p1", "p2", "p3"),
                    RankedBallot.strict(1, "p1", "p3", "p2"),
                    RankedBallot.strict(1, "p3", "p1", "p2"))));
    assertThat(count.choice()).contains(standalone);
    assertThat(count.chosen()).isEqualTo(outcomeOf(run).chosen());
    assertThat(count.explanation()).isEqualTo(standalone.explanation());
  }

  @Test
  void aTieTheRuleFlagsCarriesTheAgendaToTheNextRound() {
    Run run =
        f.inNegotiation(ballotFirst(BallotRule.ranked("plurality")))
            .ok(
                f.openRound(FACILITATOR, P1, P2, P3),
                cast(INES, ranking(P1)),
                cast(ASSO, ranking(P2)),
                f.closeRound(FACILITATOR));
    BallotOutcome outcome = outcomeOf(run);
    assertThat(outcome.tie()).isTrue();
    assertThat(outcome.chosen()).containsExactly(P1, P2);
    assertThat(outcome.carried()).containsExactly(P1, P2, P3);
    assertThat(run.state().proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void aTieInTheLastRoundAdoptsNothingTheTieLeavesInDoubt() {
    Charter oneRound =
        Charter.builder()
            .from(Charters.projectLogic())
            .roundLimit(1)
            .ballotRules(Map.of(1, BallotRule.ranked("plurality")))
            .build();
    Run run =
        f.inNegotiation(oneRound)
            .ok(
                f.openRound(FACILITATOR, P1, P2, P3),
                cast(INES, ranking(P1)),
                cast(ASSO, ranking(P2)),
                f.closeRound(FACILITATOR));
    assertThat(outcomeOf(run).statuses())
        .containsExactly(
            Map.entry(P1, ProposalStatus.REJECTED),
            Map.entry(P2, ProposalStatus.REJECTED),
            Map.entry(P3, ProposalStatus.REJECTED));
  }

  @Test
  void shortOfQuorumTheAgendaIsCarried() {
    BallotRule withQuorum = SCHULZE.withQuorum(Quorum.overall(Fraction.HALF));
    Run run = ballotRound(withQuorum).ok(cast(INES, ranking(P1)), f.closeRound(FACILITATOR));
    BallotOutcome outcome = outcomeOf(run);
    assertThat(outcome.quorumMet()).isFalse();
    assertThat(outcome.chosen()).isEmpty();
    assertThat(outcome.carried()).containsExactly(P1, P2, P3);
  }

  @Test
  void aCollegeShortOfItsQuorumCarriesTheAgenda() {
    BallotRule perCollege = SCHULZE.withQuorum(Quorum.of(Fraction.ZERO, Fraction.HALF));
    Run run =
        ballotRound(perCollege)
            .ok(
                cast(INES, ranking(P1)),
                cast(IVAN, ranking(P1)),
                cast(LANDLORD, ranking(P1)),
                f.closeRound(FACILITATOR));
    assertThat(outcomeOf(run).quorumMet()).as("the associations' college did not vote").isFalse();
  }

  @Test
  void aBudgetRoundAdoptsWhatFitsTheEnvelope() {
    BallotRule greedy = BallotRule.budget("greedy", 2000);
    Run run =
        ballotRound(greedy)
            .ok(
                cast(INES, Ballot.Approvals.of(P1, P2)),
                cast(IVAN, Ballot.Approvals.of(P1)),
                cast(ASSO, Ballot.Approvals.of(P2, P3)),
                cast(LANDLORD, Ballot.Approvals.of(P1, P3)),
                cast(OWNER, Ballot.Approvals.of(P1)),
                f.closeRound(FACILITATOR));
    BallotOutcome outcome = outcomeOf(run);
    BudgetOutcome standalone =
        BudgetRule.greedy(Utility.COST)
            .apply(
                BudgetElection.of(
                    2000,
                    List.of(Project.of("p1", 1000), Project.of("p2", 1000), Project.of("p3", 1000)),
                    List.of(
                        List.of("p1", "p3"),
                        List.of("p2", "p3"),
                        List.of("p1", "p2"),
                        List.of("p1"),
                        List.of("p1"))));
    assertThat(outcome.chosen()).containsExactly(P1, P2);
    assertThat(outcome.chosen().stream().map(ProposalId::value))
        .containsExactlyElementsOf(standalone.selected());
    assertThat(BallotRounds.recount(run.events(), 1).budget()).contains(standalone);
    assertThat(outcome.statuses()).containsEntry(P3, ProposalStatus.REJECTED);
  }

  @Test
  void equalSharesCompletedByIncrementsThenGreedyCountsInTheProcess() {
    BallotRule mes = BallotRule.budget("mes", 2500).withIncrement("1%").withGreedyCompletion(true);
    Run run =
        ballotRound(mes)
            .ok(
                cast(INES, Ballot.Approvals.of(P1, P2)),
                cast(ASSO, Ballot.Approvals.of(P3)),
                f.closeRound(FACILITATOR));
    BallotCount count = BallotRounds.recount(run.events(), 1);
    assertThat(count.budget().orElseThrow().cost()).isLessThanOrEqualTo(2500);
    assertThat(count.budget().orElseThrow().details()).containsKey("increment");
    assertThat(outcomeOf(run).chosen()).isEqualTo(count.chosen());
  }

  @Test
  void rejectsABudgetRoundOnAProposalWithoutACost() {
    Run run =
        f.inProposals(ballotFirst(BallotRule.budget("greedy", 2000)))
            .ok(
                new Command.SubmitProposal(
                    INES.id(),
                    f.at(),
                    P1,
                    ProposalContent.of("benches", "benches on the square", Fixture.YOUTH),
                    ImmutableSet.of()),
                f.submit(ASSO, P2, Fixture.MOBILITY),
                f.advance(FACILITATOR));
    Spec.given(run)
        .when(f.openRound(FACILITATOR, P2, P1))
        .thenRejected(new Rejection.CostNeeded(P1));
  }

  @Test
  void rejectsAKemenyRoundOnMoreProposalsThanItRanksExactly() {
    Run run = f.inProposals(ballotFirst(BallotRule.ranked("kemeny")));
    ImmutableList.Builder<ProposalId> agenda = ImmutableList.builder();
    for (int i = 1; i <= RankedRule.KEMENY_LIMIT + 1; i++) {
      ProposalId id = ProposalId.of("k" + i);
      run.ok(f.submit(INES, id, Fixture.YOUTH));
      agenda.add(id);
    }
    run.ok(f.advance(FACILITATOR));
    Spec.given(run)
        .when(new Command.OpenRound(FACILITATOR.id(), f.at(), agenda.build()))
        .thenRejected(
            new Rejection.AgendaTooLong(
                RankedRule.KEMENY_LIMIT + 1, RankedRule.KEMENY_LIMIT, "kemeny"));
  }

  @Test
  void aJudgingRuleAdoptsEachProposalWhoseMajorityGradeReachesTheThreshold() {
    Run run =
        ballotRound(MAJORITY_JUDGMENT.judging(3))
            .ok(
                cast(INES, grades(4, 1, 3)),
                cast(IVAN, grades(3, 2, 3)),
                cast(ASSO, grades(3, 3, 2)),
                cast(LANDLORD, grades(2, 0, 2)),
                cast(OWNER, grades(4, 1, 4)),
                f.closeRound(FACILITATOR));
    assertThat(outcomeOf(run).chosen()).containsExactly(P1, P3);
    assertThat(outcomeOf(run).statuses()).containsEntry(P2, ProposalStatus.REJECTED);
  }

  @Test
  void aRoundWithoutBallotsAdoptsNothing() {
    Run run = ballotRound(SCHULZE).ok(f.closeRound(FACILITATOR));
    assertThat(outcomeOf(run).ballots()).isZero();
    assertThat(outcomeOf(run).statuses().values()).containsOnly(ProposalStatus.REJECTED);
  }

  @Test
  void theHistoryCheckRefusesABallotOutcomeThatTheBallotsDoNotGive() {
    Run run = ballotRound(SCHULZE).ok(cast(INES, ranking(P2, P1, P3)));
    Event.RoundClosed forged =
        new Event.RoundClosed(
            f.at(),
            FACILITATOR.id(),
            1,
            ImmutableList.of(),
            Optional.of(
                new BallotOutcome(
                    "schulze",
                    1,
                    true,
                    false,
                    ImmutableList.of(P1),
                    ImmutableMap.of(
                        P1, ProposalStatus.ADOPTED,
                        P2, ProposalStatus.REJECTED,
                        P3, ProposalStatus.REJECTED))));
    assertThat(HistoryCheck.create().check(run.state(), forged))
        .hasValueSatisfying(
            reason -> assertThat(reason).isInstanceOf(ImpossibleEvent.NotCaused.class));
  }

  @Test
  void aCharterWhoseBallotRuleCannotBeCountedIsRefusedWhenUsed() {
    ConcertationDecider decider = ConcertationDecider.create();
    assertThatThrownBy(() -> decider.initialState(ballotFirst(BallotRule.ranked("dictator"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("round 1")
        .hasMessageContaining("dictator");
  }

  @Test
  void aCharterRefusesAPositionRuleAndABallotRuleForOneRound() {
    assertThatThrownBy(
            () ->
                Charter.builder()
                    .from(Charters.projectLogic())
                    .roundRules(Map.of(2, DecisionRule.simpleMajority()))
                    .ballotRules(Map.of(2, SCHULZE))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("round 2 has both a position rule and a ballot rule");
  }
}
