package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Quorum;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;

/**
 * The quorum of a ballot round, counted as for positions: the share of the electorate who cast a
 * ballot must reach the overall quorum, and inside every college with eligible members the share of
 * its members who cast one must reach the per-college quorum. An empty electorate reaches only a
 * zero quorum.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BallotQuorum {
  private BallotQuorum() {}

  /**
   * Tells whether a quorum is met by any turnout, even by nobody: it asks for no share overall or
   * per college.
   *
   * @param quorum the quorum
   * @return true for a zero quorum
   */
  public static boolean alwaysMet(Quorum quorum) {
    checkNotNull(quorum, "quorum must not be null");
    return quorum.overall().compareTo(Fraction.ZERO) <= 0
        && quorum.perCollege().compareTo(Fraction.ZERO) <= 0;
  }

  /**
   * Tells whether enough voters cast a ballot.
   *
   * @param quorum the quorum
   * @param electorate who may vote, with their colleges
   * @param voted who cast a ballot
   * @return true when the quorum is met overall and in every college
   */
  public static boolean met(Quorum quorum, Electorate electorate, Set<ActorId> voted) {
    checkNotNull(quorum, "quorum must not be null");
    checkNotNull(electorate, "electorate must not be null");
    checkNotNull(voted, "voted must not be null");
    if (alwaysMet(quorum)) {
      return true; // no share is below a zero quorum: nothing to count
    }
    long cast = electorate.voters().stream().filter(voted::contains).count();
    if (Fraction.share(cast, electorate.voters().size()).compareTo(quorum.overall()) < 0) {
      return false;
    }
    Map<CollegeId, long[]> colleges = new HashMap<>();
    for (ActorId voter : electorate.voters()) {
      Optional<CollegeId> college = electorate.college(voter);
      if (college.isPresent()) {
        long[] count = colleges.computeIfAbsent(college.get(), id -> new long[2]);
        count[0]++;
        if (voted.contains(voter)) {
          count[1]++;
        }
      }
    }
    for (long[] count : colleges.values()) {
      if (Fraction.share(count[1], count[0]).compareTo(quorum.perCollege()) < 0) {
        return false;
      }
    }
    return true;
  }
}
