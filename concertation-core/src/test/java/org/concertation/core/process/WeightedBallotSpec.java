package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.ballot.Recount;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.exact.Q;
import org.junit.jupiter.api.Test;

/**
 * Weighted colleges in ballot rounds: each college counts its weight whatever its number of voters.
 *
 * <p>The territory of {@link Fixture}, under the project logic whose associations' college weighs 2
 * and the two others 1: the inhabitants' college holds Inès and Ivan, the institutions' college the
 * town hall and the landlord (the facilitator does not vote), the associations' college the
 * residents' association alone. Three inhabitants-and-owner ballots for p1 against two for p2 make
 * p1 the winner one voter one vote; weighted, each inhabitant weighs 1/2, the town hall and the
 * landlord 1/2 each, the association 2, so p1 has 1/2 + 1/2 + 1/2 = 3/2 and p2 has 2 + 1/2 = 5/2.
 */
class WeightedBallotSpec {
  private final Fixture f = new Fixture();

  /** The project logic with the associations weighing 2, whose first round is this rule. */
  private static Charter weightedFirst(BallotRule rule) {
    return Charter.builder()
        .from(Charters.projectLogic())
        .colleges(
            List.of(
                College.of("institutions", "Institutions", 1, ActorKind.INSTITUTION),
                College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                College.of("associations", "Associations", 2, ActorKind.ASSOCIATION)))
        .ballotRules(Map.of(1, rule))
        .build();
  }

  private Command cast(Actor by, Ballot ballot) {
    return new Command.CastBallot(by.id(), f.at(), ballot);
  }

  /** Inès, Ivan and the town hall for p1; the association and the landlord for p2. */
  private Run threeForP1TwoForP2(BallotRule rule, Ballot forP1, Ballot forP2) {
    return f.inNegotiation(weightedFirst(rule))
        .ok(
            f.openRound(FACILITATOR, P1, P2, P3),
            cast(INES, forP1),
            cast(IVAN, forP1),
            cast(OWNER, forP1),
            cast(ASSO, forP2),
            cast(LANDLORD, forP2),
            f.closeRound(FACILITATOR));
  }

  private static BallotOutcome outcomeOf(Run run) {
    Event last = run.events().get(run.events().size() - 1);
    return ((Event.RoundClosed) last).ballot().orElseThrow();
  }

  @Test
  void aWeightedPluralityRoundElectsWhatTheCollegesWeighedChoseNotWhatMostVotersChose() {
    Ballot forP1 = Ballot.Ranking.strict(P1, P2, P3);
    Ballot forP2 = Ballot.Ranking.strict(P2, P1, P3);
    BallotRule plurality = BallotRule.ranked("plurality");
    Run unweighted = threeForP1TwoForP2(plurality, forP1, forP2);
    Run weighted = threeForP1TwoForP2(plurality.withCollegeWeights(true), forP1, forP2);

    // one voter one vote: p1 3, p2 2
    assertThat(outcomeOf(unweighted).chosen()).containsExactly(P1);
    // weighted: p1 1/2 + 1/2 + 1/2 = 3/2, p2 2 + 1/2 = 5/2
    assertThat(outcomeOf(weighted).chosen()).containsExactly(P2);
    assertThat(outcomeOf(weighted).statuses())
        .containsExactly(
            Map.entry(P1, ProposalStatus.REJECTED),
            Map.entry(P2, ProposalStatus.ADOPTED),
            Map.entry(P3, ProposalStatus.REJECTED));
    assertThat(outcomeOf(weighted).ballots()).isEqualTo(5);
  }

  @Test
  void theCountOfAWeightedRoundIsTheStandaloneWeightedRuleAndItsRecountGivesItAgain() {
    BallotRule plurality = BallotRule.ranked("plurality").withCollegeWeights(true);
    Run run =
        threeForP1TwoForP2(
            plurality, Ballot.Ranking.strict(P1, P2, P3), Ballot.Ranking.strict(P2, P1, P3));
    // the ballots in the order of the voters' ids: ines, ivan, landlord, residents, town-hall
    ChoiceOutcome standalone =
        RankedRule.PLURALITY.apply(
            Profile.weighted(
                List.of("p1", "p2", "p3"),
                List.of(
                    RankedBallot.strict(1, "p1", "p2", "p3"),
                    RankedBallot.strict(1, "p1", "p2", "p3"),
                    RankedBallot.strict(1, "p2", "p1", "p3"),
                    RankedBallot.strict(1, "p2", "p1", "p3"),
                    RankedBallot.strict(1, "p1", "p2", "p3")),
                List.of(q(1, 2), q(1, 2), q(1, 2), Q.of(2), q(1, 2))),
            1);
    BallotCount recount = BallotRounds.recount(weightedFirst(plurality), run.events(), 1);
    assertThat(recount.choice()).contains(standalone);
    assertThat(recount.chosen()).isEqualTo(outcomeOf(run).chosen());
    Charter charter = weightedFirst(plurality);
    Recount own = Recount.of(charter, run.events(), 1, plurality, OptionalInt.empty());
    assertThat(own.agrees()).isTrue();
    // recounting under another rule keeps the round's college weights, as it keeps its quorum
    Recount borda = Recount.of(charter, run.events(), 1, BallotRule.ranked("borda"));
    assertThat(borda.rule().collegeWeights()).isTrue();
    assertThat(borda.outcome().chosen()).containsExactly(P2);
  }

