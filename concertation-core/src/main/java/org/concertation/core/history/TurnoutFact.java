package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.domain.CollegeId;

/**
 * Who could vote in a ballot round and who did, overall and per college: the electorate is every
 * participant registered when the round closed whom the charter lets take a position in
 * negotiation, as the round's quorum counts it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eligible how many could vote
 * @param cast how many of them cast a ballot that counted
 * @param colleges the same per college, in the order the colleges' first members registered
 */
public record TurnoutFact(int eligible, int cast, ImmutableList<TurnoutFact.College> colleges) {
  /**
   * Validates the fact.
   *
   * @param eligible how many could vote
   * @param cast how many of them cast a ballot
   * @param colleges the same per college
   */
  public TurnoutFact {
    checkArgument(
        eligible >= 0 && cast >= 0 && cast <= eligible,
        "Invalid turnout: %s ballots of %s eligible",
        cast,
        eligible);
    colleges = ImmutableList.copyOf(checkNotNull(colleges, "colleges must not be null"));
  }

  /**
   * The turnout in one college.
   *
   * @param college the college
   * @param eligible how many of its members could vote
   * @param cast how many of them cast a ballot
   */
  public record College(CollegeId college, int eligible, int cast) {
    /**
     * Validates the fact.
     *
     * @param college the college
     * @param eligible how many of its members could vote
     * @param cast how many of them cast a ballot
     */
    public College {
      checkNotNull(college, "college must not be null");
      checkArgument(
          eligible >= 0 && cast >= 0 && cast <= eligible,
          "Invalid turnout in '%s': %s ballots of %s eligible",
          college,
          cast,
          eligible);
    }
  }
}
