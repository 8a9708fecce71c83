package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;
import org.junit.jupiter.api.Test;

class RoundStateTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final ActorId INES = ActorId.of("ines");

  private static RoundState open() {
    return RoundState.open(1, ImmutableList.of(P1, P2), DecisionRule.simpleMajority());
  }

  @Test
  void anOpenRoundHoldsAnEmptyPositionMapForEachProposalOfItsAgenda() {
    RoundState round = open();

    assertThat(round.number()).isEqualTo(1);
    assertThat(round.agenda()).containsExactly(P1, P2);
    assertThat(round.rule()).isEqualTo(DecisionRule.simpleMajority());
    assertThat(round.positions()).containsOnlyKeys(P1, P2);
    assertThat(round.positionsOn(P1)).isEmpty();
    assertThat(round.positionsOn(ProposalId.of("elsewhere"))).isEmpty();
  }

  @Test
  void aPositionIsKeptOnItsProposalAndTheRoundBeforeItIsLeftAlone() {
    RoundState before = open();
    Position support = Position.of(INES, Stance.SUPPORT);

    RoundState after = before.with(P1, support);

    assertThat(after.positionsOn(P1)).containsEntry(INES, support);
    assertThat(after.positions().get(P1)).containsEntry(INES, support);
    assertThat(after.positionsOn(P2)).isEmpty();
    assertThat(before.positionsOn(P1)).isEmpty();
    assertThatThrownBy(() -> after.positions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void roundsAreEqualExactlyWhenTheirNumberAgendaRuleAndPositionsAre() {
    RoundState round = open();
    Position support = Position.of(INES, Stance.SUPPORT);

    assertThat(open()).isEqualTo(round).hasSameHashCodeAs(round);
    assertThat(round.with(P1, support)).isEqualTo(open().with(P1, support));
    assertThat(round.with(P1, support)).isNotEqualTo(round);
    assertThat(round.with(P1, support)).isNotEqualTo(round.with(P2, support));
    assertThat(RoundState.open(2, ImmutableList.of(P1, P2), DecisionRule.simpleMajority()))
        .isNotEqualTo(round);
    assertThat(RoundState.open(1, ImmutableList.of(P2, P1), DecisionRule.simpleMajority()))
        .isNotEqualTo(round);
    assertThat(RoundState.open(1, ImmutableList.of(P1, P2), DecisionRule.unanimity()))
        .isNotEqualTo(round);
    assertThat(round).isNotEqualTo("a round");
  }

  @Test
  void aRoundSaysItsNumberAgendaAndPositions() {
    assertThat(open().with(P1, Position.of(INES, Stance.OPPOSE)).toString())
        .startsWith("RoundState[number=1, agenda=[p1, p2], rule=")
        .contains("ines");
  }
}
