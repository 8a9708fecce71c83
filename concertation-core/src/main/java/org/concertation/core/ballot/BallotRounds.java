package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * Recounts a ballot round from a process's events alone: the round's agenda and rule from its
 * {@link Event.RoundOpened}, the cost of each proposal from its latest version before the round,
 * and each voter's last {@link Event.BallotCast} before the round closed. The count is the one the
 * round's close decided on, with its whole explanation (pairwise matrix, elimination rounds,
 * spending per voter), which the events do not store.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BallotRounds {
  private BallotRounds() {}

  /**
   * The count of a ballot round, from the events of its process.
   *
   * @param history the process's events, in order, at least up to the round's opening
   * @param round the round's number
   * @return the count, over the ballots cast until the round closed (or until the end of the
   *     history, for a round still open)
   * @throws IllegalArgumentException when the history opens no ballot round of that number
   */
  public static BallotCount recount(List<? extends Event> history, int round) {
    checkNotNull(history, "history must not be null");
    Map<ProposalId, ProposalContent> contents = new HashMap<>();
    Map<ActorId, Ballot> ballots = new LinkedHashMap<>();
    Event.@Nullable RoundOpened opened = null;
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
        break;
      }
    }
    checkArgument(opened != null, "Invalid recount: the history opens no round %s", round);
    BallotRule rule =
        opened
            .ballotRule()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Invalid recount: round " + round + " decides by positions"));
    ImmutableList<ProposalId> agenda = opened.agenda();
    Map<ProposalId, Long> costs = new HashMap<>();
    for (ProposalId id : agenda) {
      ProposalContent content = contents.get(id);
      OptionalLong cost = content == null ? OptionalLong.empty() : BallotCount.wholeCost(content);
      cost.ifPresent(c -> costs.put(id, c));
    }
    return BallotCount.count(rule, agenda, costs, ballots);
  }
}
