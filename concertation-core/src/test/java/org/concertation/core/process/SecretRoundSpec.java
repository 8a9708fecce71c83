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
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.junit.jupiter.api.Test;

/**
 * Secret rounds: a position or ballot names its voter by a pseudonym of the round, one ballot per
 * voter (or replacement) still holds, and the close counts as a public round would and names who
 * took part.
 */
class SecretRoundSpec {
  private static final BallotRule PLURALITY = BallotRule.ranked("plurality");
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");
  private static final CollegeId ASSOCIATIONS = CollegeId.of("associations");

  private final Fixture f = new Fixture();
  private final PersonalText key = RoundKeys.draw(Salts.seeded(14));

  /** The project logic with a college per kind; round 1 by this ballot rule, or by positions. */
  static Charter charter(Optional<BallotRule> rule, boolean secret, boolean replaces) {
    Charter.Builder builder =
        Charter.builder()
            .from(Charters.projectLogic())
            .colleges(
                List.of(
                    College.of("institutions", "Institutions", 1, ActorKind.INSTITUTION),
                    College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                    College.of("associations", "Associations", 2, ActorKind.ASSOCIATION)))
            .laterBallotReplaces(replaces);
    rule.ifPresent(r -> builder.ballotRules(Map.of(1, r)));
    if (secret) {
      builder.secretRounds(Set.of(1));
    }
    return builder.build();
  }

  private Command openSecret(ProposalId... agenda) {
    return new Command.OpenRound(
        FACILITATOR.id(), f.at(), ImmutableList.copyOf(agenda), Optional.of(key));
  }

  private Run secretBallotRound(boolean replaces) {
    return f.inNegotiation(charter(Optional.of(PLURALITY), true, replaces))
        .ok(openSecret(P1, P2, P3));
  }

  private Command cast(Actor by, Ballot ballot) {
    return new Command.CastBallot(by.id(), f.at(), ballot);
  }

  private ActorId pseudonym(Actor actor) {
    return RoundKeys.pseudonym(key, actor.id());
  }

  private static Ballot ranking(ProposalId... order) {
    return Ballot.Ranking.strict(order);
  }

  private static Event.RoundClosed closeOf(Run run) {
    return (Event.RoundClosed) run.events().get(run.events().size() - 1);
  }

  @Test
  void opensASecretRoundWithItsKeyInTheOpening() {
    Run run = f.inNegotiation(charter(Optional.of(PLURALITY), true, false));
    Event.RoundOpened opened =
        Spec.given(run).when(openSecret(P1, P2)).thenSingle(Event.RoundOpened.class);
    assertThat(opened.key()).contains(key);
    assertThat(opened.isSecret()).isTrue();
  }

  @Test
  void refusesToOpenASecretRoundWithoutAKey() {
    Spec.given(f.inNegotiation(charter(Optional.of(PLURALITY), true, false)))
        .when(f.openRound(FACILITATOR, P1, P2))
        .thenRejected(new Rejection.RoundKeyMissing(1));
  }

  @Test
  void aPublicRoundKeepsNoKeyEvenWhenGivenOne() {
    Run run = f.inNegotiation(charter(Optional.of(PLURALITY), false, false));
    Event.RoundOpened opened =
        Spec.given(run).when(openSecret(P1, P2)).thenSingle(Event.RoundOpened.class);
    assertThat(opened.key()).isEmpty();
  }

