package org.concertation.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.MergeFact;
import org.concertation.core.history.ObjectionFact;
import org.concertation.core.history.PhaseChange;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.VersionFact;
import org.junit.jupiter.api.Test;

/**
 * The read model of the flagship project run, checked against what the story tells (and the account
 * prints): the green path blocked by Karim's objection, amended, then adopted; the pitch and the
 * youth room merged into the hub; the owner's answers; the phases up to the closing.
 */
class ProjectHistoryTest {
  private static final DemoRun RUN = Demo.run(Logic.PROJECT);
  private static final ProcessHistory HISTORY =
      ProcessHistory.of(RUN.state().charter(), RUN.events());

  private static ProposalHistory proposal(ProposalId id) {
    return HISTORY.proposal(id).orElseThrow();
  }

  private static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  @Test
  void holdsEveryProposalInTheOrderItAppeared() {
    assertThat(HISTORY.proposals())
        .extracting(ProposalHistory::id)
        .containsExactly(
            ProjectScenario.GREEN_PATH,
            ProjectScenario.CITY_PITCH,
            ProjectScenario.YOUTH_ROOM,
            ProjectScenario.GARDEN_MARKET,
            ProjectScenario.BUS_LINE,
            ProjectScenario.CAMERAS,
            ProjectScenario.YOUTH_HUB);
  }

  @Test
  void theGreenPathIsBlockedAmendedThenAdopted() {
    ProposalHistory path = proposal(ProjectScenario.GREEN_PATH);
    assertThat(path.authors()).containsExactly(Territory.AMINA.id(), Territory.MARCEL.id());
    assertThat(path.version()).isEqualTo(2);
    VersionFact amendment = path.amendments().get(0);
    assertThat(path.amendments()).hasSize(1);
    assertThat(amendment.number()).isEqualTo(2);
    assertThat(amendment.stamp().by()).isEqualTo(Territory.AMINA.id());
    assertThat(amendment.rationale().orElseThrow().orElseThrow())
        .startsWith("Meets Karim's objection");
    assertThat(day(amendment.stamp().at())).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(path.current().title().orElseThrow())
        .isEqualTo("A green path to the town centre, round the playground");
    assertThat(path.decisions())
        .extracting(DecisionFact::round, DecisionFact::verdict, DecisionFact::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Verdict.BLOCKED, ProposalStatus.OPEN),
            org.assertj.core.groups.Tuple.tuple(2, Verdict.ADOPTED, ProposalStatus.ADOPTED));
    assertThat(path.decisions().get(1).decision().version()).isEqualTo(2);
    assertThat(path.status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(path.answer().orElseThrow().kind()).isEqualTo(AnswerKind.ACCEPTED);
  }

  @Test
  void karimsObjectionBlockedRoundOneAndWasLiftedOnceThePathWasAmended() {
    assertThat(HISTORY.objections()).hasSize(1);
    ObjectionFact objection = HISTORY.objections().get(0);
    assertThat(objection.position().stamp().by()).isEqualTo(Territory.KARIM.id());
    assertThat(objection.position().proposal()).isEqualTo(ProjectScenario.GREEN_PATH);
    assertThat(objection.position().round()).isEqualTo(1);
    assertThat(objection.position().position().reason().orElseThrow().orElseThrow())
        .startsWith("As drawn, the path cuts the Tilleuls playground in two");
    assertThat(objection.blocked()).isTrue();
    assertThat(objection.amendedAfter()).isTrue();
    assertThat(objection.treatment()).isEqualTo(ObjectionFact.Treatment.LIFTED);
  }

  @Test
  void thePitchAndTheYouthRoomWentIntoTheHub() {
    ProposalHistory hub = proposal(ProjectScenario.YOUTH_HUB);
    MergeFact merge = hub.mergedFrom().orElseThrow();
    assertThat(merge.sources())
        .containsExactly(ProjectScenario.CITY_PITCH, ProjectScenario.YOUTH_ROOM);
    assertThat(merge.stamp().by()).isEqualTo(Territory.SOCIAL_CENTRE.id());
    assertThat(day(merge.stamp().at())).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(hub.submitted()).isFalse();
    assertThat(hub.authors()).containsExactly(Territory.CLUB.id(), Territory.SOCIAL_CENTRE.id());
    for (ProposalId source : merge.sources()) {
      assertThat(proposal(source).mergedInto()).contains(merge);
      assertThat(proposal(source).status()).isEqualTo(ProposalStatus.MERGED);
      assertThat(proposal(source).decisions()).isEmpty();
    }
    assertThat(proposal(ProjectScenario.YOUTH_ROOM).answer().orElseThrow().kind())
        .isEqualTo(AnswerKind.PARTLY_ACCEPTED);
  }

