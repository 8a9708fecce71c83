package org.concertation.core.ballot;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * What a history holds about one round, read in one pass: its opening, its closing if it closed,
 * the ballots cast in it (a later ballot of a voter replacing an earlier one), the contents of the
 * proposals as they stood when it opened, and the colleges (each actor's, from its registration,
 * and each college's weight, from the charter and the colleges registered) until it closed.
 *
 * @param opened the round's opening, or empty when the history opens no round of that number
 * @param closed the round's closing, or empty while it is open
 * @param ballots the ballots, by voter, in the order voters first cast one
 * @param contents the proposals' contents at the opening
 * @param collegeOf the college of each actor registered in one
 * @param colleges the weight of each college
 */
record RoundBallots(
    Optional<Event.RoundOpened> opened,
    Optional<Event.RoundClosed> closed,
    ImmutableMap<ActorId, Ballot> ballots,
    ImmutableMap<ProposalId, ProposalContent> contents,
    ImmutableMap<ActorId, CollegeId> collegeOf,
    ImmutableMap<CollegeId, Integer> colleges) {

  /**
   * Reads a round from a history.
   *
   * @param history the process's events, in order
   * @param round the round's number
   * @return what the history holds about it
   */
  static RoundBallots read(List<? extends Event> history, int round) {
    return read(Optional.empty(), history, round);
  }

  /**
   * Reads a round from a history run under a charter, whose colleges hold before the history's
   * first event (a history that opens its process by {@link Event.ProcessOpened} names it too).
   *
   * @param charter the charter, if known beside the history
   * @param history the process's events, in order
   * @param round the round's number
   * @return what the history holds about it
   */
  static RoundBallots read(Optional<Charter> charter, List<? extends Event> history, int round) {
    Map<ProposalId, ProposalContent> contents = new HashMap<>();
    Map<ActorId, Ballot> ballots = new LinkedHashMap<>();
    Event.@Nullable RoundOpened opened = null;
    Event.@Nullable RoundClosed closed = null;
    Map<ActorId, CollegeId> collegeOf = new HashMap<>();
    Map<CollegeId, Integer> colleges = new LinkedHashMap<>();
    charter.ifPresent(
        c -> c.colleges().forEach(college -> colleges.put(college.id(), college.weight())));
    for (Event event : history) {
      // colleges are read until the close: a voter may register while the round is open
      if (event instanceof Event.ProcessOpened e) {
        e.charter().colleges().forEach(c -> colleges.put(c.id(), c.weight()));
      } else if (event instanceof Event.CollegeRegistered e) {
        colleges.put(e.college().id(), e.college().weight());
      } else if (event instanceof Event.ActorRegistered e) {
        e.college().ifPresent(c -> collegeOf.put(e.actor().id(), c));
      }
      if (opened == null) {
        if (event instanceof Event.ProposalSubmitted e) {
          contents.put(e.proposal(), e.content());
        } else if (event instanceof Event.ProposalAmended e) {
          contents.put(e.proposal(), e.content());
        } else if (event instanceof Event.ProposalsMerged e) {
          contents.put(e.result(), e.content());
        } else if (event instanceof Event.RoundOpened e && e.round() == round) {
          opened = e;
        }
      } else if (event instanceof Event.BallotCast e && e.round() == round) {
        ballots.put(e.voter(), e.ballot());
      } else if (event instanceof Event.SecretBallotCast e && e.round() == round) {
        // secret: a pseudonym's ballot counts in the college it records
        ballots.put(e.voter(), e.ballot());
        e.college().ifPresent(c -> collegeOf.put(e.voter(), c));
      } else if (event instanceof Event.RoundClosed e && e.round() == round) {
        closed = e;
        break;
      }
    }
    return new RoundBallots(
        Optional.ofNullable(opened),
        Optional.ofNullable(closed),
        ImmutableMap.copyOf(ballots),
        ImmutableMap.copyOf(contents),
        ImmutableMap.copyOf(collegeOf),
        ImmutableMap.copyOf(colleges));
  }

  /**
   * Counts the round's ballots under a rule, weighted by the colleges if the rule says so.
   *
   * @param rule the rule
   * @param agenda the agenda
   * @param costs the proposals' costs
   * @param read the ballots as the rule reads them
   * @return the count
   */
  BallotCount count(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> read) {
    return BallotCount.count(rule, agenda, costs, read, collegeOf, colleges);
  }

  /**
   * The whole cost of a proposal as it stood when the round opened.
   *
   * @param proposal the proposal
   * @return its cost in whole units, or empty when it has none
   */
  OptionalLong cost(ProposalId proposal) {
    ProposalContent content = contents.get(proposal);
    return content == null ? OptionalLong.empty() : BallotCount.wholeCost(content);
  }
}
