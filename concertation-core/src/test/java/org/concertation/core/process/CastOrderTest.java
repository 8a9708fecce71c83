package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.junit.jupiter.api.Test;

/**
 * The order in which a round's voters first cast a ballot, which the close counts from: on random
 * sequences of ballots cast from random earlier states (branches, as when one state decides several
 * commands), every state sees its own ballots in its own order of first casting.
 */
class CastOrderTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final long SEED = 1201L;
  private static final int TRIES = 100;
  private static final int STEPS = 600;
  private static final int VOTERS = 300;

  private static RoundState open() {
    return RoundState.open(
        1,
        ImmutableList.of(P1, P2),
        DecisionRule.simpleMajority(),
        Optional.of(BallotRule.approval()));
  }

  @Test
  void everyStateSeesItsOwnBallotsInTheOrderItsVotersFirstCastThem() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    List<Ballot> kinds =
        List.of(Ballot.Approvals.of(), Ballot.Approvals.of(P1), Ballot.Approvals.of(P1, P2));
    for (int t = 0; t < TRIES; t++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<RoundState> states = new ArrayList<>(List.of(open()));
      List<Map<ActorId, Ballot>> expected = new ArrayList<>(List.of(new LinkedHashMap<>()));
      for (int step = 0; step < STEPS; step++) {
        // mostly the newest state, sometimes an older one, so that branches share the order
        int from = r.nextInt(4) == 0 ? r.nextInt(states.size()) : states.size() - 1;
        ActorId voter = ActorId.of("v" + r.nextInt(VOTERS));
        Ballot ballot = kinds.get(r.nextInt(kinds.size()));
        states.add(states.get(from).withBallot(voter, ballot));
        Map<ActorId, Ballot> model = new LinkedHashMap<>(expected.get(from));
        model.put(voter, ballot); // a later ballot keeps the voter's first place
        expected.add(model);
      }
      for (int s = 0; s < states.size(); s++) {
        Map<ActorId, Ballot> seen = states.get(s).ballotsInCastOrder();
        assertThat(seen).as("seed %s, state %s", seed, s).isEqualTo(states.get(s).ballots());
        assertThat(List.copyOf(seen.entrySet()))
            .as("seed %s, state %s", seed, s)
            .containsExactlyElementsOf(expected.get(s).entrySet());
      }
    }
  }

  @Test
  void aRestoredRoundSeesEveryBallotItWasGiven() {
    RoundState cast =
        open()
            .withBallot(ActorId.of("b"), Ballot.Approvals.of(P1))
            .withBallot(ActorId.of("a"), Ballot.Approvals.of(P2))
            .withBallot(ActorId.of("b"), Ballot.Approvals.of(P1, P2));
    RoundState restored =
        RoundState.restore(
            1,
            cast.agenda(),
            cast.rule(),
            PersistentMap.<ProposalId, PersistentMap<ActorId, Position>>empty()
                .plus(P1, PersistentMap.empty())
                .plus(P2, PersistentMap.empty()),
            cast.ballotRule(),
            (PersistentMap<ActorId, Ballot>) cast.ballots());

    assertThat(restored).isEqualTo(cast);
    assertThat(restored.ballotsInCastOrder()).isEqualTo(cast.ballots());
  }
}
