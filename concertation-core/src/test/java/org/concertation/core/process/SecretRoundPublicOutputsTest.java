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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.analysis.RunAnalysis;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * No public output of a secret round links a ballot or a stance to its voter: when two voters of a
 * college swap their ballots and stances, everything the public sees (the report in both languages
 * and both formats, the analysis, the summary of {@code replay --json}, each actor's export, the
 * read model's rounds) stays the same, while what they cast did change.
 */
class SecretRoundPublicOutputsTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final Ballot FIRST = Ballot.Ranking.strict(P2, P3);
  private static final Ballot SECOND = Ballot.Ranking.strict(P3, P2);

  /** Round 1 by secret positions on p1, round 2 by secret ballots on p2 and p3. */
  private static Charter charter() {
    return Charter.builder()
        .from(Charters.projectLogic())
        .colleges(
            List.of(
                College.of("institutions", "Institutions", 1, ActorKind.INSTITUTION),
                College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                College.of("associations", "Associations", 2, ActorKind.ASSOCIATION)))
        .ballotRules(Map.of(2, BallotRule.ranked("schulze")))
        .secretRounds(Set.of(1, 2))
        .build();
  }

  /**
   * The process, with Inès and Ivan (both inhabitants) and the town hall and the landlord (both
   * institutions) swapping what they say when {@code swapped}.
   */
  private static Run run(boolean swapped, long keySeed) {
    Fixture f = new Fixture();
    Actor ines = swapped ? IVAN : INES;
    Actor ivan = swapped ? INES : IVAN;
    Actor owner = swapped ? LANDLORD : OWNER;
    Actor landlord = swapped ? OWNER : LANDLORD;
    Salts keys = Salts.seeded(keySeed);
    return f.inNegotiation(charter())
        .ok(
            new Command.OpenRound(FACILITATOR.id(), f.at(), ImmutableList.of(P1))
                .withKey(RoundKeys.draw(keys)),
            f.position(ines, P1, Stance.SUPPORT),
            f.position(ivan, P1, Stance.OPPOSE),
            f.position(ASSO, P1, Stance.SUPPORT),
            f.position(owner, P1, Stance.ACCEPT),
            f.object(landlord, P1, "the budget is short"),
            f.closeRound(FACILITATOR),
            new Command.OpenRound(FACILITATOR.id(), f.at(), ImmutableList.of(P2, P3))
                .withKey(RoundKeys.draw(keys)),
            new Command.CastBallot(ines.id(), f.at(), FIRST),
            new Command.CastBallot(ivan.id(), f.at(), SECOND),
            new Command.CastBallot(owner.id(), f.at(), FIRST),
            new Command.CastBallot(landlord.id(), f.at(), SECOND),
            f.closeRound(FACILITATOR));
  }

  /** A pseudonym of a secret round, which no public output holds. */
  private static final java.util.regex.Pattern PSEUDONYM =
      java.util.regex.Pattern.compile(RoundKeys.PREFIX + "[0-9a-f]{64}");

  /** Everything the public sees of a process. */
  private static List<String> publicOutputs(Run run) {
    ProcessHistory history = ProcessHistory.of(run.state().charter(), run.events());
    List<String> outputs = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      PublicReport report = PublicReport.of("The square", history, Texts.of(locale));
      outputs.add(report.markdown());
      outputs.add(report.html());
    }
    outputs.add(RunAnalysis.of(history).toString());
    outputs.add(CODEC.text(CODEC.toTree(ProcessSummary.of("square", "head", history))));
    for (Actor actor : List.of(INES, IVAN, OWNER, LANDLORD, ASSO)) {
      StringBuilder export = new StringBuilder();
      for (Event event : Erasure.concerning(run.events(), actor.id())) {
        export.append(CODEC.writeEvent(event)).append('\n');
      }
      outputs.add(export.toString());
    }
    outputs.add(history.rounds().toString());
    outputs.add(history.ballots().toString() + history.positions() + history.objections());
    return outputs;
  }

  @Test
  void swappingWhatTwoVotersOfACollegeSaidChangesNoPublicOutput() {
    Run asCast = run(false, 21);
    Run swapped = run(true, 21);
    // what they cast did change: the stored votes differ
    assertThat(asCast.events()).isNotEqualTo(swapped.events());
    List<String> before = publicOutputs(asCast);
    List<String> after = publicOutputs(swapped);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).lines().toList())
          .as("public output %s", i)
          .containsExactlyElementsOf(before.get(i).lines().toList());
    }
  }

  @Test
  void thePublicOutputsDependOnNoKeyAndShowNoPseudonym() {
    List<String> outputs = publicOutputs(run(false, 21));
    List<String> otherKeys = publicOutputs(run(false, 22));
    for (int i = 0; i < outputs.size(); i++) {
      assertThat(otherKeys.get(i).lines().toList())
          .as("public output %s", i)
          .containsExactlyElementsOf(outputs.get(i).lines().toList());
    }
    for (String output : publicOutputs(run(false, 21))) {
      assertThat(output).doesNotContainPattern(PSEUDONYM);
    }
  }

  @Test
  void theReportSaysTheProposalWasBlockedByOneObjectionOfAVoterOfTheSecretRound() {
    Run run = run(false, 21);
    ProcessHistory history = ProcessHistory.of(run.state().charter(), run.events());
    assertThat(PublicReport.of("The square", history, Texts.of(Locale.ENGLISH)).markdown())
        .contains("1 reasoned objection stands (by a voter of a secret round)");
    assertThat(PublicReport.of("The square", history, Texts.of(Locale.FRENCH)).markdown())
        .contains("tour 1\u00a0: bloquée par une objection", "objection motivée 1");
  }

  @Test
  void theReportShowsTheTalliesAndWhoTookPart() {
    Run run = run(false, 21);
    ProcessHistory history = ProcessHistory.of(run.state().charter(), run.events());
    String markdown = PublicReport.of("The square", history).markdown();
    assertThat(markdown).contains("Secret rounds").contains("Round 2: 4 participants");
    assertThat(history.rounds().get(1).participants())
        .containsExactly(INES.id(), IVAN.id(), LANDLORD.id(), OWNER.id());
    assertThat(history.rounds().get(1).tally()).isPresent();
    assertThat(history.positions()).isEmpty();
    assertThat(history.rounds().get(0).decisions().get(0).outcome().tally().counts())
        .containsEntry(Stance.SUPPORT, 2)
        .containsEntry(Stance.OPPOSE, 1);
    assertThat(Optional.of(markdown)).hasValueSatisfying(m -> assertThat(m).contains("Round 1"));
  }
}
