package org.concertation.core.choice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concertation.core.exact.Q;

/**
 * Single transferable vote with the Droop quota; see {@link RankedRule#STV}.
 *
 * <p>Each ballot carries an exact weight, one at the start. A candidate whose tally reaches the
 * quota is elected (the largest tally first) and its surplus moves on: every ballot counting for it
 * keeps the weight {@code surplus / tally} of what it had (Gregory's method). When nobody reaches
 * the quota the candidate with the least tally is eliminated. When the candidates left just fill
 * the seats left, they are all elected. Ties for the largest or least tally are settled in the
 * candidates' order and reported.
 */
final class SingleTransferableVote {
  private SingleTransferableVote() {}

  static ChoiceOutcome count(RankedRule rule, Profile profile, int seats) {
    int n = profile.size();
    List<String> names = profile.candidates();
    // The Droop quota counted in weight units: the voters themselves when unweighted.
    long quota = profile.units / (seats + 1) + 1;
    Q unit = profile.weightUnit();
    int ballots = profile.tiers.length;
    Q[] weight = new Q[ballots];
    Arrays.fill(weight, Q.ONE);
    boolean[] out = new boolean[n];
    boolean[] dead = new boolean[ballots];
    List<Integer> elected = new ArrayList<>();
    List<int[]> eliminated = new ArrayList<>();
    ImmutableList.Builder<Object> rounds = ImmutableList.builder();
    StringBuilder text =
        new StringBuilder("Droop quota ")
            .append(profile.amount(quota))
            .append(System.lineSeparator());
    List<String> ties = new ArrayList<>();
    List<ChoiceFact.Tied> tied = new ArrayList<>();
    List<ChoiceFact> account = new ArrayList<>();
    account.add(new ChoiceFact.Quota(profile.amount(quota)));
    int left = n;
    int round = 0;
    while (elected.size() < seats) {
      round++;
      Q[] tally = new Q[n];
      Arrays.fill(tally, Q.ZERO);
      int[] at = new int[ballots];
      for (int b = 0; b < ballots; b++) {
        at[b] = dead[b] ? -1 : InstantRunoff.current(profile.tiers[b], out);
        dead[b] = at[b] < 0;
        if (at[b] >= 0) {
          tally[at[b]] = tally[at[b]].plus(weight[b].times(profile.counts[b]));
        }
      }
      ImmutableMap.Builder<String, Object> votes = ImmutableMap.builder();
      ImmutableList.Builder<ChoiceFact.Entry> entries = ImmutableList.builder();
      for (int c = 0; c < n; c++) {
        if (!out[c]) {
          votes.put(names.get(c), tally[c].times(unit).toNumber());
          entries.add(new ChoiceFact.Entry(names.get(c), tally[c].times(unit).toNumber()));
        }
      }
      ImmutableMap.Builder<String, Object> record = ImmutableMap.builder();
      record.put("round", round).put("votes", votes.buildOrThrow());
      text.append("round ").append(round).append(": ");
      boolean first = true;
      for (int c = 0; c < n; c++) {
        if (!out[c]) {
          text.append(first ? "" : ", ")
              .append(names.get(c))
              .append(' ')
              .append(tally[c].times(unit).toNumber());
          first = false;
        }
      }
      if (left <= seats - elected.size()) {
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          if (!out[c]) {
            rest.add(c);
          }
        }
        rest.sort((a, b) -> tally[b].compareTo(tally[a]));
        elected.addAll(rest);
        record.put(
            "elected", rest.stream().map(names::get).collect(ImmutableList.toImmutableList()));
        text.append("; the ").append(rest.size()).append(" left fill the seats left");
        account.add(
            new ChoiceFact.Round(
                round,
                entries.build(),
                ChoiceFact.Step.FILL_SEATS,
                "",
                rest.size(),
                ImmutableList.of()));
        rounds.add(record.buildOrThrow());
        break;
      }
      int best = -1;
      int worst = -1;
      for (int c = 0; c < n; c++) {
        if (!out[c]) {
          if (best < 0 || tally[c].compareTo(tally[best]) > 0) {
            best = c;
          }
          if (worst < 0 || tally[c].compareTo(tally[worst]) < 0) {
            worst = c;
          }
        }
      }
      Q quotaQ = Q.of(quota);
      if (tally[best].compareTo(quotaQ) >= 0) {
        noteTie(names, tally, out, best, true, ties, tied, unit);
        Q factor = tally[best].minus(quotaQ).dividedBy(tally[best]);
        for (int b = 0; b < ballots; b++) {
          if (at[b] == best) {
            weight[b] = weight[b].times(factor);
          }
        }
        out[best] = true;
        left--;
        elected.add(best);
        record.put("elected", ImmutableList.of(names.get(best)));
        record.put("transferFactor", factor.toNumber());
        text.append("; ")
            .append(names.get(best))
            .append(" reaches the quota, surplus transferred at ")
            .append(factor.toNumber());
        account.add(
            new ChoiceFact.Round(
                round,
                entries.build(),
                ChoiceFact.Step.REACHES_QUOTA,
                names.get(best),
                factor.toNumber(),
                ImmutableList.of()));
      } else {
        int last = worst;
        for (int c = n - 1; c >= 0; c--) {
          if (!out[c] && tally[c].equals(tally[worst])) {
            last = c;
            break;
          }
        }
        noteTie(names, tally, out, last, false, ties, tied, unit);
        out[last] = true;
        left--;
        eliminated.add(new int[] {last});
        record.put("eliminated", ImmutableList.of(names.get(last)));
        text.append("; eliminated ").append(names.get(last));
        account.add(
            new ChoiceFact.Round(
                round,
                entries.build(),
                ChoiceFact.Step.ELIMINATED,
                names.get(last),
                0,
                ImmutableList.of()));
      }
      rounds.add(record.buildOrThrow());
      text.append(System.lineSeparator());
    }
    List<int[]> ranking = new ArrayList<>();
    for (int c : elected) {
      ranking.add(new int[] {c});
    }
    boolean[] placed = new boolean[n];
    elected.forEach(c -> placed[c] = true);
    eliminated.forEach(t -> placed[t[0]] = true);
    List<Integer> unplaced = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (!placed[c]) {
        unplaced.add(c);
      }
    }
    if (!unplaced.isEmpty()) {
      ranking.add(unplaced.stream().mapToInt(Integer::intValue).toArray());
    }
    for (int i = eliminated.size() - 1; i >= 0; i--) {
      ranking.add(eliminated.get(i));
    }
    ImmutableList<String> winners =
        elected.stream().map(names::get).collect(ImmutableList.toImmutableList());
    ImmutableMap<String, Object> details =
        RankedRule.details(
            profile,
            ImmutableMap.of(
                "seats",
                seats,
                "quota",
                profile.amount(quota),
                "rounds",
                rounds.build(),
                "ties",
                ImmutableList.copyOf(ties)));
    if (!ties.isEmpty()) {
      text.append(System.lineSeparator()).append("ties: ").append(String.join("; ", ties));
      account.add(new ChoiceFact.Ties(ImmutableList.copyOf(tied)));
    }
    return new ChoiceOutcome(
        rule.name,
        winners,
        Tally.names(names, ranking),
        !ties.isEmpty(),
        details,
        text.toString().strip(),
        ImmutableList.copyOf(account));
  }

  private static void noteTie(
      List<String> names,
      Q[] tally,
      boolean[] out,
      int chosen,
      boolean elected,
      List<String> ties,
      List<ChoiceFact.Tied> facts,
      Q unit) {
    List<String> tied = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (!out[c] && tally[c].equals(tally[chosen])) {
        tied.add(names.get(c));
      }
    }
    if (tied.size() > 1) {
      ties.add(
          String.join(", ", tied)
              + " tied at "
              + tally[chosen].times(unit).toNumber()
              + ", "
              + names.get(chosen)
              + " "
              + (elected ? "elected" : "eliminated"));
      facts.add(
          new ChoiceFact.Tied(
              ImmutableList.copyOf(tied),
              tally[chosen].times(unit).toNumber(),
              names.get(chosen),
              elected));
    }
  }
}
