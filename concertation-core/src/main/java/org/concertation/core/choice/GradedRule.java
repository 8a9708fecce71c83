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
      for (int b = 0; b < profile.counts.length; b++) {
        GradedProfile.Ballot ballot = profile.ballots().get(b);
        for (int c = 0; c < score.length; c++) {
          if (ballot.grades().get(c) > 0) {
            score[c] += profile.counts[b];
          }
        }
      }
      ImmutableMap<String, Object> scores = amounts(profile, score);
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByScore(score, true),
          seats,
          false,
          details(profile, "approvals", scores),
          "approvals: " + Tally.line(profile.candidates(), scores),
          List.of(Tally.fact(ChoiceFact.Measure.APPROVALS, profile.candidates(), scores)));
    }
  },
  /** Score: the sum of the grades. */
  SCORE("score") {
    @Override
    ChoiceOutcome count(GradedProfile profile, int seats) {
      long[] score = new long[profile.candidates().size()];
      for (int b = 0; b < profile.counts.length; b++) {
        GradedProfile.Ballot ballot = profile.ballots().get(b);
        for (int c = 0; c < score.length; c++) {
          score[c] =
              Math.addExact(
                  score[c], Math.multiplyExact(profile.counts[b], (long) ballot.grades().get(c)));
        }
      }
      ImmutableMap<String, Object> scores = amounts(profile, score);
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByScore(score, true),
          seats,
          false,
          details(profile, "scores", scores),
          "sums of grades: " + Tally.line(profile.candidates(), scores),
          List.of(Tally.fact(ChoiceFact.Measure.GRADE_SUMS, profile.candidates(), scores)));
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
        for (int b = 0; b < profile.counts.length; b++) {
          histogram.merge(profile.ballots().get(b).grades().get(c), profile.counts[b], Long::sum);
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
        grades.get(c).forEach((g, k) -> dist.put(Integer.toString(g), profile.amount(k)));
        distributions.put(profile.candidates().get(c), dist.buildOrThrow());
      }
      ImmutableMap<String, Object> majorityGrades = medians.buildOrThrow();
      return Tally.outcome(
          label,
          profile.candidates(),
          tiers,
          seats,
          false,
          details(
              profile, "majorityGrades", majorityGrades, "grades", distributions.buildOrThrow()),
          "majority grades: "
              + Tally.line(profile.candidates(), majorityGrades)
              + "; equal majority grades compared by removing median grades one at a time",
          List.of(
              Tally.fact(
                  ChoiceFact.Measure.MAJORITY_GRADES, profile.candidates(), majorityGrades)));
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
      for (int b = 0; b < profile.counts.length; b++) {
        GradedProfile.Ballot ballot = profile.ballots().get(b);
        for (int c = 0; c < n; c++) {
          int g = ballot.grades().get(c);
          checkArgument(
              g >= 1 && g <= 8,
              "Invalid gradient '%s' for '%s': must be from 1 to 8",
              g,
              profile.candidates().get(c));
          dist[c][g] += profile.counts[b];
        }
      }
      // Compared in turn: no veto first, then fewer serious disagreements, then more support.
      long[][] key = new long[n][];
      ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
      StringBuilder text = new StringBuilder();
      ImmutableList.Builder<ChoiceFact.Gradient> gradients = ImmutableList.builder();
      for (int c = 0; c < n; c++) {
        long support = dist[c][1] + dist[c][2] + dist[c][3];
        key[c] = new long[] {dist[c][8] > 0 ? 0 : 1, -dist[c][7], support};
        ImmutableList.Builder<Object> counts = ImmutableList.builder();
        for (int g = 1; g <= 8; g++) {
          counts.add(profile.amount(dist[c][g]));
        }
        boolean consensus = dist[c][7] == 0 && dist[c][8] == 0;
        details.put(
            profile.candidates().get(c),
            ImmutableMap.of(
                "gradients",
                counts.build(),
                "support",
                profile.amount(support),
                "vetoes",
                profile.amount(dist[c][8]),
                "consensus",
                consensus));
        text.append(text.length() == 0 ? "" : "; ")
            .append(profile.candidates().get(c))
            .append(": ")
            .append(profile.amount(support))
            .append(" support, ")
            .append(profile.amount(dist[c][7]))
            .append(" serious disagreement, ")
            .append(profile.amount(dist[c][8]))
            .append(" veto")
            .append(consensus ? " (consensus)" : "");
        gradients.add(
            new ChoiceFact.Gradient(
                profile.candidates().get(c),
                profile.amount(support),
                profile.amount(dist[c][7]),
                profile.amount(dist[c][8]),
                consensus));
      }
      return Tally.outcome(
          label,
          profile.candidates(),
          Tally.tiersByKeys(key),
          seats,
          false,
          details(profile, "proposals", details.buildOrThrow()),
          text.toString(),
          List.of(new ChoiceFact.Gradients(gradients.build())));
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

  private static ImmutableMap<String, Object> amounts(GradedProfile profile, long[] score) {
    if (!profile.isWeighted()) {
      return Tally.scores(profile.candidates(), score);
    }
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < score.length; i++) {
      map.put(profile.candidates().get(i), profile.amount(score[i]));
    }
    return map.buildOrThrow();
  }

  /** The voters (and total weight, when weighted) followed by the rule's own entries. */
  private static ImmutableMap<String, Object> details(
      GradedProfile profile, Object... keysAndValues) {
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("voters", profile.voters());
    if (profile.isWeighted()) {
      details.put("totalWeight", profile.totalWeight().toNumber());
    }
    for (int i = 0; i < keysAndValues.length; i += 2) {
      details.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return details.buildOrThrow();
  }

  // exante: the majority grade of one candidate, as majority judgment reads it

  /**
   * The majority grade of a candidate: the lower median of its grades, as {@link
   * #MAJORITY_JUDGMENT} reads it from the same grades.
   *
   * @param grades the grades it received, at least one
   * @return the lower median
   * @throws IllegalArgumentException if there is no grade
   */
  public static int majorityGrade(Iterable<Integer> grades) {
    checkNotNull(grades, "grades must not be null");
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (Integer grade : grades) {
      histogram.merge(checkNotNull(grade, "grades must not contain null"), 1L, Long::sum);
    }
    checkArgument(!histogram.isEmpty(), "Invalid grades: a majority grade needs at least one");
    return lowerMedian(histogram);
  }

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
   * grade at a time, compared term by term. Between two distributions of as many grades, in time
   * linear in the number of distinct grades; otherwise by {@link #compareByRemoval}.
   */
  static int compareMajorityValues(TreeMap<Integer, Long> a, TreeMap<Integer, Long> b) {
    long n = total(a);
    return n == total(b) ? compareSameSize(a, b, n) : compareByRemoval(a, b);
  }

  private static long total(TreeMap<Integer, Long> histogram) {
    long total = 0;
    for (long k : histogram.values()) {
      total += k;
    }
    return total;
  }

  /**
   * The majority values of {@code n} grades each, compared without removing grades. With the grades
   * sorted {@code g(1) <= ... <= g(n)} and {@code m = ceil(n / 2)}, removing lower medians one at a
   * time yields the grades at indexes {@code m, m+1, m-1, m+2, ...} for even {@code n} and {@code
   * m, m-1, m+1, m-2, ...} for odd {@code n}: index {@code i <= m} comes at place {@code 2(m - i) +
   * 1} (even) or {@code 2(m - i)}, {@code 1} for {@code m} itself (odd), and index {@code j > m} at
   * place {@code 2(j - m)} (even) or {@code 2(j - m) + 1} (odd). Both sequences follow the same
   * order of indexes, so they first differ at the difference nearest the median on either side,
   * whichever comes first in that order.
   */
  private static int compareSameSize(TreeMap<Integer, Long> a, TreeMap<Integer, Long> b, long n) {
    if (n == 0) {
      return 0;
    }
    boolean even = n % 2 == 0;
    long m = even ? n / 2 : (n + 1) / 2;
    var ia = a.entrySet().iterator();
    var ib = b.entrySet().iterator();
    var ea = ia.next();
    var eb = ib.next();
    long endA = ea.getValue();
    long endB = eb.getValue();
    long low = -1;
    int lowA = 0;
    int lowB = 0;
    long high = -1;
    int highA = 0;
    int highB = 0;
    long from = 1;
    while (from <= n && (high < 0 || from <= m)) {
      long end = Math.min(endA, endB);
      int ga = ea.getKey();
      int gb = eb.getKey();
      if (ga != gb) {
        if (from <= m) {
          low = Math.min(end, m);
          lowA = ga;
          lowB = gb;
        }
        if (end > m && high < 0) {
          high = Math.max(from, m + 1);
          highA = ga;
          highB = gb;
        }
      }
      from = end + 1;
      if (from > n) {
        break;
      }
      if (endA == end) {
        ea = ia.next();
        endA += ea.getValue();
      }
      if (endB == end) {
        eb = ib.next();
        endB += eb.getValue();
      }
    }
    long lowPlace =
        low < 0 ? Long.MAX_VALUE : even ? 2 * (m - low) + 1 : low == m ? 1 : 2 * (m - low);
    long highPlace = high < 0 ? Long.MAX_VALUE : even ? 2 * (high - m) : 2 * (high - m) + 1;
    if (lowPlace == Long.MAX_VALUE && highPlace == Long.MAX_VALUE) {
      return 0;
    }
    return lowPlace < highPlace ? Integer.compare(lowA, lowB) : Integer.compare(highA, highB);
  }

  /**
   * Compares the majority values by removing one median grade at a time from each distribution,
   * comparing the medians as they come (linear in the number of grades).
   */
  static int compareByRemoval(TreeMap<Integer, Long> a, TreeMap<Integer, Long> b) {
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
