package org.concertation.core.choice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concertation.core.exact.Q;

/** Helpers shared by the rules: tiers from scores, outcomes from tiers. */
final class Tally {
  private Tally() {}

  /**
   * Groups candidates into tiers by score, the highest (or lowest) score first; ties share a tier.
   */
  static List<int[]> tiersByScore(long[] score, boolean highestFirst) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Long.compare(score[a], score[b]);
          return c != 0 ? (highestFirst ? -c : c) : Integer.compare(a, b);
        });
    List<int[]> tiers = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= order.length; i++) {
      if (i == order.length || score[order[i]] != score[order[start]]) {
        int[] tier = new int[i - start];
        for (int k = start; k < i; k++) {
          tier[k - start] = order[k];
        }
        tiers.add(tier);
        start = i;
      }
    }
    return tiers;
  }

  /**
   * Groups candidates into tiers by keys compared term by term, the highest first; equal keys share
   * a tier.
   */
  static List<int[]> tiersByKeys(long[][] keys) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Arrays.compare(keys[b], keys[a]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    List<int[]> tiers = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= order.length; i++) {
      if (i == order.length || !Arrays.equals(keys[order[i]], keys[order[start]])) {
        int[] tier = new int[i - start];
        for (int k = start; k < i; k++) {
          tier[k - start] = order[k];
        }
        tiers.add(tier);
        start = i;
      }
    }
    return tiers;
  }

  static ImmutableList<ImmutableList<String>> names(List<String> candidates, List<int[]> tiers) {
    ImmutableList.Builder<ImmutableList<String>> ranking = ImmutableList.builder();
    for (int[] tier : tiers) {
      ranking.add(names(candidates, tier));
    }
    return ranking.build();
  }

  static ImmutableList<String> names(List<String> candidates, int[] tier) {
    int[] sorted = tier.clone();
    Arrays.sort(sorted);
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int c : sorted) {
      names.add(candidates.get(c));
    }
    return names.build();
  }

  /**
   * The outcome whose winners are the best tiers up to the seats: when a tier straddles the last
   * seat, all of it wins and the outcome is a tie.
   */
  static ChoiceOutcome outcome(
      String rule,
      List<String> candidates,
      List<int[]> tiers,
      int seats,
      boolean tieAlready,
      ImmutableMap<String, Object> details,
      String explanation,
      List<ChoiceFact> account) {
    ImmutableList.Builder<String> winners = ImmutableList.builder();
    int taken = 0;
    for (int[] tier : tiers) {
      if (taken >= seats) {
        break;
      }
      winners.addAll(names(candidates, tier));
      taken += tier.length;
    }
    boolean tie = tieAlready || taken > seats;
    ImmutableList<ImmutableList<String>> ranking = names(candidates, tiers);
    String text = explanation;
    ImmutableList.Builder<ChoiceFact> facts = ImmutableList.<ChoiceFact>builder().addAll(account);
    if (taken > seats) {
      text +=
          System.lineSeparator() + "tie: " + taken + " candidates share the " + seats + " seat(s)";
      facts.add(new ChoiceFact.SharedSeats(taken, seats));
    }
    return new ChoiceOutcome(rule, winners.build(), ranking, tie, details, text, facts.build());
  }

  /** A relation between candidates, by index. */
  @FunctionalInterface
  interface Beats {
    boolean beats(int a, int b);
  }

  /**
   * The candidates by levels of an acyclic relation: first those nothing beats, then those beaten
   * only by the first level, and so on; each level is non-empty.
   */
  static List<int[]> undominatedTiers(int n, Beats relation) {
    boolean[] placed = new boolean[n];
    List<int[]> tiers = new ArrayList<>();
    int left = n;
    while (left > 0) {
      List<Integer> tier = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (placed[i]) {
          continue;
        }
        boolean beaten = false;
        for (int j = 0; j < n && !beaten; j++) {
          beaten = j != i && !placed[j] && relation.beats(j, i);
        }
        if (!beaten) {
          tier.add(i);
        }
      }
      if (tier.isEmpty()) {
        throw new IllegalStateException(
            "the relation has a cycle among the " + left + " candidates left");
      }
      for (int i : tier) {
        placed[i] = true;
      }
      left -= tier.size();
      tiers.add(tier.stream().mapToInt(Integer::intValue).toArray());
    }
    return tiers;
  }

  static ImmutableMap<String, Object> scores(List<String> candidates, long[] score) {
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < score.length; i++) {
      map.put(candidates.get(i), score[i]);
    }
    return map.buildOrThrow();
  }

  /** Scores in a profile's weight units, reported in weight. */
  static ImmutableMap<String, Object> amounts(Profile profile, long[] score) {
    if (!profile.isWeighted()) {
      return scores(profile.candidates(), score);
    }
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < score.length; i++) {
      map.put(profile.candidates().get(i), profile.amount(score[i]));
    }
    return map.buildOrThrow();
  }

  /** Scores in half units of a profile's weight, reported in weight. */
  static ImmutableMap<String, Object> halfAmounts(Profile profile, long[] halves) {
    if (!profile.isWeighted()) {
      return halves(profile.candidates(), halves);
    }
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < halves.length; i++) {
      map.put(
          profile.candidates().get(i),
          profile.weightUnit().times(halves[i]).dividedBy(Q.of(2)).toNumber());
    }
    return map.buildOrThrow();
  }

  /** Scores kept in half points, reported as exact decimals. */
  static ImmutableMap<String, Object> halves(List<String> candidates, long[] halves) {
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < halves.length; i++) {
      map.put(candidates.get(i), half(halves[i]));
    }
    return map.buildOrThrow();
  }

  static Number half(long halves) {
    return halves % 2 == 0
        ? (Number) (halves / 2)
        : BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
  }

  /** The fact of a rule's scores, in the candidates' order. */
  static ChoiceFact fact(
      ChoiceFact.Measure measure, List<String> candidates, ImmutableMap<String, Object> scores) {
    return new ChoiceFact.Scores(measure, ChoiceFact.Entry.of(candidates, scores));
  }

  static String line(List<String> candidates, ImmutableMap<String, Object> scores) {
    StringBuilder text = new StringBuilder();
    for (String c : candidates) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(c).append(' ').append(scores.get(c));
    }
    return text.toString();
  }
}
