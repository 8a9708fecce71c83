package org.concertation.core.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;

/**
 * One input of a decision rule, for property tests: a rule, an electorate and the positions taken,
 * with a seeded generator and the simplifications a shrinker tries.
 */
record DecisionCase(DecisionRule rule, Electorate electorate, ImmutableList<Position> positions) {
  DecisionCase {
    positions = ImmutableList.copyOf(positions);
  }

  Outcome decide() {
    return PositionRules.decide(rule, electorate, positions);
  }

  DecisionCase withRule(DecisionRule newRule) {
    return new DecisionCase(newRule, electorate, positions);
  }

  DecisionCase withPositions(List<Position> newPositions) {
    return new DecisionCase(rule, electorate, ImmutableList.copyOf(newPositions));
  }

  /** Voters of the electorate that took no position. */
  List<ActorId> silentVoters() {
    ImmutableSet<ActorId> cast =
        positions.stream().map(Position::actor).collect(ImmutableSet.toImmutableSet());
    return electorate.voters().stream().filter(voter -> !cast.contains(voter)).toList();
  }

  /**
   * Adds a position by an actor who has none: a silent voter, or a new voter (in a random college
   * or none), at a random place in the order of positions.
   */
  DecisionCase withOneMore(Stance stance, SplittableRandom random) {
    List<ActorId> silent = silentVoters();
    Electorate newElectorate = electorate;
    ActorId actor;
    if (!silent.isEmpty() && random.nextBoolean()) {
      actor = silent.get(random.nextInt(silent.size()));
    } else {
      actor = ActorId.of("newcomer" + electorate.voters().size());
      Map<ActorId, CollegeId> collegeOf = new LinkedHashMap<>(electorate.collegeOf());
      ImmutableList<CollegeId> colleges = electorate.weights().keySet().asList();
      if (!colleges.isEmpty() && random.nextInt(4) != 0) {
        collegeOf.put(actor, colleges.get(random.nextInt(colleges.size())));
      }
      newElectorate =
          new Electorate(
              ImmutableSet.<ActorId>builder().addAll(electorate.voters()).add(actor).build(),
              ImmutableMap.copyOf(collegeOf),
              electorate.weights());
    }
    List<Position> newPositions = new ArrayList<>(positions);
    newPositions.add(random.nextInt(newPositions.size() + 1), position(actor, stance));
    return new DecisionCase(rule, newElectorate, ImmutableList.copyOf(newPositions));
  }

  /** Simpler cases that a shrinker may try, simplest changes first. */
  List<DecisionCase> simplifications() {
    List<DecisionCase> simpler = new ArrayList<>();
    if (!rule.quorum().equals(Quorum.NONE)) {
      simpler.add(withRule(rule.withQuorum(Quorum.NONE)));
    }
    for (int i = 0; i < positions.size(); i++) {
      List<Position> fewer = new ArrayList<>(positions);
      fewer.remove(i);
      simpler.add(withPositions(fewer));
    }
    for (ActorId silent : silentVoters()) {
      Map<ActorId, CollegeId> collegeOf = new LinkedHashMap<>(electorate.collegeOf());
      collegeOf.remove(silent);
      simpler.add(
          new DecisionCase(
              rule,
              new Electorate(
                  electorate.voters().stream()
                      .filter(voter -> !voter.equals(silent))
                      .collect(ImmutableSet.toImmutableSet()),
                  ImmutableMap.copyOf(collegeOf),
                  electorate.weights()),
              positions));
    }
    for (CollegeId college : electorate.weights().keySet()) {
      if (!electorate.collegeOf().containsValue(college)) {
        Map<CollegeId, Integer> weights = new LinkedHashMap<>(electorate.weights());
        weights.remove(college);
        simpler.add(
            new DecisionCase(
                rule,
                new Electorate(
                    electorate.voters(), electorate.collegeOf(), ImmutableMap.copyOf(weights)),
                positions));
      }
    }
    return simpler;
  }