  @Test
  void castsASecretBallotUnderThePseudonymWithTheVotersCollegeAndNeverHerId() {
    Run run = secretBallotRound(false);
    Command command = cast(INES, ranking(P2, P1, P3));
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.SecretBallotCast(
                    command.at(),
                    1,
                    pseudonym(INES),
                    Optional.of(INHABITANTS),
                    ranking(P2, P1, P3)));
    assertThat(pseudonym(INES).value())
        .startsWith(RoundKeys.PREFIX)
        .doesNotContain(INES.id().value());
    assertThat(after.openRound().orElseThrow().ballots()).containsOnlyKeys(pseudonym(INES));
  }

  @Test
  void refusesASecondSecretBallotOfTheSameVoter() {
    Spec.given(secretBallotRound(false).ok(cast(INES, ranking(P1, P2, P3))))
        .when(cast(INES, ranking(P2, P1, P3)))
        .thenRejected(new Rejection.AlreadyVoted(INES.id(), 1));
  }

  @Test
  void aLaterSecretBallotReplacesTheEarlierWhereTheCharterAllows() {
    Run run =
        secretBallotRound(true)
            .ok(cast(INES, ranking(P1, P2, P3)), cast(INES, ranking(P2, P1, P3)));
    assertThat(run.state().openRound().orElseThrow().ballots())
        .containsExactly(Map.entry(pseudonym(INES), ranking(P2, P1, P3)));
    Run closed = run.ok(f.closeRound(FACILITATOR));
    assertThat(closeOf(closed).ballot().orElseThrow().ballots()).isEqualTo(1);
    assertThat(closeOf(closed).participants()).contains(ImmutableSet.of(INES.id()));
  }

  @Test
  void twoVotersHaveTwoPseudonymsAndAnotherRoundKeyGivesOthers() {
    ActorId ines = pseudonym(INES);
    assertThat(ines).isNotEqualTo(pseudonym(IVAN));
    assertThat(RoundKeys.pseudonym(RoundKeys.draw(Salts.seeded(15)), INES.id())).isNotEqualTo(ines);
  }

  @Test
  void refusesToRegisterAnActorUnderAnIdReservedForPseudonyms() {
    Actor impostor = Actor.of(RoundKeys.KEY_OWNER.value(), "Key", ActorKind.INHABITANT);
    Spec.given(f.framed(Charters.projectLogic()))
        .when(f.register(OWNER, impostor, Role.PARTICIPANT))
        .thenRejected(Rejection.InvalidRegistration.class);
  }

  /** The same ballots, cast in a public and in a secret round, close with the same outcome. */
  @Test
  void aSecretBallotRoundClosesWithThePublicRoundsOutcomeAndNamesWhoTookPart() {
    BallotRule weighted = PLURALITY.withCollegeWeights(true);
    Run secret =
        f.inNegotiation(charter(Optional.of(weighted), true, false)).ok(openSecret(P1, P2, P3));
    Fixture g = new Fixture();
    Run open =
        g.inNegotiation(charter(Optional.of(weighted), false, false))
            .ok(g.openRound(FACILITATOR, P1, P2, P3));
    for (Actor voter : List.of(INES, IVAN, OWNER)) {
      secret.ok(cast(voter, ranking(P1, P2, P3)));
      open.ok(new Command.CastBallot(voter.id(), g.at(), ranking(P1, P2, P3)));
    }
    for (Actor voter : List.of(ASSO, LANDLORD)) {
      secret.ok(cast(voter, ranking(P2, P1, P3)));
      open.ok(new Command.CastBallot(voter.id(), g.at(), ranking(P2, P1, P3)));
    }
    secret.ok(f.closeRound(FACILITATOR));
    open.ok(g.closeRound(FACILITATOR));

    assertThat(closeOf(secret).ballot()).isEqualTo(closeOf(open).ballot());
    assertThat(closeOf(secret).ballot().orElseThrow().chosen()).containsExactly(P2); // weighted
    assertThat(closeOf(secret).participants())
        .contains(ImmutableSet.of(ASSO.id(), INES.id(), IVAN.id(), LANDLORD.id(), OWNER.id()));
    assertThat(closeOf(open).participants()).isEmpty();
    assertThat(secret.state().openRound()).isEmpty();
  }

  @Test
  void aSecretPositionRoundDecidesAsThePublicOneAndRefusesASecondPosition() {
    Run secret = f.inNegotiation(charter(Optional.empty(), true, false)).ok(openSecret(P1));
    Fixture g = new Fixture();
    Run open =
        g.inNegotiation(charter(Optional.empty(), false, false)).ok(g.openRound(FACILITATOR, P1));
    secret.ok(f.position(INES, P1, Stance.SUPPORT), f.object(ASSO, P1, "too noisy at night"));
    open.ok(g.position(INES, P1, Stance.SUPPORT), g.object(ASSO, P1, "too noisy at night"));
    Event position = secret.events().get(secret.events().size() - 1);
    java.time.Instant objected = f.last();
    Spec.given(secret)
        .when(f.position(INES, P1, Stance.OPPOSE))
        .thenRejected(new Rejection.AlreadyPositioned(INES.id(), P1, 1));
    assertThat(position)
        .isEqualTo(
            new Event.SecretPositionTaken(
                objected,
                1,
                P1,
                Position.objection(pseudonym(ASSO), "too noisy at night"),
                Optional.of(ASSOCIATIONS)));
    secret.ok(f.closeRound(FACILITATOR));
    open.ok(g.closeRound(FACILITATOR));
    var secretDecision = closeOf(secret).decisions().get(0);
    var openDecision = closeOf(open).decisions().get(0);
    assertThat(secretDecision.outcome().verdict()).isEqualTo(openDecision.outcome().verdict());
    assertThat(secretDecision.outcome().tally().counts())
        .isEqualTo(openDecision.outcome().tally().counts());
    assertThat(secretDecision.outcome().tally().eligible())
        .isEqualTo(openDecision.outcome().tally().eligible());
    assertThat(secretDecision.outcome().tally().colleges())
        .isEqualTo(openDecision.outcome().tally().colleges());
    assertThat(secretDecision.status()).isEqualTo(openDecision.status());
    // the objection stands in the tally under a stand-in, never the objector's id or pseudonym
    assertThat(secretDecision.outcome().tally().objections())
        .extracting(Position::actor)
        .containsExactly(ActorId.of("secret:objection-1"));
    assertThat(closeOf(secret).participants()).contains(ImmutableSet.of(ASSO.id(), INES.id()));
  }

  /** A secret position round on p1 and p2, where the association objects to both. */
  private Run objectedTwice() {
    return f.inNegotiation(charter(Optional.empty(), true, false))
        .ok(
            openSecret(P1, P2),
            f.object(LANDLORD, P1, "the north side is forgotten"),
            f.object(ASSO, P1, "too noisy at night"),
            f.position(INES, P1, Stance.SUPPORT),
            f.object(ASSO, P2, "too noisy at night"),
            f.position(IVAN, P2, Stance.SUPPORT),
            f.position(OWNER, P2, Stance.SUPPORT),
            f.closeRound(FACILITATOR));
  }

  @Test
  void theCloseOfASecretPositionRoundNamesStandInsInTheOrderOfTheReasonsAndNoPseudonym() {
    Run run = objectedTwice();
    Event.RoundClosed close = closeOf(run);
    var onP1 = close.decisions().get(0).outcome();
    var onP2 = close.decisions().get(1).outcome();
    ActorId first = ActorId.of(RoundKeys.PREFIX + "objection-1");
    ActorId second = ActorId.of(RoundKeys.PREFIX + "objection-2");
    // raised by the landlord first, numbered by their reasons' texts: "the north..." < "too..."
    assertThat(onP1.tally().objections())
        .containsExactly(
            Position.objection(first, "the north side is forgotten"),
            Position.objection(second, "too noisy at night"));
    assertThat(onP1.tally().count(Stance.OBJECT)).isEqualTo(2);
    assertThat(onP1.verdict()).isEqualTo(org.concertation.api.decision.Verdict.BLOCKED);
    assertThat(onP1.grounds())
        .isEqualTo(
            new org.concertation.api.decision.Grounds.Blocked(ImmutableList.of(first, second)));
    // the association's two objections share no handle in the close
    assertThat(onP2.grounds())
        .isEqualTo(new org.concertation.api.decision.Grounds.Blocked(ImmutableList.of(first)));
    String written = org.concertation.core.json.JsonCodec.create().writeEvent(close);
    for (Actor voter : List.of(ASSO, LANDLORD, INES, IVAN)) {
      assertThat(written).doesNotContain(pseudonym(voter).value());
    }
    assertThat(close.participants())
        .contains(ImmutableSet.of(ASSO.id(), INES.id(), IVAN.id(), LANDLORD.id(), OWNER.id()));
  }

  @Test
  void theHistoryCheckAcceptsTheCloseWithStandInsWithAndWithoutItsKey() {
    Run run = objectedTwice();
    Charter charter = run.state().charter();
    assertThat(HistoryCheck.create().firstImpossible(charter, run.events())).isEmpty();
    assertThat(HistoryCheck.create().firstImpossible(charter, erasedKey(run.events()))).isEmpty();
  }

  @Test
  void theHistoryCheckRefusesACloseThatHidesAnObjectionOrNamesAnotherVotersPseudonym() {
    Run run = objectedTwice();
    List<Event> erased = erasedKey(run.events());
    Event.RoundClosed close = (Event.RoundClosed) erased.get(erased.size() - 1);
    var decision = close.decisions().get(0);
    var outcome = decision.outcome();
    var tally = outcome.tally();
    // one objection less, the same stand-in for both
    Event.RoundClosed hidden =
        withOutcome(
            close,
            new org.concertation.api.decision.Outcome(
                outcome.rule(),
                outcome.verdict(),
                outcome.tie(),
                new org.concertation.api.decision.Tally(
                    tally.eligible(),
                    tally.counts(),
                    tally.colleges(),
                    tally.share(),
                    tally.objections().subList(0, 1)),
                new org.concertation.api.decision.Grounds.Blocked(
                    ImmutableList.of(tally.objections().get(0).actor())),
                outcome.legacyExplanation()));
    // as a close written before stand-ins, but naming Inès's pseudonym, who supported p1
    Event.RoundClosed misnamed =
        withOutcome(close, objectors(outcome, pseudonym(LANDLORD), pseudonym(INES)));
    for (Event.RoundClosed forged : List.of(hidden, misnamed)) {
      List<Event> history = new java.util.ArrayList<>(erased.subList(0, erased.size() - 1));
      history.add(forged);
      assertThat(HistoryCheck.create().firstImpossible(run.state().charter(), history))
          .hasValueSatisfying(
              i -> {
                assertThat(i.position()).isEqualTo(history.size());
                assertThat(i.reason()).isInstanceOf(ImpossibleEvent.NotCaused.class);
              });
    }
  }

  @Test
  void aCloseWrittenBeforeStandInsThatNamesTheRoundsObjectorsStillChecks() {
    Run run = objectedTwice();
    List<Event> erased = erasedKey(run.events());
    Event.RoundClosed close = (Event.RoundClosed) erased.get(erased.size() - 1);
    // as the decider wrote it before: the pseudonyms in the order the objections were raised
    var p1 = objectors(close.decisions().get(0).outcome(), pseudonym(LANDLORD), pseudonym(ASSO));
    Event.RoundClosed legacy = withOutcome(close, p1);
    RoundDecision onP2 = close.decisions().get(1);
    legacy =
        legacy.withDecisions(
            ImmutableList.of(
                legacy.decisions().get(0),
                new RoundDecision(
                    onP2.proposal(),
                    onP2.version(),
                    objectors(onP2.outcome(), pseudonym(ASSO)),
                    onP2.status())));
    List<Event> history = new java.util.ArrayList<>(erased.subList(0, erased.size() - 1));
    history.add(legacy);
    assertThat(HistoryCheck.create().firstImpossible(run.state().charter(), history)).isEmpty();
  }

  /**
   * The outcome with its objections, in their order, under other ids (for the first decision of
   * {@link #objectedTwice()}: the landlord's reason, then the association's).
   */
  private static org.concertation.api.decision.Outcome objectors(
      org.concertation.api.decision.Outcome outcome, ActorId... ids) {
    var tally = outcome.tally();
    ImmutableList<Position> renamed =
        java.util.stream.IntStream.range(0, ids.length)
            .mapToObj(i -> new Position(ids[i], Stance.OBJECT, tally.objections().get(i).reason()))
            .collect(ImmutableList.toImmutableList());
    return new org.concertation.api.decision.Outcome(
        outcome.rule(),
        outcome.verdict(),
        outcome.tie(),
        new org.concertation.api.decision.Tally(
            tally.eligible(), tally.counts(), tally.colleges(), tally.share(), renamed),
        outcome.grounds() instanceof org.concertation.api.decision.Grounds.Blocked
            ? new org.concertation.api.decision.Grounds.Blocked(ImmutableList.copyOf(ids))
            : outcome.grounds(),
        outcome.legacyExplanation());
  }

  /** The close with the first decision's outcome replaced. */
  private static Event.RoundClosed withOutcome(
      Event.RoundClosed close, org.concertation.api.decision.Outcome outcome) {
    RoundDecision first = close.decisions().get(0);
    ImmutableList.Builder<RoundDecision> decisions = ImmutableList.builder();
    decisions.add(new RoundDecision(first.proposal(), first.version(), outcome, first.status()));
    decisions.addAll(close.decisions().subList(1, close.decisions().size()));
    return close.withDecisions(decisions.build());
  }

  @Test
  void anActorWhoVotedThenLeftStillCountsAmongWhoCouldVote() {
    Run secret =
        secretBallotRound(false)
            .ok(cast(IVAN, ranking(P1, P2, P3)), f.leave(IVAN), f.closeRound(FACILITATOR));
    Fixture g = new Fixture();
    Run open =
        g.inNegotiation(charter(Optional.of(PLURALITY), false, false))
            .ok(
                g.openRound(FACILITATOR, P1, P2, P3),
                new Command.CastBallot(IVAN.id(), g.at(), ranking(P1, P2, P3)),
                g.leave(IVAN),
                g.closeRound(FACILITATOR));
    assertThat(closeOf(secret).ballot()).isEqualTo(closeOf(open).ballot());
    assertThat(closeOf(secret).participants()).contains(ImmutableSet.of(IVAN.id()));
  }

  @Test
  void aSecretRoundWhoseKeyWasErasedRefusesBallotsButItsStoredCloseStillChecks() {
    Run run =
        secretBallotRound(false).ok(cast(INES, ranking(P1, P2, P3)), f.closeRound(FACILITATOR));
    List<Event> erased = erasedKey(run.events());
    // the whole history, key erased, still folds: the close says who took part
    ProcessState folded =
        ConcertationDecider.create()
            .fold(ConcertationDecider.create().initialState(run.state().charter()), erased);
    assertThat(folded.version()).isEqualTo(run.state().version());
    // up to before the close, the round cannot take a ballot any more
    Spec.given(run.state().charter(), erased.subList(0, erased.size() - 1))
        .when(cast(IVAN, ranking(P1, P2, P3)))
        .thenRejected(new Rejection.RoundKeyMissing(1));
  }

  @Test
  void aStoredCloseThatNamesOtherParticipantsThanItsPseudonymsIsImpossible() {
    Run run =
        secretBallotRound(false).ok(cast(INES, ranking(P1, P2, P3)), f.closeRound(FACILITATOR));
    List<Event> erased = erasedKey(run.events());
    Event.RoundClosed close = (Event.RoundClosed) erased.get(erased.size() - 1);
    Event.RoundClosed forged =
        new Event.RoundClosed(
            close.at(),
            close.by(),
            close.round(),
            close.decisions(),
            close.ballot(),
            Optional.of(ImmutableSet.of(INES.id(), IVAN.id())));
    List<Event> history = new java.util.ArrayList<>(erased.subList(0, erased.size() - 1));
    history.add(forged);
    assertThat(HistoryCheck.create().firstImpossible(run.state().charter(), history))
        .hasValueSatisfying(
            i -> assertThat(i.reason()).isInstanceOf(ImpossibleEvent.Malformed.class));
  }

  @Test
  void aStoredSecondSecretBallotOfOnePseudonymIsImpossible() {
    Run run = secretBallotRound(false).ok(cast(INES, ranking(P1, P2, P3)));
    List<Event> history = new java.util.ArrayList<>(run.events());
    Event.SecretBallotCast first = (Event.SecretBallotCast) history.get(history.size() - 1);
    history.add(
        new Event.SecretBallotCast(f.at(), 1, first.voter(), first.college(), ranking(P2, P1, P3)));
    assertThat(HistoryCheck.create().firstImpossible(run.state().charter(), history))
        .hasValueSatisfying(
            i -> {
              assertThat(i.position()).isEqualTo(history.size());
              assertThat(i.reason())
                  .isEqualTo(
                      new ImpossibleEvent.Refused(new Rejection.AlreadyVoted(first.voter(), 1)));
            });
  }

  /** The events as a store keeps them once the round's key is erased. */
  private static List<Event> erasedKey(List<Event> events) {
    Salts salts = Salts.seeded(1);
    return events.stream().map(e -> RoundKeys.withoutKey(e, salts)).toList();
  }
}
