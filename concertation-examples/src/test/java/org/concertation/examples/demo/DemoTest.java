package org.concertation.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoTest {
  private static final DemoRun PROJECT = Demo.run(Logic.PROJECT);
  private static final DemoRun MISSION = Demo.run(Logic.MISSION);

  @ParameterizedTest
  @EnumSource(Logic.class)
  void runsToTheClosedPhaseWithoutARejection(Logic logic) {
    // A rejected command would have thrown in Demo.run.
    DemoRun run = Demo.run(logic);
    assertThat(run.state().phase()).isEqualTo(Phase.CLOSED);
    assertThat(run.state().charter()).isEqualTo(charterOf(logic));
  }

  /** The project logic's demo runs under its prospective variant; the mission logic as it is. */
  private static org.concertation.api.charter.Charter charterOf(Logic logic) {
    return logic == Logic.PROJECT ? ProjectScenario.CHARTER : logic.charter();
  }

  @ParameterizedTest
  @EnumSource(Logic.class)
  void theFinalStateIsTheFoldOfTheEvents(Logic logic) {
    DemoRun run = Demo.run(logic);
    ConcertationDecider decider = ConcertationDecider.create();
    assertThat(decider.fold(decider.initialState(charterOf(logic)), run.events()))
        .isEqualTo(run.state());
  }

  @ParameterizedTest
  @EnumSource(Logic.class)
  void everyProposalHasTheOwnersReasonedAnswer(Logic logic) {
    DemoRun run = Demo.run(logic);
    assertThat(run.state().proposals().values())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.answer()).isPresent());
    assertThat(run.eventsOf(Event.ProposalAnswered.class))
        .hasSize(run.state().proposals().size())
        .allSatisfy(answer -> assertThat(answer.reasoning().orElseThrow()).isNotBlank());
  }

  @Test
  void theProjectRunGathersAboutADozenActorsOfEveryKind() {
    assertThat(PROJECT.state().members()).hasSizeBetween(10, 14);
    assertThat(PROJECT.state().members().values())
        .extracting(m -> m.actor().kind())
        .contains(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION);
    assertThat(PROJECT.state().diagnosisShared()).isTrue();
    assertThat(PROJECT.state().contributionsByKind())
        .containsOnlyKeys(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION);
  }

  @Test
  void theProjectRunHasFiveProposalsFromSeveralKindsAnAmendmentAndAMerge() {
    RunView view = new RunView(PROJECT);
    assertThat(PROJECT.eventsOf(Event.ProposalSubmitted.class)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(
            view.kindSet(
                PROJECT.eventsOf(Event.ProposalSubmitted.class).stream()
                    .flatMap(e -> e.authors().stream())
                    .toList()))
        .contains(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION);
    assertThat(PROJECT.eventsOf(Event.ProposalAmended.class)).isNotEmpty();
    assertThat(PROJECT.eventsOf(Event.ProposalsMerged.class)).isNotEmpty();
    assertThat(PROJECT.state().roundsHeld()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aReasonedObjectionBlocksTheGreenPathThatTheCountAloneWouldHaveAdopted() {
    RoundDecision first = decision(1, ProjectScenario.GREEN_PATH);
    assertThat(first.outcome().verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(first.outcome().tally().objections()).hasSize(1);
    // Without the objection, a majority inside every college: only the objection changed it.
    assertThat(first.outcome().tally().colleges().values())
        .hasSize(3)
        .extracting(CollegeTally::share)
        .allSatisfy(share -> assertThat(share).isGreaterThan(Fraction.HALF));
    assertThat(first.carried()).isTrue();

    RoundDecision second = decision(2, ProjectScenario.GREEN_PATH);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.outcome().verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(second.outcome().tally().objections()).isEmpty();
  }

  @Test
  void theProjectRunAdoptsProposalsFromInhabitantsAndAssociations() {
    assertThat(Figures.of(PROJECT).bottomUpAdopted()).isGreaterThanOrEqualTo(2);
    assertThat(Figures.of(MISSION).bottomUpAdopted()).isZero();
  }

  @Test
  void everyProjectActionIsCoCarriedByAtLeastTwoKinds() {
    assertThat(PROJECT.state().actions().values())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.carrierKinds()).hasSizeGreaterThanOrEqualTo(2));
    assertThat(
            PROJECT.state().actions().values().stream()
                .flatMap(a -> a.carrierKinds().keySet().stream())
                .distinct())
        .contains(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION);
  }

  @Test
  void theProjectRunHasObjectivesIndicatorsAndParticipantCriteria() {
    ProcessState state = PROJECT.state();
    assertThat(state.objectives()).isNotEmpty();
    assertThat(state.indicators().values())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.observed()).isPresent());
    assertThat(PROJECT.eventsOf(Event.CriterionDefined.class))
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(state.member(c.by()).orElseThrow().role()).isEqualTo(Role.PARTICIPANT));
    assertThat(PROJECT.eventsOf(Event.RatingGiven.class)).hasSizeGreaterThan(10);
  }

  @Test
  void underTheMissionLogicInstitutionsProposeDecideCarryAndEvaluateAlone() {
    RunView view = new RunView(MISSION);
    assertThat(
            view.kindSet(
                MISSION.eventsOf(Event.ProposalSubmitted.class).stream()
                    .flatMap(e -> e.authors().stream())
                    .toList()))
        .containsExactly(ActorKind.INSTITUTION);
    assertThat(MISSION.state().roundsHeld()).isEqualTo(1);
    assertThat(MISSION.eventsOf(Event.PositionTaken.class))
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(view.kind(p.position().actor())).isEqualTo(ActorKind.INSTITUTION));
    assertThat(MISSION.state().actions().values())
        .flatExtracting(a -> List.copyOf(a.carrierKinds().keySet()))
        .containsOnly(ActorKind.INSTITUTION);
    assertThat(MISSION.eventsOf(Event.CriterionDefined.class))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.by()).isEqualTo(Territory.TOWN_HALL.id()));
    assertThat(Figures.of(MISSION).overruled()).isEqualTo(1);
  }

  @Test
  void aCommandTheCharterRefusesFailsTheScenarioWithTheRejectionMessage() {
    Script script =
        new Script(Logic.MISSION, Territory.START)
            .register(Territory.TOWN_HALL, Territory.TOWN_HALL, Role.PROJECT_OWNER)
            .join(Territory.AMINA)
            .advance(Territory.TOWN_HALL)
            .identify(Territory.TOWN_HALL, Territory.YOUTH, "youth")
            .contribute(Territory.TOWN_HALL, "the town's view", Territory.YOUTH)
            .validate(Territory.TOWN_HALL, Territory.YOUTH)
            .advance(Territory.TOWN_HALL);
    org.concertation.api.domain.ProposalContent content =
        org.concertation.api.domain.ProposalContent.of("A youth room", "A room", Territory.YOUTH);
    assertThatThrownBy(() -> script.submit(Territory.AMINA, ProjectScenario.YOUTH_ROOM, content))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mission scenario is wrong")
        .hasMessageContaining(
            "actor 'amina' may not submit proposal (propose) in phase proposals under this charter");
  }

  @ParameterizedTest
  @EnumSource(Logic.class)
  void theAccountHasExactlyTheHeadingsInOrder(Logic logic) {
    List<String> headings = headings(Demo.account(logic));
    assertThat(headings.get(0)).startsWith("# ").contains(logic.label() + " logic");
    assertThat(headings.subList(1, headings.size())).containsExactly(Account.HEADINGS);
  }

  @Test
  void bothAccountsComeInOrderFollowedByTheSideBySide() {
    List<String> headings = headings(Demo.both());
    List<String> expected =
        Stream.of(
                Stream.of(
                    "# "
                        + Territory.TOWN
                        + ": a neighbourhood that opens onto its city (project logic)"),
                Arrays.stream(Account.HEADINGS),
                Stream.of(
                    "# "
                        + Territory.TOWN
                        + ": a neighbourhood that opens onto its city (mission logic)"),
                Arrays.stream(Account.HEADINGS),
                Stream.of(SideBySide.HEADING))
            .flatMap(s -> s)
            .toList();
    assertThat(headings).isEqualTo(expected);
  }

  @Test
  void theAccountShowsTalliesPerCollegeAndTheRulesExplanations() {
    String account = Demo.account(PROJECT);
    assertThat(account)
        .contains("inhabitants 3 / 1 / 0 (1 objection)")
        .contains(
            "blocked: 9 for, 1 against, 0 abstaining; 1 reasoned objection stands (by 'karim')")
        .contains("reasoned objection by Karim D. (Les Tilleuls)");
  }

  @Test
  void theOutputIsDeterministic() {
    assertThat(Demo.both()).isEqualTo(Demo.both());
    assertThat(Demo.run(Logic.PROJECT).events()).isEqualTo(PROJECT.events());
  }

  private static RoundDecision decision(
      int round, org.concertation.api.domain.ProposalId proposal) {
    return PROJECT.eventsOf(Event.RoundClosed.class).stream()
        .filter(closed -> closed.round() == round)
        .flatMap(closed -> closed.decisions().stream())
        .filter(d -> d.proposal().equals(proposal))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> headings(String markdown) {
    return markdown.lines().filter(line -> line.startsWith("#")).toList();
  }

  @Test
  void theAccountInFrenchHasTheSameSectionsInFrenchAndItsWordsButTheStorysInFrench() {
    String french = Demo.both(java.util.Locale.FRENCH, java.time.ZoneId.of("Europe/Paris"));
    List<String> headings = french.lines().filter(l -> l.startsWith("## ")).toList();
    List<String> one =
        List.of(
            "## Acteurs",
            "## Diagnostic partagé",
            "## Propositions",
            "## Tours de négociation",
            "## Décisions",
            "## Actions",
            "## Évaluation");
    assertThat(headings)
        .containsExactlyElementsOf(
            Stream.of(one.stream(), one.stream(), Stream.of("## Côte à côte"))
                .flatMap(h -> h)
                .toList());
    assertThat(french)
        .contains(
            "| maître d’ouvrage |",
            "la concertation est en phase «\u00a0clôture\u00a0»",
            "- **Fusion** (02/02/2026)",
            "objection motivée de Karim D. (Les Tilleuls)",
            "| logique de projet | logique de mission |",
            "195\u202f000")
        .doesNotContain(
            "project owner",
            "by itself",
            "registered by",
            "Rounds held",
            "Means committed",
            "Side by side",
            "carried to the next round");
    // the English account is the default, unchanged
    assertThat(Demo.both(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC))
        .isEqualTo(Demo.both());
  }
}
