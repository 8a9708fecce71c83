package org.concertation.core.ballot;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * What a history holds about one round, read in one pass: its opening, its closing if it closed,
 * the ballots cast in it (a later ballot of a voter replacing an earlier one) and the contents of
 * the proposals as they stood when it opened.
 *
 * @param opened the round's opening, or empty when the history opens no round of that number
 * @param closed the round's closing, or empty while it is open
 * @param ballots the ballots, by voter, in the order voters first cast one
 * @param contents the proposals' contents at the opening
 */
record RoundBallots(
    Optional<Event.RoundOpened> opened,
    Optional<Event.RoundClosed> closed,
    ImmutableMap<ActorId, Ballot> ballots,
    ImmutableMap<ProposalId, ProposalContent> contents) {

  /**
   * Reads a round from a history.
   *
   * @param history the process's events, in order
   * @param round the round's number
   * @return what the history holds about it
   */
  static RoundBallots read(List<? extends Event> history, int round) {
    Map<ProposalId, ProposalContent> contents = new HashMap<>();
    Map<ActorId, Ballot> ballots = new LinkedHashMap<>();
    Event.@Nullable RoundOpened opened = null;
    Event.@Nullable RoundClosed closed = null;
    for (Event event : history) {
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
      } else if (event instanceof Event.RoundClosed e && e.round() == round) {
        closed = e;
        break;
      }
    }
    return new RoundBallots(
        Optional.ofNullable(opened),
        Optional.ofNullable(closed),
        ImmutableMap.copyOf(ballots),
        ImmutableMap.copyOf(contents));
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
