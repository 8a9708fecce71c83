package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.Recount;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/** Recounts of simulated ballot rounds, under their own rule and under others. */
class RecountProperties {
  @Test
  void aRecountUnderTheRoundsOwnRuleGivesTheRecordedOutcome() {
    PropertyHarness.forAll(
            "a recount under the round's own rule gives exactly the outcome its close recorded",
            40,
            BallotSimulationProperties::draw,
            (input, random) -> {
              int recounted = 0;
              for (Event event : input.events()) {
                if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
                  Recount recount =
                      Recount.of(input.charter(), input.events(), closed.round(), input.rule());
                  assertThat(recount.outcome())
                      .as("round %s of %s", closed.round(), input)
                      .isEqualTo(closed.ballot().orElseThrow());
                  assertThat(recount.agrees()).isTrue();
                  recounted++;
                }
              }
              PropertyHarness.assume(recounted > 0);
            })
        .requireChecked(0.5);
  }

  @Test
  void aRecountUnderAnotherRuleOfTheSameBallotsCountsTheSameVotersAndDecidesEveryProposal() {
    PropertyHarness.forAll(
            "a recount under another rule of the same ballots counts the same voters",
            30,
            BallotSimulationProperties::draw,
            (input, random) -> {
              List<BallotRule> others =
                  BallotSimulationProperties.RULES.stream()
                      .filter(r -> r.ballotKind() == input.rule().ballotKind())
                      .filter(r -> r.scale().equals(input.rule().scale()))
                      .toList();
              BallotRule other = others.get(random.nextInt(others.size()));
              int recounted = 0;
              for (Event event : input.events()) {
                if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
                  Recount recount =
                      Recount.of(input.charter(), input.events(), closed.round(), other);
                  assertThat(recount.outcome().ballots())
                      .isEqualTo(closed.ballot().orElseThrow().ballots());
                  assertThat(recount.outcome().quorumMet())
                      .isEqualTo(closed.ballot().orElseThrow().quorumMet());
                  assertThat(recount.outcome().statuses().keySet())
                      .containsExactlyElementsOf(closed.ballot().orElseThrow().statuses().keySet());
                  assertThat(recount.rule().quorum()).isEqualTo(input.rule().quorum());
                  recounted++;
                }
              }
              PropertyHarness.assume(recounted > 0);
            })
        .requireChecked(0.5);
  }
}
