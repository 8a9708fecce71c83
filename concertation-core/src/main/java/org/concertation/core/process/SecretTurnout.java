package org.concertation.core.process;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Electorate;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Phase;
import org.concertation.core.personal.RoundKeys;
import org.jspecify.annotations.Nullable;

/**
 * Who took part in a secret round and the electorate its count reads, at its close. Who took part
 * is known from the key (each member whose pseudonym voted) or, when a stored history is checked
 * after the key was erased, from the close itself ({@link SecretRound#claimed()}). The electorate
 * holds the pseudonyms that voted, each with the college it voted in, and stands-ins for those who
 * could vote and did not, as many per college as the public round's electorate would count: so
 * every count and quorum comes out as it would in a public round, and no stand-in is anyone's.
 *
 * @param participants who took part, in the order of their ids
 * @param electorate the electorate of pseudonyms and stand-ins
 */
record SecretTurnout(ImmutableSet<ActorId> participants, Electorate electorate) {
  /** How a stand-in's id begins: reserved ({@link RoundKeys#PREFIX}), so no actor's. */
  private static final String ABSENT = RoundKeys.PREFIX + "absent:";

  /**
   * The turnout of the open secret round, or null when it cannot be known: no key, no claim.
   *
   * @param state the state, with an open secret round
   * @param weights the weight of every college
   */
  static @Nullable SecretTurnout of(ProcessState state, ImmutableMap<CollegeId, Integer> weights) {
    RoundState round = requireNonNull(state.openRound, "checked: a round is open");
    SecretRound secret = requireNonNull(round.secret(), "checked: a secret round");
    ImmutableSet<ActorId> participants = secret.claimed();
    if (participants == null) {
      if (!secret.hasKey()) {
        return null;
      }
      Set<ActorId> voted = secret.colleges().keySet();
      Set<ActorId> found = new HashSet<>();
      for (Member member : state.members.values()) {
        if (voted.contains(secret.pseudonym(member.actor().id()))) {
          found.add(member.actor().id());
        }
      }
      participants = ImmutableSet.copyOf(found);
    }
    participants =
        ImmutableSet.copyOf(ImmutableSet.copyOf(participants).stream().sorted().toList());
    Charter charter = state.charter;
    // how many could vote in each college (the empty key: in none), as a public round counts them
    Map<Optional<CollegeId>, Integer> eligible = new LinkedHashMap<>();
    for (Member member : state.members.values()) {
      ActorId id = member.actor().id();
      if (charter.allows(
              Activity.TAKE_POSITION, member.role(), member.actor().kind(), Phase.NEGOTIATION)
          // who left is no longer asked, but a ballot she cast in the round stands and counts
          && (!member.hasLeft() || participants.contains(id))) {
        eligible.merge(member.college(), 1, Integer::sum);
      }
    }
    ImmutableSet.Builder<ActorId> voters = ImmutableSet.builder();
    ImmutableMap.Builder<ActorId, CollegeId> collegeOf = ImmutableMap.builder();
    Map<Optional<CollegeId>, Integer> absent = new LinkedHashMap<>(eligible);
    secret
        .colleges()
        .forEach(
            (pseudonym, college) -> {
              voters.add(pseudonym);
              college.ifPresent(c -> collegeOf.put(pseudonym, c));
              absent.merge(college, -1, Integer::sum);
            });
    absent.forEach(
        (college, count) -> {
          for (int i = 0; i < count; i++) {
            ActorId standIn =
                ActorId.of(ABSENT + college.map(CollegeId::value).orElse("") + ":" + i);
            voters.add(standIn);
            college.ifPresent(c -> collegeOf.put(standIn, c));
          }
        });
    return new SecretTurnout(
        participants, new Electorate(voters.build(), collegeOf.buildOrThrow(), weights));
  }

  /**
   * Whether a close's participants fit the round's pseudonyms: as many in each college as voted
   * there, each a member of the process. How a stored close is checked once the key is gone.
   *
   * @param state the state, with an open secret round
   * @param participants who the close says took part
   * @return why they do not fit, or empty when they do
   */
  static Optional<String> misfit(ProcessState state, Set<ActorId> participants) {
    RoundState round = requireNonNull(state.openRound, "checked: a round is open");
    SecretRound secret = requireNonNull(round.secret(), "checked: a secret round");
    Map<Optional<CollegeId>, Integer> count = new LinkedHashMap<>();
    for (ActorId id : participants) {
      Member member = state.members.get(id);
      if (member == null) {
        return Optional.of(
            "participant '" + id + "' of secret round " + round.number() + " is not registered");
      }
      count.merge(member.college(), 1, Integer::sum);
    }
    for (Optional<CollegeId> college : secret.colleges().values()) {
      count.merge(college, -1, Integer::sum);
    }
    return count.values().stream().anyMatch(n -> n != 0)
        ? Optional.of(
            "the participants of secret round "
                + round.number()
                + " do not match its pseudonyms in number in every college")
        : Optional.empty();
  }
}
