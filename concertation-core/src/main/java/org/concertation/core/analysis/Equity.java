package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.event.Event;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;

/**
 * Equity per college in a run: each college's share of voice against its share of the population,
 * and the gap between its members' satisfaction and everyone's.
 *
 * <p>An actor belongs to the college its registration recorded (the state machine records the
 * default college of its kind when none is named); actors outside every college are left out. The
 * population is the actors registered in a college. This class is stateless and thread-safe.
 */
public final class Equity {
  private Equity() {}

  /**
   * The equity of every college, in the charter's order then in registration order.
   *
   * @param charter the run's charter
   * @param events the run's events, in order
   * @return one entry per college
   */
  public static ImmutableList<CollegeEquity> of(Charter charter, Iterable<? extends Event> events) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(events, "events must not be null");
    return of(ProcessHistory.of(charter, events));
  }

  /**
   * The equity of every college of a run read once into its history, in the charter's order then in
   * registration order.
   *
   * @param history the run's history, with its charter
   * @return one entry per college
   */
  public static ImmutableList<CollegeEquity> of(ProcessHistory history) {
    checkNotNull(history, "history must not be null");
    RunFacts facts = RunFacts.of(history);
    List<College> colleges = new ArrayList<>(history.charter().colleges());
    history.colleges().forEach(c -> colleges.add(c.college()));

    Map<ActorId, CollegeId> membership = new HashMap<>();
    for (ParticipantFact p : history.participants()) {
      p.college().ifPresent(college -> membership.put(p.id(), college));
    }
    Map<CollegeId, int[]> counts = new LinkedHashMap<>();
    Map<CollegeId, List<Integer>> ratings = new LinkedHashMap<>();
    for (College college : colleges) {
      counts.putIfAbsent(college.id(), new int[4]);
      ratings.putIfAbsent(college.id(), new ArrayList<>());
    }
    membership.values().forEach(c -> counts.computeIfAbsent(c, k -> new int[4])[0]++);
    count(facts.contributors, membership, counts, 1);
    count(facts.proposers, membership, counts, 2);
    count(facts.deciders, membership, counts, 3);
    List<Integer> allRatings = new ArrayList<>();
    facts.ratings.forEach(
        (actor, scores) -> {
          CollegeId college = membership.get(actor);
          if (college != null) {
            ratings.computeIfAbsent(college, k -> new ArrayList<>()).addAll(scores);
          }
          allRatings.addAll(scores);
        });
    OptionalDouble overall = mean(allRatings);

    int population = membership.size();
    int voice = 0;
    for (int[] c : counts.values()) {
      voice += c[1] + c[2] + c[3];
    }
    ImmutableList.Builder<CollegeEquity> equity = ImmutableList.builder();
    for (Map.Entry<CollegeId, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      OptionalDouble mean = mean(ratings.getOrDefault(entry.getKey(), List.of()));
      equity.add(
          new CollegeEquity(
              entry.getKey(),
              c[0],
              population == 0 ? 0 : (double) c[0] / population,
              c[1],
              c[2],
              c[3],
              voice == 0 ? 0 : (double) (c[1] + c[2] + c[3]) / voice,
              mean,
              mean.isPresent() && overall.isPresent()
                  ? OptionalDouble.of(mean.getAsDouble() - overall.getAsDouble())
                  : OptionalDouble.empty()));
    }
    return equity.build();
  }

  private static void count(
      List<ActorId> actors,
      Map<ActorId, CollegeId> membership,
      Map<CollegeId, int[]> counts,
      int at) {
    for (ActorId actor : actors) {
      CollegeId college = membership.get(actor);
      if (college != null) {
        counts.computeIfAbsent(college, k -> new int[4])[at]++;
      }
    }
  }

  private static OptionalDouble mean(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).average();
  }
}
