package org.concertation.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Quorum;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.analysis.RunAnalysis;
import org.concertation.core.analysis.RunReport;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.history.BallotTally;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The public report of ballot rounds: a small participatory budget in euros, and one process for
 * each ballot rule, so that every text of the ballot sections is shown in both languages.
 */
class BallotRoundReportSpec {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);
  private static final Texts FRENCH = Texts.of(Locale.FRENCH);
  private static final long ENVELOPE = 1000;
  private static final Currency EURO = Currency.getInstance("EUR");

  private static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  private static final Actor FACILITATOR =
      Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
  private static final List<Actor> VOTERS =
      List.of(
          Actor.of("ada", "Ada", ActorKind.INHABITANT),
          Actor.of("ben", "Ben", ActorKind.INHABITANT),
          Actor.of("cem", "Cem", ActorKind.INHABITANT),
          Actor.of("dee", "Dee", ActorKind.INHABITANT),
          Actor.of("eli", "Eli", ActorKind.INHABITANT));
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final ProposalId P3 = ProposalId.of("p3");
  private static final ImmutableMap<ProposalId, Long> COSTS =
      ImmutableMap.of(P1, 600L, P2, 500L, P3, 300L);

  /** Rankings with a Condorcet winner, p1: three voters put it first. */
  private static final List<Ballot> RANKINGS =
      List.of(
          ranking(P1, P2, P3),
          ranking(P1, P3, P2),
          ranking(P2, P1, P3),
          ranking(P3, P1, P2),
          ranking(P1, P2, P3));

  /** A Condorcet cycle: each proposal beats one other by two voters to one. */
  private static final List<Ballot> CYCLE =
      List.of(ranking(P1, P2, P3), ranking(P2, P3, P1), ranking(P3, P1, P2));

  private static final List<Ballot> APPROVALS =
      List.of(
          Ballot.Approvals.of(P1, P2),
          Ballot.Approvals.of(P2),
          Ballot.Approvals.of(P2, P3),
          Ballot.Approvals.of(P1, P3),
          Ballot.Approvals.of(P3));

  /** A process moved command by command; every command must be accepted. */
  private static final class Process {
    private final Charter charter;
    private ProcessState state;
    private final List<Event> events = new ArrayList<>();
    private Instant now = Instant.parse("2026-06-01T09:00:00Z");

    Process(Charter charter) {
      this.charter = charter;
      this.state = DECIDER.initialState(charter);
    }

    Instant at() {
      now = now.plus(Duration.ofMinutes(1));
      return now;
    }

    Process ok(Command command) {
      Result<Event> result = DECIDER.decide(command, state);
      assertThat(result).as("%s gave %s", command, result).isInstanceOf(Result.Accepted.class);
      events.addAll(result.events());
      state = DECIDER.fold(state, result.events());
      return this;
    }

    Process register(Actor by, Actor actor, Role role) {
      return ok(new Command.RegisterActor(by.id(), at(), actor, role, Optional.empty()));
    }

    Process advance() {
      return ok(new Command.AdvancePhase(FACILITATOR.id(), at()));
    }

    Process cast(List<Ballot> ballots) {
      for (int v = 0; v < ballots.size(); v++) {
        ok(new Command.CastBallot(VOTERS.get(v).id(), at(), ballots.get(v)));
      }
      return this;
    }

    Process openRound() {
      return ok(new Command.OpenRound(FACILITATOR.id(), at(), ImmutableList.of(P1, P2, P3)));
    }

    Process closeRound() {
      return ok(new Command.CloseRound(FACILITATOR.id(), at()));
    }

    ProcessHistory history() {
      return ProcessHistory.of(charter, events);
    }
  }

  private static Ballot ranking(ProposalId... order) {
    return Ballot.Ranking.of(Arrays.stream(order).map(ImmutableSet::of).toList());
  }

  private static Ballot grades(int g1, int g2, int g3) {
    return Ballot.Grades.of(ImmutableMap.of(P1, g1, P2, g2, P3, g3));
  }

  private static Charter charter(BallotRule rule, int roundLimit) {
    return Charter.builder()
        .from(Charters.participatoryBudget(ENVELOPE))
        .ballotRules(ImmutableMap.of(1, rule))
        .roundLimit(roundLimit)
        .currency(EURO)
        .addColleges(College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT))
        .build();
  }

  /** Three projects proposed by inhabitants, and a round opened on them under the rule. */
  private static Process proposedAndOpened(BallotRule rule, int roundLimit) {
    Process p = new Process(charter(rule, roundLimit));
    p.register(OWNER, OWNER, Role.PROJECT_OWNER).register(OWNER, FACILITATOR, Role.FACILITATOR);
    VOTERS.forEach(v -> p.register(v, v, Role.PARTICIPANT));
    p.advance();
    int author = 0;
    for (Map.Entry<ProposalId, Long> project : COSTS.entrySet()) {
      ProposalId id = project.getKey();
      p.ok(
          new Command.SubmitProposal(
              VOTERS.get(author++).id(),
              p.at(),
              id,
              ProposalContent.of(
                  "project " + id, "what project " + id + " does", project.getValue()),
              ImmutableSet.of()));
    }
    return p.advance().openRound();
  }

  private static Process closed(BallotRule rule, List<Ballot> ballots) {
    return proposedAndOpened(rule, 1).cast(ballots).closeRound();
  }

  private static String report(Process p, Texts texts) {
    return PublicReport.of("A participatory budget", p.history(), texts).markdown();
  }

  // ------------------------------------------------------------ the participatory budget

  @Test
  void aParticipatoryBudgetReportTellsTheEnvelopeWhatWasFundedAndWhatEachVoterSpent() {
    Process p =
        closed(Charters.participatoryBudget(ENVELOPE).ballotRuleOfRound(1).get(), APPROVALS);
    ProcessHistory history = p.history();
    RoundFact round = history.ballotRounds().get(0);
    BallotTally.Spending spending = round.tally().orElseThrow().budget().orElseThrow();
    for (Texts t : List.of(ENGLISH, FRENCH)) {
      String md = report(p, t);
      String money = t.money(BigDecimal.valueOf(ENVELOPE), Optional.of(EURO));
      assertThat(md)
          .contains("## " + t.text("report.heading.ballots"))
          .contains("### " + t.text("report.ballot.heading", 1, t.text("report.ballot.rule.mes")))
          .contains(t.text("report.ballot.envelope", money))
          .contains(t.text("report.ballot.increment", "1%"))
          .contains(t.text("report.ballot.greedy"))
          .contains(
              t.text(
                  "report.ballot.spent",
                  t.money(BigDecimal.valueOf(spending.spent()), Optional.of(EURO)),
                  money))
          .contains(t.text("report.ballot.turnout", 5, 5, t.number(new BigDecimal("100.0")), 1));
      for (BallotTally.Funding f : spending.funded()) {
        assertThat(md)
            .contains(
                "| "
                    + f.proposal().value()
                    + " | "
                    + t.money(BigDecimal.valueOf(f.cost()), Optional.of(EURO))
                        .replace("\u00a0", "\u00a0"));
      }
    }
    assertThat(spending.spent()).isLessThanOrEqualTo(ENVELOPE);
    assertThat(spending.funded().stream().map(BallotTally.Funding::proposal))
        .containsExactlyElementsOf(round.ballotOutcome().orElseThrow().chosen());
  }

  @Test
  void theReadModelCountsABallotRoundsDecisionsForEveryProposalOnItsAgenda() {
    Process p = closed(BallotRule.ranked("schulze"), RANKINGS);
    ProcessHistory history = p.history();
    RoundFact round = history.ballotRounds().get(0);
    assertThat(round.decisions()).extracting(DecisionFact::proposal).containsExactly(P1, P2, P3);
    assertThat(history.proposal(P1).orElseThrow().decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.byBallot()).isTrue();
              assertThat(d.status()).isEqualTo(ProposalStatus.ADOPTED);
              assertThat(d.round()).isEqualTo(1);
            });
    assertThat(history.proposal(P1).orElseThrow().adoptedByARound()).isTrue();
    assertThat(history.proposal(P2).orElseThrow().lastDecision().orElseThrow().status())
        .isEqualTo(ProposalStatus.REJECTED);
    assertThat(round.closing().orElseThrow().decisions())
        .as("the recorded position decisions of a ballot round")
        .isEmpty();
    BallotCount count = round.count().orElseThrow();
    assertThat(count).isEqualTo(BallotRounds.recount(p.events, 1));
    assertThat(count.chosen()).isEqualTo(round.ballotOutcome().orElseThrow().chosen());
    assertThat(round.turnout().orElseThrow().eligible()).isEqualTo(VOTERS.size());
    assertThat(round.turnout().orElseThrow().cast()).isEqualTo(RANKINGS.size());
  }

  @Test
  void theCondorcetMatrixOfTheReportIsTheCountsPairwiseMatrix() {
    Process p = closed(BallotRule.ranked("schulze"), RANKINGS);
    RoundFact round = p.history().ballotRounds().get(0);
    BallotTally tally = round.tally().orElseThrow();
    String md = report(p, ENGLISH);
    // p1 over p2: voters 1, 2, 4 and 5
    assertThat(tally.pairwise().get(P1).get(P2)).isEqualByComparingTo("4");
    for (ProposalId row : tally.pairwise().keySet()) {
      StringBuilder line = new StringBuilder("| " + row.value() + " |");
      for (ProposalId column : tally.pairwise().keySet()) {
        BigDecimal n = tally.pairwise().get(row).get(column);
        line.append(' ').append(n == null ? "—" : ENGLISH.number(n)).append(" |");
      }
      assertThat(md).contains(line);
    }
    assertThat(tally.condorcetWinner()).contains(P1);
    assertThat(md).contains(ENGLISH.text("report.ballot.condorcet", "p1"));
  }

  @Test
  void theReportOfABallotProcessIsOneSelfContainedPageThatDrawsItsBallotRounds() {
    Process p = closed(BallotRule.ranked("schulze"), RANKINGS);
    for (Texts t : List.of(ENGLISH, FRENCH)) {
      String html = PublicReport.of("A participatory budget", p.history(), t).html();
      assertThat(html)
          .startsWith("<!DOCTYPE html>")
          .doesNotContain("<script", "<link", "src=\"http", "href=\"http")
          .contains("<h2>" + t.text("report.heading.ballots") + "</h2>")
          .contains(
              "class=\"ballot-round\"",
              t.text("report.diagram.ballot", 1, t.text("report.ballot.rule.schulze")));
      assertThat(CharterDiagram.mermaid(p.charter, t))
          .contains(
              "note left of NEGOTIATION : "
                  + t.text("report.diagram.ballot", 1, t.text("report.ballot.rule.schulze")));
    }
  }

  @Test
  void theDiagramOfACharterWithoutBallotRoundsNamesNone() {
    Charter project = Charters.projectLogic();
    assertThat(CharterDiagram.mermaid(project, ENGLISH)).doesNotContain("by ballot");
    assertThat(CharterDiagram.svg(project, FRENCH)).doesNotContain("ballot-round");
  }

  // ------------------------------------------------------------ every text, in both languages

  /** One process for each ballot rule and each way a round can end. */
  private static List<Process> everyRule() {
    List<Process> processes = new ArrayList<>();
    for (String label :
        List.of(
            "plurality",
            "borda",
            "copeland",
            "schulze",
            "ranked-pairs",
            "irv",
            "kemeny",
            "minimax")) {
      processes.add(closed(BallotRule.ranked(label), RANKINGS));
    }
    processes.add(closed(BallotRule.stv(2), RANKINGS));
    processes.add(closed(BallotRule.ranked("schulze"), CYCLE)); // no Condorcet winner, a tie
    processes.add(closed(BallotRule.approval(), APPROVALS));
    List<Ballot> scores =
        List.of(
            grades(5, 3, 0), grades(4, 4, 1), grades(2, 5, 3), grades(1, 0, 5), grades(3, 2, 2));
    processes.add(closed(BallotRule.score(5), scores));
    processes.add(closed(BallotRule.score(5).judging(3), scores));
    processes.add(
        closed(
            BallotRule.majorityJudgment(
                "poor", "fair", "good", "very good", "excellent", "outstanding"),
            scores));
    processes.add(
        closed(
            BallotRule.gradientsOfAgreement(),
            List.of(
                grades(1, 2, 8),
                grades(2, 3, 7),
                grades(3, 1, 4),
                grades(1, 6, 5),
                grades(4, 2, 1))));
    processes.add(
        closed(Charters.participatoryBudget(ENVELOPE).ballotRuleOfRound(1).get(), APPROVALS));
    processes.add(closed(BallotRule.budget("greedy", ENVELOPE), APPROVALS));
    processes.add(closed(BallotRule.budget("phragmen", ENVELOPE), APPROVALS));
    processes.add(
        closed(
            BallotRule.budget("mes", ENVELOPE).withUtility("approval").withMinApprovals(3),
            APPROVALS));
    processes.add(closed(BallotRule.budget("greedy", 100), APPROVALS)); // nothing fits
    // equal shares leave 700 of 1500: greedy funds p1 with it
    processes.add(closed(BallotRule.budget("mes", 1500).withGreedyCompletion(true), APPROVALS));
    // raised step by step, the voters' budgets fund p1 by equal shares
    processes.add(closed(BallotRule.budget("mes", 1500).withIncrement("1%"), APPROVALS));
    // short of a quorum of all, with a round left: the agenda is carried
    processes.add(
        proposedAndOpened(BallotRule.approval().withQuorum(Quorum.overall(Fraction.ONE)), 2)
            .cast(APPROVALS.subList(0, 2))
            .closeRound());
    // a tie with a round left: the agenda is carried
    processes.add(proposedAndOpened(BallotRule.ranked("schulze"), 2).cast(CYCLE).closeRound());
    processes.add(proposedAndOpened(BallotRule.approval(), 1).cast(APPROVALS)); // still open
    return processes;
  }

  /** The keys the ballot sections add: the block headed {@code # roundreport} of the bundle. */
  private static List<String> ballotKeys() throws IOException {
    String bundle;
    try (InputStream in =
        Texts.class.getResourceAsStream("/org/concertation/core/text/messages.properties")) {
      bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String block = bundle.substring(bundle.indexOf("\n# roundreport\n") + 1);
    List<String> keys = new ArrayList<>();
    List<String> lines = Arrays.asList(block.split("\n"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("#")) {
        break; // the next block is another part's
      }
      if (!line.isBlank()) {
        keys.add(line.substring(0, line.indexOf('=')));
      }
    }
    return keys;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}");

  /** The longest run of a pattern's own words, as a formatted text shows it. */
  private static String words(String pattern) {
    return Arrays.stream(PLACEHOLDER.split(pattern.replace("''", "'")))
        .max(Comparator.comparingInt(String::length))
        .orElse("");
  }

  @Test
  void everyTextOfTheBallotSectionsIsShownInBothLanguages() throws IOException {
    List<Process> processes = everyRule();
    for (Texts t : List.of(ENGLISH, FRENCH)) {
      StringBuilder all = new StringBuilder();
      for (Process p : processes) {
        all.append(report(p, t));
        all.append(CharterDiagram.mermaid(p.charter, t));
      }
      List<String> keys = ballotKeys();
      assertThat(keys).hasSizeGreaterThan(50);
      Map<String, String> missing = new LinkedHashMap<>();
      for (String key : keys) {
        String words = words(t.pattern(key));
        // a pattern of placeholders and punctuation alone has no words of its own to look for
        if (words.strip().length() >= 3 && !all.toString().contains(words)) {
          missing.put(key, words);
        }
      }
      assertThat(missing).as("texts never shown in %s", t).isEmpty();
    }
  }

  @Test
  void theReportExplainsEveryBallotRoundByTheCountOfItsBallotsAsALogReadBackDoes() {
    JsonCodec codec = JsonCodec.create();
    for (Process p : everyRule()) {
      // events read back are equal but not the close's own: the read model counts them afresh
      List<Event> readBack =
          p.events.stream().map(e -> codec.readEvent(codec.writeEvent(e))).toList();
      ProcessHistory live = p.history();
      ProcessHistory reread = ProcessHistory.of(p.charter, readBack);
      for (RoundFact round : live.ballotRounds()) {
        Optional<BallotCount> fresh =
            round.count().isEmpty()
                ? Optional.empty()
                : Optional.of(BallotRounds.recount(p.charter, p.events, round.number()));
        assertThat(round.count()).as("round %s", round.number()).isEqualTo(fresh);
        assertThat(reread.round(round.number()).orElseThrow().count()).isEqualTo(fresh);
      }
      for (Texts t : List.of(ENGLISH, FRENCH)) {
        assertThat(PublicReport.of("A participatory budget", live, t).markdown())
            .isEqualTo(PublicReport.of("A participatory budget", reread, t).markdown());
      }
    }
  }

  @Test
  void theReadModelTheReportAndTheAnalysisAgreeOnWhatEveryBallotRoundDecided() {
    for (Process p : everyRule()) {
      ProcessHistory history = p.history();
      RunReport analysis = RunAnalysis.of(history);
      List<ProposalId> adopted =
          history.proposals().stream()
              .filter(ProposalHistory::adoptedByARound)
              .map(ProposalHistory::id)
              .toList();
      assertThat(analysis.adoptedBy().keySet()).containsExactlyElementsOf(adopted);
      for (RoundFact round : history.ballotRounds()) {
        round
            .ballotOutcome()
            .ifPresent(
                outcome -> {
                  round
                      .count()
                      .ifPresent(count -> assertThat(count.chosen()).isEqualTo(outcome.chosen()));
                  outcome
                      .statuses()
                      .forEach(
                          (id, status) ->
                              assertThat(round.decisionOn(id).orElseThrow().status())
                                  .isEqualTo(status));
                  assertThat(round.count().isPresent()).isEqualTo(outcome.quorumMet());
                });
      }
    }
  }

  @Test
  void anAnswerAfterABallotRoundIsDelayedFromTheRoundsCloseNotFromTheSubmission() {
    Process p = closed(BallotRule.ranked("schulze"), RANKINGS);
    Instant closedAt = p.events.get(p.events.size() - 1).at();
    p.ok(
        new Command.AnswerProposal(
            OWNER.id(), p.at(), P1, AnswerKind.ACCEPTED, "the inhabitants chose it"));
    Instant answeredAt = p.events.get(p.events.size() - 1).at();
    assertThat(RunAnalysis.of(p.history()).answerDelays())
        .containsEntry(P1, Duration.between(closedAt, answeredAt));
  }

  @Test
  void everyBallotRuleHasANameInBothLanguages() {
    for (String label :
        List.of(
            "plurality",
            "borda",
            "copeland",
            "schulze",
            "ranked-pairs",
            "irv",
            "kemeny",
            "minimax",
            "stv",
            "approval",
            "score",
            "majority-judgment",
            "gradients-of-agreement",
            "greedy",
            "mes",
            "phragmen")) {
      assertThat(ENGLISH.has("report.ballot.rule." + label)).as(label).isTrue();
      assertThat(BallotSection.ruleName(FRENCH, label))
          .isNotEqualTo(BallotSection.ruleName(ENGLISH, label));
    }
  }

  @Test
  void theScaleOfAGradedRoundAndItsGradeDistributionsAreTold() {
    Process p =
        closed(
            BallotRule.majorityJudgment(
                "poor", "fair", "good", "very good", "excellent", "outstanding"),
            List.of(
                grades(5, 3, 0),
                grades(4, 4, 1),
                grades(2, 5, 3),
                grades(1, 0, 5),
                grades(3, 2, 2)));
    BallotTally tally = p.history().ballotRounds().get(0).tally().orElseThrow();
    assertThat(tally.grades().get(P1))
        .containsEntry(5, BigDecimal.ONE)
        .containsEntry(4, BigDecimal.ONE);
    String md = report(p, FRENCH);
    assertThat(md)
        .contains(
            FRENCH.text(
                "report.ballot.scale",
                "0 (poor), 1 (fair), 2 (good), 3 (very good), 4 (excellent), 5 (outstanding)"))
        .contains("| p1 | 0 | 1 | 1 | 1 | 1 | 1 |");
  }
}
