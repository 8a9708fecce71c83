package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * Recounts a ballot round from a process's events alone: the round's agenda and rule from its
 * {@link Event.RoundOpened}, the cost of each proposal from its latest version before the round,
 * each voter's last {@link Event.BallotCast} before the round closed, and, for a rule that weighs
 * colleges, each voter's college from its {@link Event.ActorRegistered} and each college's weight
 * from the charter or its {@link Event.CollegeRegistered}. The count is the one the round's close
 * decided on, with its whole explanation (pairwise matrix, elimination rounds, spending per voter),
 * which the events do not store.
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
   * @throws IllegalArgumentException when the history opens no ballot round of that number, or when
   *     the round weighs colleges and the history names a voter's college but not its weight (a
   *     history that does not begin with the process's opening: give the charter)
   */
  public static BallotCount recount(List<? extends Event> history, int round) {
    return recount(Optional.empty(), history, round);
  }

  /**
   * The count of a ballot round, from the events of a process run under a charter: for a history
   * that does not begin with the process's opening, the charter names the colleges' weights.
   *
   * @param charter the charter the process runs under
   * @param history the process's events, in order, at least up to the round's opening
   * @param round the round's number
   * @return the count, over the ballots cast until the round closed (or until the end of the
   *     history, for a round still open)
   * @throws IllegalArgumentException when the history opens no ballot round of that number
   */
  public static BallotCount recount(Charter charter, List<? extends Event> history, int round) {
    return recount(Optional.of(checkNotNull(charter, "charter must not be null")), history, round);
  }

  private static BallotCount recount(
      Optional<Charter> charter, List<? extends Event> history, int round) {
    checkNotNull(history, "history must not be null");
    RoundBallots read = RoundBallots.read(charter, history, round);
    Event.@Nullable RoundOpened opened = read.opened().orElse(null);
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
      read.cost(id).ifPresent(c -> costs.put(id, c));
    }
    return read.count(rule, agenda, costs, read.ballots());
  }
}
