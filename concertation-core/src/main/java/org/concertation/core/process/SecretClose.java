package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Tally;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.personal.RoundKeys;

/**
 * The close of a secret position round names no pseudonym: each reasoned objection of a decision's
 * tally, and each objector of {@link Grounds.Blocked}, is a stand-in, {@value #STAND_IN} and its
 * number within the decision, so that the close tells how many objected (and that the proposal was
 * blocked) without a handle on any voter, not even one that would tell that two objections came
 * from the same voter. The objections are numbered in the order of their reasons' texts, never in
 * the order they were raised nor by pseudonym; a reason erased before the close comes after the
 * present ones, by its digest. An objection keeps its reason, a personal value of its stand-in.
 *
 * <p>A close written before stand-ins named the objectors' pseudonyms; {@link
 * #namesTheRoundsObjectors} tells whether such a close names exactly those of its round.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SecretClose {
  /** How a stand-in's id begins: reserved ({@link RoundKeys#PREFIX}), so no actor's. */
  static final String STAND_IN = RoundKeys.PREFIX + "objection-";

  private SecretClose() {}

  /**
   * The outcome with its objections and objectors replaced by stand-ins; the same instance when it
   * holds no objection.
   */
  static Outcome withoutPseudonyms(Outcome outcome) {
    Tally t = outcome.tally();
    if (t.objections().isEmpty()) {
      return outcome;
    }
    List<Position> ordered = new ArrayList<>(t.objections());
    ordered.sort(Comparator.comparing(p -> order(p.reason().orElseThrow())));
    ImmutableList.Builder<Position> objections = ImmutableList.builder();
    ImmutableList.Builder<ActorId> standIns = ImmutableList.builder();
    for (int n = 0; n < ordered.size(); n++) {
      ActorId standIn = ActorId.of(STAND_IN + (n + 1));
      objections.add(new Position(standIn, Stance.OBJECT, ordered.get(n).reason()));
      standIns.add(standIn);
    }
    Grounds grounds =
        outcome.grounds() instanceof Grounds.Blocked
            ? new Grounds.Blocked(standIns.build())
            : outcome.grounds();
    return new Outcome(
        outcome.rule(),
        outcome.verdict(),
        outcome.tie(),
        new Tally(t.eligible(), t.counts(), t.colleges(), t.share(), objections.build()),
        grounds,
        outcome.legacyExplanation());
  }

  /** How a reason orders: a present text by its text, before an erased one by its digest. */
  private static String order(PersonalText reason) {
    return reason.isErased() ? "1" + reason.digest().orElse("") : "0" + reason.orElseThrow();
  }

  /** The close with the outcome of each decision {@link #withoutPseudonyms}. */
  static Event.RoundClosed withoutPseudonyms(Event.RoundClosed close) {
    ImmutableList.Builder<RoundDecision> decisions = ImmutableList.builder();
    for (RoundDecision d : close.decisions()) {
      decisions.add(
          new RoundDecision(d.proposal(), d.version(), withoutPseudonyms(d.outcome()), d.status()));
    }
    return close.withDecisions(decisions.build());
  }

  /**
   * Whether a close, as written before stand-ins, names as the objectors of each decision exactly
   * the pseudonyms that objected to its proposal in the open secret round, each once, its grounds
   * the same objectors as its tally.
   */
  static boolean namesTheRoundsObjectors(RoundState round, Event.RoundClosed close) {
    for (RoundDecision d : close.decisions()) {
      ProposalId proposal = d.proposal();
      ImmutableMultiset<ActorId> objectors =
          round.positionsOn(proposal).values().stream()
              .filter(p -> p.stance() == Stance.OBJECT)
              .map(Position::actor)
              .collect(ImmutableMultiset.toImmutableMultiset());
      List<ActorId> named = d.outcome().tally().objections().stream().map(Position::actor).toList();
      if (!ImmutableMultiset.copyOf(named).equals(objectors)
          || (d.outcome().grounds() instanceof Grounds.Blocked b && !b.objectors().equals(named))) {
        return false;
      }
    }
    return true;
  }
}
