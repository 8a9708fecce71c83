package org.concertation.core.decision;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concertation.api.decision.Electorate;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;

/** Small builders for electorates and positions in decision tests. */
final class Fixtures {
  private Fixtures() {}

  static Position support(String actor) {
    return Position.of(ActorId.of(actor), Stance.SUPPORT);
  }

  static Position accept(String actor) {
    return Position.of(ActorId.of(actor), Stance.ACCEPT);
  }

  static Position abstain(String actor) {
    return Position.of(ActorId.of(actor), Stance.ABSTAIN);
  }

  static Position oppose(String actor) {
    return Position.of(ActorId.of(actor), Stance.OPPOSE);
  }

  static Position object(String actor) {
    return Position.objection(ActorId.of(actor), "harms the " + actor + " side of the square");
  }

  /**
   * Positions of one stance taken by {@code prefix + from} to {@code prefix + to}.
   *
   * @return the positions, in order
   */
  static List<Position> take(Stance stance, String prefix, int from, int to) {
    List<Position> positions = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      positions.add(
          stance == Stance.OBJECT
              ? object(prefix + i)
              : Position.of(ActorId.of(prefix + i), stance));
    }
    return positions;
  }

  /** Concatenates lists of positions and single positions. */
  static List<Position> positions(Object... parts) {
    List<Position> positions = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Position position) {
        positions.add(position);
      } else if (part instanceof List<?> list) {
        for (Object element : list) {
          positions.add((Position) element);
        }
      } else {
        throw new IllegalArgumentException("Not a position or a list of positions: " + part);
      }
    }
    return positions;
  }

  static ElectorateBuilder electorate() {
    return new ElectorateBuilder();
  }

  /** An electorate of voters {@code prefix1} to {@code prefixN} without colleges. */
  static Electorate voters(String prefix, int count) {
    return electorate().voters(prefix, count).build();
  }

  /** Builds an electorate, voters and colleges in the order given. */
  static final class ElectorateBuilder {
    private final Set<ActorId> voters = new LinkedHashSet<>();
    private final Map<ActorId, CollegeId> collegeOf = new LinkedHashMap<>();
    private final Map<CollegeId, Integer> weights = new LinkedHashMap<>();

    ElectorateBuilder voters(String... ids) {
      for (String id : ids) {
        voters.add(ActorId.of(id));
      }
      return this;
    }

    ElectorateBuilder voters(String prefix, int count) {
      for (int i = 1; i <= count; i++) {
        voters.add(ActorId.of(prefix + i));
      }
      return this;
    }

    /** A college whose members are {@code prefix1} to {@code prefixN}. */
    ElectorateBuilder college(String college, int weight, String prefix, int members) {
      CollegeId id = CollegeId.of(college);
      weights.put(id, weight);
      for (int i = 1; i <= members; i++) {
        ActorId voter = ActorId.of(prefix + i);
        voters.add(voter);
        collegeOf.put(voter, id);
      }
      return this;
    }

    Electorate build() {
      return new Electorate(
          ImmutableSet.copyOf(voters),
          ImmutableMap.copyOf(collegeOf),
          ImmutableMap.copyOf(weights));
    }
  }
}
