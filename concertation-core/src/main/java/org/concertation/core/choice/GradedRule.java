package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The rules that count graded and approval ballots. Each returns the winners, a full ranking (tiers
 * of tied candidates) and the tally.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GradedRule {
  /** Approval: one point per ballot grading the candidate above 0. */
  APPROVAL("approval") {
    @Override
    ChoiceOutcome count(GradedProfile profile, int seats) {
      long[] score = new long[profile.candidates().size()];
      for (GradedProfile.Ballot ballot : profile.ballots()) {
        for (int c = 0; c < score.length; c++) {
          if (ballot.grades().get(c) > 0) {
            score[c] += ballot.count();
          }
        }
      }
      ImmutableMap<String, Object> scores = Tally.scores(profile.candidates(), score);
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByScore(score, true),
          seats,
          false,
          ImmutableMap.of("voters", profile.voters(), "approvals", scores),
          "approvals: " + Tally.line(profile.candidates(), scores));
    }
  },
  /** Score: the sum of the grades. */
  SCORE("score") {
    @Override
    ChoiceOutcome count(GradedProfile profile, int seats) {
      long[] score = new long[profile.candidates().size()];
      for (GradedProfile.Ballot ballot : profile.ballots()) {
        for (int c = 0; c < score.length; c++) {
          score[c] =
              Math.addExact(
                  score[c], Math.multiplyExact(ballot.count(), (long) ballot.grades().get(c)));
        }
      }
      ImmutableMap<String, Object> scores = Tally.scores(profile.candidates(), score);
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByScore(score, true),
          seats,
          false,
          ImmutableMap.of("voters", profile.voters(), "scores", scores),
          "sums of grades: " + Tally.line(profile.candidates(), scores));
    }
  },
  /**
   * Majority judgment: candidates ranked by their majority grade (the lower median); ties are
   * broken as Balinski and Laraki do, by removing one median grade at a time and comparing the next
   * median, until the sequences differ (the majority value). Identical grade distributions tie.
   */
  MAJORITY_JUDGMENT("majority-judgment") {
    @Override
    ChoiceOutcome count(GradedProfile profile, int seats) {
      int n = profile.candidates().size();
      List<TreeMap<Integer, Long>> grades = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        for (GradedProfile.Ballot ballot : profile.ballots()) {
          histogram.merge(ballot.grades().get(c), ballot.count(), Long::sum);
        }
        grades.add(histogram);
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int cmp = compareMajorityValues(grades.get(a), grades.get(b));
            return cmp != 0 ? -cmp : Integer.compare(a, b);
          });
      List<int[]> tiers = new ArrayList<>();
      List<Integer> current = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (!current.isEmpty()
            && compareMajorityValues(grades.get(current.get(0)), grades.get(order[k])) != 0) {
          tiers.add(current.stream().mapToInt(Integer::intValue).toArray());
          current.clear();
        }
        current.add(order[k]);
      }
      tiers.add(current.stream().mapToInt(Integer::intValue).toArray());
      ImmutableMap.Builder<String, Object> medians = ImmutableMap.builder();
      ImmutableMap.Builder<String, Object> distributions = ImmutableMap.builder();
      for (int c = 0; c < n; c++) {
        medians.put(profile.candidates().get(c), lowerMedian(grades.get(c)));
        ImmutableMap.Builder<String, Object> dist = ImmutableMap.builder();
        grades.get(c).forEach((g, k) -> dist.put(Integer.toString(g), k));
        distributions.put(profile.candidates().get(c), dist.buildOrThrow());
      }
      ImmutableMap<String, Object> majorityGrades = medians.buildOrThrow();
      return Tally.outcome(
          label,
          profile.candidates(),
          tiers,
          seats,
          false,
          ImmutableMap.of(
              "voters",
              profile.voters(),
              "majorityGrades",
              majorityGrades,
              "grades",
              distributions.buildOrThrow()),
          "majority grades: "
              + Tally.line(profile.candidates(), majorityGrades)
              + "; equal majority grades compared by removing median grades one at a time");
    }
  },
  /**
   * Gradients of agreement, for consensus work: grades 1 to 8 on Kaner's scale (1 wholehearted
   * endorsement, 2 agreement with a minor point of contention, 3 support with reservations, 4
   * abstain, 5 more discussion needed, 6 don't like but will support, 7 serious disagreement, 8
   * veto). A proposal with a veto ranks below every proposal without one; then proposals are ranked
   * by fewer serious disagreements (7), then by more support (grades 1 to 3). The details give each
   * proposal's distribution and whether it reached consensus (no 7 or 8).
   */
  GRADIENTS_OF_AGREEMENT("gradients-of-agreement") {
    @Override
    ChoiceOutcome count(GradedProfile profile, int seats) {
      int n = profile.candidates().size();
      long[][] dist = new long[n][9];
      for (GradedProfile.Ballot ballot : profile.ballots()) {
        for (int c = 0; c < n; c++) {
          int g = ballot.grades().get(c);
          checkArgument(
              g >= 1 && g <= 8,
              "Invalid gradient '%s' for '%s': must be from 1 to 8",
              g,
              profile.candidates().get(c));
          dist[c][g] += ballot.count();
        }
      }
      long[] key = new long[n];
      long v = profile.voters() + 1;
      ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < n; c++) {
        long support = dist[c][1] + dist[c][2] + dist[c][3];
        key[c] = (dist[c][8] > 0 ? 0 : 1) * v * v + (v - 1 - dist[c][7]) * v + support;
        ImmutableList.Builder<Object> counts = ImmutableList.builder();
        for (int g = 1; g <= 8; g++) {
          counts.add(dist[c][g]);
        }
        boolean consensus = dist[c][7] == 0 && dist[c][8] == 0;
        details.put(
            profile.candidates().get(c),
            ImmutableMap.of(
                "gradients",
                counts.build(),
                "support",
                support,
                "vetoes",
                dist[c][8],
                "consensus",
                consensus));
        text.append(text.length() == 0 ? "" : "; ")
            .append(profile.candidates().get(c))
            .append(": ")
            .append(support)
            .append(" support, ")
            .append(dist[c][7])
            .append(" serious disagreement, ")
            .append(dist[c][8])
            .append(" veto")
            .append(consensus ? " (consensus)" : "");
      }
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByScore(key, true),
          seats,
          false,
          ImmutableMap.of("voters", profile.voters(), "proposals", details.buildOrThrow()),
          text.toString());
    }
  };

  final String label;

  GradedRule(String label) {
    this.label = label;
  }

  /**
   * The rule's name on the command line, such as {@code majority-judgment}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }

  /**
   * The rule named on the command line.
   *
   * @param label a name such as {@code approval}
   * @return the rule
   * @throws IllegalArgumentException if no rule has that name
   */
  public static GradedRule fromLabel(String label) {
    checkNotNull(label, "label must not be null");
    for (GradedRule rule : values()) {
      if (rule.label.equals(label.toLowerCase(Locale.ROOT))) {
        return rule;
      }
    }
    throw new IllegalArgumentException("Unknown graded rule '" + label + "'");
  }

  /**
   * Counts the ballots for a single winner.
   *
   * @param profile the ballots
   * @return the outcome
   */
  public ChoiceOutcome apply(GradedProfile profile) {
    return apply(profile, 1);
  }

  /**
   * Counts the ballots; the seats go to the best tiers of the ranking.
   *
   * @param profile the ballots
   * @param seats the number of winners, between 1 and the number of candidates
   * @return the outcome
   */
  public ChoiceOutcome apply(GradedProfile profile, int seats) {
    checkNotNull(profile, "profile must not be null");
    checkArgument(
        seats >= 1 && seats <= profile.candidates().size(),
        "Invalid seats '%s': must be between 1 and the %s candidates",
        seats,
        profile.candidates().size());
    return count(profile, seats);
  }

  abstract ChoiceOutcome count(GradedProfile profile, int seats);

  static int lowerMedian(TreeMap<Integer, Long> histogram) {
    long total = histogram.values().stream().mapToLong(Long::longValue).sum();
    long target = (total - 1) / 2;
    long seen = 0;
    for (var entry : histogram.entrySet()) {
      seen += entry.getValue();
      if (seen > target) {
        return entry.getKey();
      }
    }
    return 0;
  }

  /**
   * Compares the majority values: the sequences of lower medians obtained by removing one median
   * grade at a time, compared term by term (linear in the number of voters).
   */
  static int compareMajorityValues(TreeMap<Integer, Long> a, TreeMap<Integer, Long> b) {
    TreeMap<Integer, Long> x = new TreeMap<>(a);
    TreeMap<Integer, Long> y = new TreeMap<>(b);
    while (!x.isEmpty() && !y.isEmpty()) {
      int mx = lowerMedian(x);
      int my = lowerMedian(y);
      if (mx != my) {
        return Integer.compare(mx, my);
      }
      x.merge(mx, -1L, Long::sum);
      if (requireNonNull(x.get(mx)) == 0) {
        x.remove(mx);
      }
      y.merge(my, -1L, Long::sum);
      if (requireNonNull(y.get(my)) == 0) {
        y.remove(my);
      }
    }
    return Boolean.compare(!x.isEmpty(), !y.isEmpty());
  }
}