  @Test
  void aWeightedEqualSharesRoundSharesTheEnvelopeInProportionToTheWeights() {
    BallotRule mes = BallotRule.budget("mes", 2000);
    Ballot forP1 = Ballot.Approvals.of(P1);
    Ballot forP2 = Ballot.Approvals.of(P2);
    Run unweighted = threeForP1TwoForP2(mes, forP1, forP2);
    Run weighted = threeForP1TwoForP2(mes.withCollegeWeights(true), forP1, forP2);

    // each proposal costs 1000. One voter one vote: 400 each; p1's three supporters hold 1200
    // and can pay for it, p2's two hold 800 and cannot
    assertThat(outcomeOf(unweighted).chosen()).containsExactly(P1);
    // weighted, a voter's share is 2000 * w / 4: 250 for each weighing 1/2, 1000 for the
    // association; p1's supporters hold 750 and cannot pay, p2's hold 1250 and can
    assertThat(outcomeOf(weighted).chosen()).containsExactly(P2);

    List<Project> projects =
        List.of(Project.of("p1", 1000), Project.of("p2", 1000), Project.of("p3", 1000));
    BudgetElection.Builder election = BudgetElection.builder(2000, projects);
    election.add(List.of("p1"), q(1, 2)); // ines
    election.add(List.of("p1"), q(1, 2)); // ivan
    election.add(List.of("p2"), q(1, 2)); // landlord
    election.add(List.of("p2"), Q.of(2)); // residents
    election.add(List.of("p1"), q(1, 2)); // town-hall
    BudgetOutcome standalone = BudgetRule.equalShares(Utility.COST).apply(election.build());
    assertThat(
            BallotRounds.recount(weightedFirst(mes.withCollegeWeights(true)), weighted.events(), 1)
                .budget())
        .contains(standalone);
  }

  @Test
  void aWeightedJudgingRoundAdoptsEachProposalWhoseWeightedMajorityGradeReachesTheThreshold() {
    BallotRule judging = BallotRule.approval().judging(1);
    Ballot forP1 = Ballot.Approvals.of(P1);
    Ballot forP2 = Ballot.Approvals.of(P2);
    // one voter one vote: p1 approved by 3 of 5 (median 1), p2 by 2 of 5 (median 0)
    assertThat(outcomeOf(threeForP1TwoForP2(judging, forP1, forP2)).chosen()).containsExactly(P1);
    // weighted, of a total of 4: p1 approved by 3/2 (the median is 0), p2 by 5/2 (it is 1)
    assertThat(
            outcomeOf(threeForP1TwoForP2(judging.withCollegeWeights(true), forP1, forP2)).chosen())
        .containsExactly(P2);
  }

  @Test
  void aCollegeCountsItsWeightWhateverItsNumberOfVotersInTheRound() {
    BallotRule plurality = BallotRule.ranked("plurality").withCollegeWeights(true);
    // under equal weights the two inhabitants together weigh what the association alone weighs
    Charter equal =
        Charter.builder().from(Charters.projectLogic()).ballotRules(Map.of(1, plurality)).build();
    Run run =
        f.inNegotiation(equal)
            .ok(
                f.openRound(FACILITATOR, P1, P2),
                cast(INES, Ballot.Ranking.strict(P1)),
                cast(IVAN, Ballot.Ranking.strict(P1)),
                cast(ASSO, Ballot.Ranking.strict(P2)),
                f.closeRound(FACILITATOR));
    // p1 1/2 + 1/2 = 1, p2 1: a tie the rule flags, which carries the agenda
    BallotOutcome outcome = outcomeOf(run);
    assertThat(outcome.tie()).isTrue();
    assertThat(outcome.carried()).containsExactly(P1, P2);
  }

  @Test
  void aVoterOutsideAnyCollegeCountsForTheQuorumButWeighsNothing() {
    Actor bakery = Actor.of("bakery", "Bakery", ActorKind.of("company"));
    Map<org.concertation.api.domain.ActorId, Ballot> ballots =
        ImmutableMap.of(
            INES.id(), Ballot.Approvals.of(P1),
            bakery.id(), Ballot.Approvals.of(P2),
            ASSO.id(), Ballot.Approvals.of(P2, P1));
    BallotCount count =
        BallotCount.count(
            BallotRule.approval().withCollegeWeights(true),
            ImmutableList.of(P1, P2),
            Map.of(),
            ballots,
            Map.of(
                INES.id(),
                org.concertation.api.domain.CollegeId.of("inhabitants"),
                ASSO.id(),
                org.concertation.api.domain.CollegeId.of("associations")),
            Map.of(
                org.concertation.api.domain.CollegeId.of("inhabitants"),
                1,
                org.concertation.api.domain.CollegeId.of("associations"),
                1));
    // one voter one vote, p1 and p2 have two approvals each: a tie
    assertThat(
            BallotCount.count(BallotRule.approval(), ImmutableList.of(P1, P2), Map.of(), ballots)
                .tie())
        .isTrue();
    // weighted: p1 has ines 1 + residents 1 = 2; p2 has residents 1, the bakery weighing nothing
    assertThat(count.chosen()).containsExactly(P1);
    assertThat(count.choice().map(ChoiceOutcome::tie)).contains(false);
    assertThat(count.ballots()).isEqualTo(3);
  }

  /** The exact rational {@code num / den}. */
  private static Q q(long num, long den) {
    return Q.of(java.math.BigInteger.valueOf(num), java.math.BigInteger.valueOf(den));
  }
}
