package org.concertation.core.process;

import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.MOBILITY;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;

/**
 * A process with two secret rounds, for the tests of the stores: round 1 by positions on p1, where
 * the social landlord objects ({@link #REASON}), round 2 by ballots (Schulze) on p2 and p3. Its
 * events come in the batches a host appends them in, each round's close in a batch of its own.
 */
public final class SecretRoundStory {
  /** The rule of round 2. */
  public static final BallotRule RULE = BallotRule.ranked("schulze");

  /** Who objects in round 1: the social landlord, who also submitted p3 and contributed. */
  public static final ActorId OBJECTOR = LANDLORD.id();

  /** The reason of her objection. */
  public static final String REASON = "the budget is short on the north side";

  /**
   * The batches, in order: {@link #OPEN_1}, {@link #CLOSE_1}, {@link #OPEN_2}, {@link #CLOSE_2}.
   */
  public static final int OPEN_1 = 0;

  /** The batch of the close of round 1. */
  public static final int CLOSE_1 = 1;

  /** The batch that opens round 2 and casts its ballots. */
  public static final int OPEN_2 = 2;

  /** The batch of the close of round 2. */
  public static final int CLOSE_2 = 3;

  private SecretRoundStory() {}

  /** The project logic with a college per kind, round 2 by ballots, rounds 1 and 2 secret. */
  public static Charter charter() {
    return Charter.builder()
        .from(Charters.projectLogic())
        .colleges(
            List.of(
                College.of("institutions", "Institutions", 1, ActorKind.INSTITUTION),
                College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                College.of("associations", "Associations", 2, ActorKind.ASSOCIATION)))
        .ballotRules(Map.of(2, RULE))
        .secretRounds(Set.of(1, 2))
        .build();
  }

  /**
   * The events, in batches: from the opening of the process to the positions of round 1 (open); its
   * close; round 2 opened and its ballots cast; its close.
   *
   * @param keySeed the seed of the rounds' keys
   * @return the four batches
   */
  public static ImmutableList<ImmutableList<Event>> batches(long keySeed) {
    Charter charter = charter();
    Fixture f = new Fixture();
    Salts keys = Salts.seeded(keySeed);
    Run run =
        f.opened(charter)
            .ok(
                f.advance(OWNER),
                f.identify(INES, YOUTH),
                f.identify(ASSO, MOBILITY),
                f.validate(FACILITATOR, YOUTH),
                f.validate(FACILITATOR, MOBILITY),
                f.contribute(INES, YOUTH),
                f.contribute(ASSO, YOUTH, MOBILITY),
                f.contribute(LANDLORD, MOBILITY),
                f.advance(FACILITATOR),
                f.submit(INES, P1, YOUTH),
                f.submit(ASSO, P2, MOBILITY),
                f.submit(LANDLORD, P3, YOUTH),
                f.advance(FACILITATOR),
                new Command.OpenRound(FACILITATOR.id(), f.at(), ImmutableList.of(P1))
                    .withKey(RoundKeys.draw(keys)),
                f.position(INES, P1, Stance.SUPPORT),
                f.position(IVAN, P1, Stance.OPPOSE),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(OWNER, P1, Stance.ACCEPT),
                f.object(LANDLORD, P1, REASON));
    int open1 = run.events().size();
    run.ok(f.closeRound(FACILITATOR));
    int close1 = run.events().size();
    PersonalText key2 = RoundKeys.draw(keys);
    run.ok(
        new Command.OpenRound(FACILITATOR.id(), f.at(), ImmutableList.of(P2, P3)).withKey(key2),
        new Command.CastBallot(INES.id(), f.at(), Ballot.Ranking.strict(P2, P3)),
        new Command.CastBallot(IVAN.id(), f.at(), Ballot.Ranking.strict(P3, P2)),
        new Command.CastBallot(OWNER.id(), f.at(), Ballot.Ranking.strict(P2, P3)),
        new Command.CastBallot(LANDLORD.id(), f.at(), Ballot.Ranking.strict(P2, P3)));
    int open2 = run.events().size();
    run.ok(f.closeRound(FACILITATOR));
    List<Event> events = run.events();
    return ImmutableList.of(
        ImmutableList.copyOf(events.subList(0, open1)),
        ImmutableList.copyOf(events.subList(open1, close1)),
        ImmutableList.copyOf(events.subList(close1, open2)),
        ImmutableList.copyOf(events.subList(open2, events.size())));
  }

  /**
   * The key of a round, as its opening holds it.
   *
   * @param events events that open the round
   * @param round the round's number
   * @return its key's text
   */
  public static String keyOf(List<Event> events, int round) {
    return events.stream()
        .filter(e -> e instanceof Event.RoundOpened o && o.round() == round)
        .map(e -> ((Event.RoundOpened) e).key().orElseThrow().orElseThrow())
        .findFirst()
        .orElseThrow();
  }
}