  /** A random case: small electorates mostly, sometimes larger ones, with and without colleges. */
  static DecisionCase random(SplittableRandom random) {
    int collegeCount = random.nextInt(0, 5);
    Map<CollegeId, Integer> weights = new LinkedHashMap<>();
    for (int c = 0; c < collegeCount; c++) {
      weights.put(CollegeId.of("college" + c), random.nextInt(1, 6));
    }
    List<CollegeId> colleges = List.copyOf(weights.keySet());
    int voterCount = random.nextInt(10) == 0 ? random.nextInt(0, 80) : random.nextInt(0, 13);
    int outsideChance = random.nextInt(0, 4);
    ImmutableSet.Builder<ActorId> voters = ImmutableSet.builder();
    Map<ActorId, CollegeId> collegeOf = new LinkedHashMap<>();
    List<ActorId> order = new ArrayList<>();
    for (int v = 0; v < voterCount; v++) {
      ActorId voter = ActorId.of("voter" + v);
      voters.add(voter);
      order.add(voter);
      if (!colleges.isEmpty() && random.nextInt(10) >= outsideChance) {
        collegeOf.put(voter, colleges.get(random.nextInt(colleges.size())));
      }
    }
    Electorate electorate =
        new Electorate(
            voters.build(), ImmutableMap.copyOf(collegeOf), ImmutableMap.copyOf(weights));

    int[] stanceWeights = new int[Stance.values().length];
    int totalWeight = 0;
    while (totalWeight == 0) {
      totalWeight = 0;
      for (int s = 0; s < stanceWeights.length; s++) {
        stanceWeights[s] = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 5);
        totalWeight += stanceWeights[s];
      }
    }
    int participation = random.nextInt(0, 101);
    shuffle(order, random);
    List<Position> positions = new ArrayList<>();
    for (ActorId voter : order) {
      if (random.nextInt(100) < participation) {
        positions.add(position(voter, stance(stanceWeights, totalWeight, random)));
      }
    }
    return new DecisionCase(randomRule(random), electorate, ImmutableList.copyOf(positions));
  }

  static DecisionRule randomRule(SplittableRandom random) {
    Method method = Method.values()[random.nextInt(Method.values().length)];
    return randomRule(method, random);
  }

  static DecisionRule randomRule(Method method, SplittableRandom random) {
    boolean block = method == Method.CONSENT || random.nextInt(4) == 0;
    Quorum quorum =
        random.nextInt(3) == 0
            ? Quorum.NONE
            : Quorum.of(
                randomShare(random), random.nextBoolean() ? Fraction.ZERO : randomShare(random));
    TieBreak tieBreak = random.nextBoolean() ? TieBreak.STATUS_QUO : TieBreak.CARRY_OVER;
    return new DecisionRule(method, randomThreshold(random), block, quorum, tieBreak);
  }

  static Fraction randomThreshold(SplittableRandom random) {
    if (random.nextBoolean()) {
      return Fraction.HALF;
    }
    int denominator = random.nextInt(1, 13);
    return Fraction.of(random.nextInt((denominator + 1) / 2, denominator + 1), denominator);
  }

  private static Fraction randomShare(SplittableRandom random) {
    int denominator = random.nextInt(1, 11);
    return Fraction.of(random.nextInt(0, denominator + 1), denominator);
  }

  private static Stance stance(int[] weights, int total, SplittableRandom random) {
    int pick = random.nextInt(total);
    for (Stance stance : Stance.values()) {
      pick -= weights[stance.ordinal()];
      if (pick < 0) {
        return stance;
      }
    }
    throw new AssertionError("no stance picked from " + total);
  }

  static Position position(ActorId actor, Stance stance) {
    return stance == Stance.OBJECT
        ? Position.objection(actor, "a reason of " + actor)
        : Position.of(actor, stance);
  }

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swapped = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swapped);
    }
  }

  @Override
  public String toString() {
    String colleges =
        electorate.weights().entrySet().stream()
            .map(
                entry ->
                    entry.getKey()
                        + " (weight "
                        + entry.getValue()
                        + ") "
                        + electorate.collegeOf().entrySet().stream()
                            .filter(member -> member.getValue().equals(entry.getKey()))
                            .map(member -> member.getKey().toString())
                            .collect(Collectors.joining(", ", "[", "]")))
            .collect(Collectors.joining("; "));
    String positionsText =
        positions.stream()
            .map(position -> position.actor() + " " + position.stance())
            .collect(Collectors.joining(", ", "[", "]"));
    return "rule "
        + rule
        + "\n  voters "
        + electorate.voters()
        + "\n  colleges "
        + (colleges.isEmpty() ? "none" : colleges)
        + "\n  positions "
        + positionsText;
  }
}
