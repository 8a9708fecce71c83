package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;

/**
 * The rules that count ranked ballots. Each rule returns the winners, a full ranking (tiers of tied
 * candidates) and the tally that explains it.
 *
 * <p>Candidates missing from a ballot are tied last. Ties are never broken silently: tied
 * candidates share a tier, and when a tier straddles the last seat all of it is listed among the
 * winners and the outcome is flagged as a tie. The Condorcet winner and loser (when they exist) are
 * reported in the details of every rule.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RankedRule {
  /**
   * Plurality: one point to the lone first choice of each ballot; a ballot tied first counts for
   * none.
   */
  PLURALITY("plurality") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      long[] score = new long[profile.size()];
      long tiedFirst = 0;
      for (int b = 0; b < profile.tiers.length; b++) {
        int[][] tiers = profile.tiers[b];
        if (tiers.length > 0 && tiers[0].length == 1) {
          score[tiers[0][0]] += profile.counts[b];
        } else {
          tiedFirst += profile.counts[b];
        }
      }
      ImmutableMap<String, Object> scores = Tally.amounts(profile, score);
      return Tally.outcome(
          name,
          profile.candidates(),
          Tally.tiersByScore(score, true),
          seats,
          false,
          details(
              profile,
              ImmutableMap.of(
                  "scores", scores, "ballotsWithoutLoneFirstChoice", profile.amount(tiedFirst))),
          "first choices: " + Tally.line(profile.candidates(), scores),
          List.of(Tally.fact(ChoiceFact.Measure.FIRST_CHOICES, profile.candidates(), scores)));
    }
  },
  /**
   * Borda count: on a ballot each candidate gets one point per candidate ranked below it and half a
   * point per candidate tied with it (n-1..0 points on a strict complete ballot).
   */
  BORDA("borda") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      int n = profile.size();
      long[] halves = new long[n];
      for (int b = 0; b < profile.tiers.length; b++) {
        int[][] tiers = profile.tiers[b];
        long w = profile.counts[b];
        int above = 0;
        int listed = 0;
        for (int[] tier : tiers) {
          listed += tier.length;
        }
        for (int[] tier : tiers) {
          long points = 2L * (n - above - tier.length) + (tier.length - 1);
          for (int c : tier) {
            halves[c] += points * w;
          }
          above += tier.length;
        }
        int missing = n - listed;
        if (missing > 0) {
          long points = missing - 1;
          int[] rank = profile.ranks[b];
          for (int c = 0; c < n; c++) {
            if (rank[c] == tiers.length) {
              halves[c] += points * w;
            }
          }
        }
      }
      ImmutableMap<String, Object> scores = Tally.halfAmounts(profile, halves);
      return Tally.outcome(
          name,
          profile.candidates(),
          Tally.tiersByScore(halves, true),
          seats,
          false,
          details(profile, ImmutableMap.of("scores", scores)),
          "Borda points: " + Tally.line(profile.candidates(), scores),
          List.of(Tally.fact(ChoiceFact.Measure.BORDA_POINTS, profile.candidates(), scores)));
    }
  },
  /** Copeland: one point per head-to-head win, half a point per head-to-head tie. */
  COPELAND("copeland") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      PairwiseMatrix m = profile.pairwise();
      int n = m.size();
      long[] halves = new long[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j) {
            long margin = m.marginOf(i, j);
            halves[i] += margin > 0 ? 2 : margin == 0 ? 1 : 0;
          }
        }
      }
      ImmutableMap<String, Object> scores = Tally.halves(profile.candidates(), halves);
      return Tally.outcome(
          name,
          profile.candidates(),
          Tally.tiersByScore(halves, true),
          seats,
          false,
          details(profile, m, ImmutableMap.of("scores", scores)),
          "Copeland points: " + Tally.line(profile.candidates(), scores),
          List.of(Tally.fact(ChoiceFact.Measure.COPELAND_POINTS, profile.candidates(), scores)));
    }
  },
  /**
   * Schulze (beat path, by margins): a candidate ranks above another when its strongest path to it
   * is stronger than the reverse; the strength of a path is its weakest margin.
   */
  SCHULZE("schulze") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      PairwiseMatrix m = profile.pairwise();
      int n = m.size();
      long[][] p = new long[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          p[i][j] = i != j ? Math.max(0, m.marginOf(i, j)) : 0;
        }
      }
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < n; i++) {
          if (i == k) {
            continue;
          }
          long pik = p[i][k];
          if (pik == 0) {
            continue;
          }
          for (int j = 0; j < n; j++) {
            if (j != i && j != k) {
              long via = Math.min(pik, p[k][j]);
              if (via > p[i][j]) {
                p[i][j] = via;
              }
            }
          }
        }
      }
      long[] beaten = new long[n];
      ImmutableMap.Builder<String, Object> paths = ImmutableMap.builder();
      for (int i = 0; i < n; i++) {
        ImmutableMap.Builder<String, Object> row = ImmutableMap.builder();
        for (int j = 0; j < n; j++) {
          if (i != j) {
            row.put(profile.candidates().get(j), profile.amount(p[i][j]));
            if (p[i][j] > p[j][i]) {
              beaten[i]++;
            }
          }
        }
        paths.put(profile.candidates().get(i), row.buildOrThrow());
      }
      ImmutableMap<String, Object> wins = Tally.scores(profile.candidates(), beaten);
      return Tally.outcome(
          name,
          profile.candidates(),
          undominatedTiers(p),
          seats,
          false,
          details(
              profile,
              m,
              ImmutableMap.of("strongestPaths", paths.buildOrThrow(), "pathWins", wins)),
          "candidates each beats by strongest path: " + Tally.line(profile.candidates(), wins),
          List.of(Tally.fact(ChoiceFact.Measure.PATH_WINS, profile.candidates(), wins)));
    }
  },
  /**
   * Ranked pairs (Tideman, by margins): pairs are locked in from the largest margin down unless
   * they would close a cycle. Where pairs of equal margin could be taken in several orders, every
   * order is explored: when some order elects other winners, all possible winners share the first
   * tier and the outcome is flagged as a tie (details: {@code locked} and {@code skipped} in the
   * candidates' order, {@code possibleWinners}). A profile whose equal margins admit too many
   * orders to explore is refused with an {@link IllegalArgumentException}.
   */
  RANKED_PAIRS("ranked-pairs") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      return RankedPairs.count(this, profile, seats);
    }
  },
  /**
   * Instant-runoff: the candidate with the fewest first choices among those left is eliminated
   * until one holds a majority of the ballots still counting. A ballot whose next preference is a
   * tie or is empty is exhausted. Among candidates tied for the fewest votes, the one with fewer
   * votes in the latest earlier round where they differ goes; if they were tied in every round, the
   * one last in the file's order goes and the outcome is flagged as a tie. When the last two are
   * tied, both win, flagged as a tie.
   */
  IRV("irv") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      return InstantRunoff.count(this, profile, seats);
    }
  },
  /**
   * Kemeny-Young: the rankings that agree with the most pairwise preferences, computed exactly by
   * dynamic programming over subsets for up to {@value #KEMENY_LIMIT} candidates.
   */
  KEMENY("kemeny") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      return Kemeny.count(this, profile, seats);
    }
  },
  /**
   * Minimax (by margins): candidates ranked by their worst head-to-head margin of defeat, smallest
   * first.
   */
  MINIMAX("minimax") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      PairwiseMatrix m = profile.pairwise();
      int n = m.size();
      long[] worst = new long[n];
      for (int i = 0; i < n; i++) {
        worst[i] = n == 1 ? 0 : Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
          if (i != j) {
            worst[i] = Math.max(worst[i], m.marginOf(j, i));
          }
        }
      }
      ImmutableMap<String, Object> scores = Tally.amounts(profile, worst);
      return Tally.outcome(
          name,
          profile.candidates(),
          Tally.tiersByScore(worst, false),
          seats,
          false,
          details(profile, m, ImmutableMap.of("worstDefeatMargins", scores)),
          "worst defeat margins: " + Tally.line(profile.candidates(), scores),
          List.of(
              Tally.fact(ChoiceFact.Measure.WORST_DEFEAT_MARGINS, profile.candidates(), scores)));
    }
  },
  /**
   * Single transferable vote with the Droop quota, exact fractional (Gregory) surplus transfers:
   * the only multi-winner rule here. A ballot whose next preference is a tie or is empty is
   * exhausted. The quota is {@code floor(V / (seats + 1)) + 1} for {@code V} voters; for weighted
   * ballots it is the Droop quota on the total weight {@code W} counted in the profile's
   * {@linkplain Profile#weightUnit() weight unit} {@code u}: {@code u * (floor(W / (u * (seats +
   * 1))) + 1)}, the least multiple of {@code u} above {@code W / (seats + 1)}.
   */
  STV("stv") {
    @Override
    ChoiceOutcome count(Profile profile, int seats) {
      return SingleTransferableVote.count(this, profile, seats);
    }
  };

  /** The largest number of candidates {@link #KEMENY} accepts. */
  public static final int KEMENY_LIMIT = 16;

  final String name;

  RankedRule(String name) {
    this.name = name;
  }

  /**
   * The rule's name on the command line, such as {@code ranked-pairs}.
   *
   * @return the name
   */
  public String label() {
    return name;
  }

  /**
   * The rule named on the command line.
   *
   * @param label a name such as {@code schulze} or {@code ranked-pairs}
   * @return the rule
   * @throws IllegalArgumentException if no rule has that name
   */
  public static RankedRule fromLabel(String label) {
    checkNotNull(label, "label must not be null");
    for (RankedRule rule : values()) {
      if (rule.name.equals(label.toLowerCase(Locale.ROOT))) {
        return rule;
      }
    }
    throw new IllegalArgumentException("Unknown ranked rule '" + label + "'");
  }

  /**
   * Counts the ballots for a single winner.
   *
   * @param profile the ballots
   * @return the outcome
   */
  public ChoiceOutcome apply(Profile profile) {
    return apply(profile, 1);
  }

  /**
   * Counts the ballots for several seats. STV fills them by quota; the other rules give the seats
   * to the best tiers of their ranking.
   *
   * @param profile the ballots
   * @param seats the number of winners, between 1 and the number of candidates
   * @return the outcome
   * @throws IllegalArgumentException for {@link #KEMENY} above {@value #KEMENY_LIMIT} candidates
   */
  public ChoiceOutcome apply(Profile profile, int seats) {
    checkNotNull(profile, "profile must not be null");
    checkArgument(
        seats >= 1 && seats <= profile.size(),
        "Invalid seats '%s': must be between 1 and the %s candidates",
        seats,
        profile.size());
    return count(profile, seats);
  }

  abstract ChoiceOutcome count(Profile profile, int seats);

  static ImmutableMap<String, Object> details(Profile profile, ImmutableMap<String, Object> own) {
    return details(profile, profile.pairwise(), own);
  }

  static ImmutableMap<String, Object> details(
      Profile profile, PairwiseMatrix m, ImmutableMap<String, Object> own) {
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("voters", profile.voters());
    if (profile.isWeighted()) {
      details.put("totalWeight", profile.totalWeight().toNumber());
    }
    details.putAll(own);
    m.condorcetWinner().ifPresent(w -> details.put("condorcetWinner", w));
    m.condorcetLoser().ifPresent(l -> details.put("condorcetLoser", l));
    details.put("pairwise", profile.isWeighted() ? m.toMap(profile::amount) : m.toMap());
    return details.buildOrThrow();
  }

  /**
   * Schulze's order by levels: first every candidate that no other beats by strongest path (the
   * potential winners, tied when several), then the same among the rest, and so on. The beat-path
   * relation is a strict partial order, so each level is non-empty.
   */
  static List<int[]> undominatedTiers(long[][] p) {
    return Tally.undominatedTiers(p.length, (a, b) -> p[a][b] > p[b][a]);
  }
}