  @Test
  void twoRoundsWereHeldAndBothClosed() {
    assertThat(HISTORY.rounds()).hasSize(2);
    RoundFact first = HISTORY.rounds().get(0);
    assertThat(first.opening().agenda())
        .containsExactly(
            ProjectScenario.GREEN_PATH,
            ProjectScenario.YOUTH_HUB,
            ProjectScenario.GARDEN_MARKET,
            ProjectScenario.BUS_LINE,
            ProjectScenario.CAMERAS);
    assertThat(first.opening().stamp().by()).isEqualTo(Territory.FACILITATOR.id());
    assertThat(day(first.opening().stamp().at())).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(HISTORY.rounds().get(1).opening().agenda())
        .containsExactly(ProjectScenario.GREEN_PATH);
    assertThat(HISTORY.rounds()).allSatisfy(r -> assertThat(r.closing()).isPresent());
    assertThat(first.decisionOn(ProjectScenario.CAMERAS).orElseThrow().verdict())
        .isEqualTo(Verdict.REJECTED);
  }

  @Test
  void anAnswerWaitsFromTheRoundThatSettledTheProposal() {
    ProposalHistory path = proposal(ProjectScenario.GREEN_PATH);
    Event.RoundClosed second =
        RUN.eventsOf(Event.RoundClosed.class).stream()
            .filter(c -> c.round() == 2)
            .findFirst()
            .orElseThrow();
    Event.ProposalAnswered answered =
        RUN.eventsOf(Event.ProposalAnswered.class).stream()
            .filter(a -> a.proposal().equals(ProjectScenario.GREEN_PATH))
            .findFirst()
            .orElseThrow();
    Duration delay = path.answer().orElseThrow().delay();
    // the blocked first round did not settle it: the wait runs from the second
    assertThat(delay).isEqualTo(Duration.between(second.at(), answered.at())).isPositive();
    // a merged proposal, never deliberated, waits from the merge that took it up
    ProposalHistory pitch = proposal(ProjectScenario.CITY_PITCH);
    assertThat(pitch.answer().orElseThrow().delay())
        .isEqualTo(
            Duration.between(
                pitch.created().orElseThrow().at(), pitch.answer().orElseThrow().stamp().at()));
  }

  @Test
  void thePhasesRunFromFramingToTheClosing() {
    assertThat(HISTORY.phaseChanges()).isNotEmpty();
    PhaseChange first = HISTORY.phaseChanges().get(0);
    assertThat(first.kind()).isEqualTo(PhaseChange.Kind.ADVANCED);
    assertThat(first.from()).isEqualTo(Phase.FRAMING);
    assertThat(first.to()).isEqualTo(Phase.DIAGNOSIS);
    PhaseChange end = HISTORY.ending().orElseThrow();
    assertThat(end.kind()).isEqualTo(PhaseChange.Kind.CLOSED);
    assertThat(end.from()).isEqualTo(Phase.EVALUATION);
    assertThat(HISTORY.phase()).isEqualTo(Phase.CLOSED);
    assertThat(end.stamp().at()).isEqualTo(RUN.events().get(RUN.events().size() - 1).at());
    // 194 events before the evaluation looked ahead, and 124 since: 2 expected effects, an
    // assessment opened, graded (10 graders x 2 criteria) and closed, 18 deliveries, 2 effects
    // observed and 80 ex-post grades (10 graders x 4 actions x 2 criteria); the 2 criteria chosen
    // in
    // the diagnosis were chosen in the evaluation before
    assertThat(HISTORY.size()).isEqualTo(194 + 2 + 1 + 20 + 1 + 18 + 2 + 80);
  }

  @Test
  void namesActorsAsRegisteredAndUnknownOnesByTheirIdentity() {
    assertThat(HISTORY.name(Territory.KARIM.id())).isEqualTo("Karim D. (Les Tilleuls)");
    assertThat(HISTORY.name(ActorId.of("nobody"))).isEqualTo("nobody");
    assertThat(HISTORY.participant(ActorId.of("nobody"))).isEmpty();
  }
}
