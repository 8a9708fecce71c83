package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.junit.jupiter.api.Test;

/** The ready-made participatory budget: feasibility answered before the vote, then Equal Shares. */
class ParticipatoryBudgetSpec {
  private static final long ENVELOPE = 1000;

  private final Fixture f = new Fixture();

  private Command propose(Actor by, ProposalId id, long cost) {
    return new Command.SubmitProposal(
        by.id(),
        f.at(),
        id,
        ProposalContent.of("project " + id, "what project " + id + " does", cost),
        ImmutableSet.of());
  }

  /** Three projects proposed by inhabitants; the owner finds p3 infeasible; in negotiation. */
  private Run answeredBeforeTheVote() {
    return f.framed(Charters.participatoryBudget(ENVELOPE))
        .ok(
            f.advance(OWNER),
            propose(INES, P1, 600),
            propose(IVAN, P2, 500),
            propose(INES, P3, 300),
            f.answer(OWNER, P3, AnswerKind.DECLINED),
            f.answer(OWNER, P1, AnswerKind.ACCEPTED),
            f.answer(OWNER, P2, AnswerKind.ACCEPTED),
            f.advance(FACILITATOR));
  }

  @Test
  void onlyInhabitantsProposeProjects() {
    Run run = f.framed(Charters.participatoryBudget(ENVELOPE)).ok(f.advance(OWNER));
    Spec.given(run)
        .when(propose(LANDLORD, P1, 400))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.PROPOSE, Phase.PROPOSALS, Command.SubmitProposal.class));
  }

  @Test
  void aProjectTheOwnerDeclinedAsInfeasibleCannotBeOnTheBallot() {
    Spec.given(answeredBeforeTheVote())
        .when(f.openRound(FACILITATOR, P1, P2, P3))
        .thenRejected(new Rejection.DeclinedByOwner(P3));
  }

  @Test
  void onlyInhabitantsApprove() {
    Run run = answeredBeforeTheVote().ok(f.openRound(FACILITATOR, P1, P2));
    Spec.given(run)
        .when(new Command.CastBallot(LANDLORD.id(), f.at(), Ballot.Approvals.of(P1)))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(),
                Activity.TAKE_POSITION,
                Phase.NEGOTIATION,
                Command.CastBallot.class));
  }

  @Test
  void equalSharesCompletedByIncrementsThenGreedyFundsWithinTheEnvelope() {
    Run run =
        answeredBeforeTheVote()
            .ok(
                f.openRound(FACILITATOR, P1, P2),
                new Command.CastBallot(INES.id(), f.at(), Ballot.Approvals.of(P1, P2)),
                new Command.CastBallot(IVAN.id(), f.at(), Ballot.Approvals.of(P2)),
                f.closeRound(FACILITATOR));
    Event.RoundClosed closed = (Event.RoundClosed) run.events().get(run.events().size() - 1);
    BallotOutcome outcome = closed.ballot().orElseThrow();
    BudgetOutcome standalone =
        BudgetRule.equalShares(Utility.COST)
            .withIncrement(BudgetIncrement.parse("1%"))
            .withGreedyCompletion(true)
            .apply(
                BudgetElection.of(
                    ENVELOPE,
                    List.of(Project.of("p1", 600), Project.of("p2", 500)),
                    List.of(List.of("p1", "p2"), List.of("p2"))));
    assertThat(outcome.chosen().stream().map(ProposalId::value))
        .containsExactlyElementsOf(standalone.selected());
    assertThat(outcome.chosen()).containsExactly(P2);
    assertThat(standalone.cost()).isLessThanOrEqualTo(ENVELOPE);
    assertThat(BallotRounds.recount(run.events(), 1).budget()).contains(standalone);
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(run.state().proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(run.state().proposal(P3).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
  }
}
