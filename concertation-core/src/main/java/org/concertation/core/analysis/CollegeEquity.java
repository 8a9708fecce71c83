package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;
import org.concertation.api.domain.CollegeId;

/**
 * One college's share of voice against its share of the population of a run.
 *
 * <p>Voice counts contributions to the diagnosis, proposals submitted (once per author) and
 * positions taken. This class is immutable and thread-safe.
 *
 * @param college the college
 * @param members how many registered actors belong to it
 * @param populationShare its members over the members of all colleges, from 0 to 1
 * @param contributions contributions made by its members
 * @param proposals proposals its members authored
 * @param positions positions its members took, each ballot counted in a ballot round as one
 * @param voiceShare its contributions, proposals and positions over those of all colleges, from 0
 *     to 1 (0 when nobody spoke)
 * @param meanRating the mean of its members' ratings, if any
 * @param satisfactionGap its mean rating minus the mean of all ratings, if its members rated
 */
public record CollegeEquity(
    CollegeId college,
    int members,
    double populationShare,
    int contributions,
    int proposals,
    int positions,
    double voiceShare,
    OptionalDouble meanRating,
    OptionalDouble satisfactionGap) {
  /**
   * Validates the figures.
   *
   * @param college the college
   * @param members how many registered actors belong to it
   * @param populationShare its members over the members of all colleges, from 0 to 1
   * @param contributions contributions made by its members
   * @param proposals proposals its members authored
   * @param positions positions its members took, each counted ballot as one
   * @param voiceShare its contributions, proposals and positions over those of all colleges, from 0
   *     to 1 (0 when nobody spoke)
   * @param meanRating the mean of its members' ratings, if any
   * @param satisfactionGap its mean rating minus the mean of all ratings, if its members rated
   */
  public CollegeEquity {
    checkNotNull(college, "college must not be null");
    checkArgument(members >= 0, "Invalid members '%s' of '%s'", members, college);
    checkArgument(
        contributions >= 0 && proposals >= 0 && positions >= 0,
        "Invalid voice of '%s': %s contributions, %s proposals, %s positions",
        college,
        contributions,
        proposals,
        positions);
    checkArgument(
        populationShare >= 0 && populationShare <= 1,
        "Invalid population share '%s' of '%s'",
        populationShare,
        college);
    checkArgument(
        voiceShare >= 0 && voiceShare <= 1,
        "Invalid voice share '%s' of '%s'",
        voiceShare,
        college);
    checkNotNull(meanRating, "meanRating must not be null (use OptionalDouble.empty())");
    checkNotNull(satisfactionGap, "satisfactionGap must not be null (use OptionalDouble.empty())");
  }

  /**
   * Voice share minus population share: positive when the college speaks more than its size.
   *
   * @return the difference, from -1 to 1
   */
  public double voiceGap() {
    return voiceShare - populationShare;
  }
}
