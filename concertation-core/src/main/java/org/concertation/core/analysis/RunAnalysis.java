package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.history.DeadlineFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.RoundFact;

/**
 * The participation level of a run, read off its events by the same criteria as {@link
 * CharterAnalysis}, and the gaps between the run and its charter.
 *
 * <p>In fact, a criterion is met when:
 *
 * <ul>
 *   <li>{@code answers}: every proposal a round decided (and, once the process ended, every live
 *       proposal) has the owner's answer; put to the test once a proposal was decided or the
 *       process ended;
 *   <li>{@code proposals}: a citizen authored an adopted proposal (before any adoption: a citizen
 *       submitted one);
 *   <li>{@code decision}: a citizen took a position or cast a ballot that counted in a ballot round
 *       (a ballot round is a decision the participants take by their ballots);
 *   <li>{@code weight}: not read off events: the charter's finding stands;
 *   <li>{@code no-overrule}: the owner declined no adopted proposal; put to the test once a round
 *       adopted one;
 *   <li>{@code co-carrying}: every action has carriers of at least two kinds; once the process
 *       ended, in a run that records deliveries, carriers of at least two kinds delivered something
 *       against it (joint carrying out is what was brought, not what was promised);
 *   <li>{@code evaluation}: a citizen defined an evaluation criterion and, once proposals were
 *       graded on the criteria ex ante or actions ex post, a citizen is among the graders of each
 *       (where only the power holders grade, they keep the right to judge: placation, not
 *       partnership);
 *   <li>{@code agenda}: a citizen registered another actor or a college, validated a stake or
 *       opened a round.
 * </ul>
 *
 * A criterion the run has not put to the test keeps the charter's finding. A gap is a criterion the
 * charter meets and the run, having put it to the test, does not; every overruled decision is also
 * a gap on {@code no-overrule}, even where the charter lets the owner overrule: the round decided,
 * the owner decided otherwise. A proposal a ballot round adopted (chosen, or selected within a
 * budget round's envelope) is an adopted proposal like any other: the owner declining it overrules
 * the participants' ballots.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RunAnalysis {
  private RunAnalysis() {}

  /**
   * Analyses a run.
   *
   * @param charter the run's charter
   * @param events the run's events, in order
   * @return the report
   */
  public static RunReport of(Charter charter, Iterable<? extends Event> events) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(events, "events must not be null");
    return of(ProcessHistory.of(charter, events));
  }

  /**
   * The deadlines of a run that depart from its charter's calendar: each change of a deadline (by
   * {@code SetDeadline}) whose new deadline is not the one the charter gave (its phase deadlines,
   * and for a round its opening plus the charter's round duration), in the order of the changes. A
   * change back to the charter's deadline is no gap.
   *
   * @param history the run's history, with its charter
   * @return the gaps
   */
  public static ImmutableList<CalendarGap> calendarGaps(ProcessHistory history) {
    checkNotNull(history, "history must not be null");
    Charter charter = history.charter();
    ImmutableList.Builder<CalendarGap> gaps = ImmutableList.builder();
    for (DeadlineFact change : history.deadlineChanges()) {
      Optional<Instant> promised;
      if (change.target() instanceof DeadlineTarget.OfPhase phase) {
        promised = charter.deadline(phase.phase());
      } else if (change.target() instanceof DeadlineTarget.OfRound round) {
        promised =
            charter
                .roundDuration()
                .flatMap(
                    duration ->
                        history
                            .round(round.round())
                            .map(r -> r.opening().stamp().at().plus(duration)));
      } else {
        throw new AssertionError("Unknown deadline target " + change.target());
      }
      if (!promised.equals(Optional.of(change.deadline()))) {
        gaps.add(new CalendarGap(change, promised));
      }
    }
    return gaps.build();
  }

  /**
   * Analyses a run read once into its history.
   *
   * @param history the run's history, with its charter
   * @return the report
   */
  public static RunReport of(ProcessHistory history) {
    checkNotNull(history, "history must not be null");
    Charter charter = history.charter();
    RunFacts facts = RunFacts.of(history);
    ParticipationLevel promised = CharterAnalysis.level(charter);

    ImmutableMap.Builder<ProposalId, ImmutableSet<ActorKind>> adoptedBy = ImmutableMap.builder();
    for (ProposalId id : facts.adopted) {
      adoptedBy.put(id, facts.kinds(facts.authors.getOrDefault(id, ImmutableList.of())));
    }
    ImmutableList<ProposalId> overruled =
        facts.adopted.stream()
            .filter(id -> facts.answers.get(id) == AnswerKind.DECLINED)
            .collect(ImmutableList.toImmutableList());
    Set<ProposalId> owed = new LinkedHashSet<>(facts.decided);
    if (facts.ended) {
      facts.authors.keySet().stream().filter(id -> !facts.gone.contains(id)).forEach(owed::add);
    }
    ImmutableList<ProposalId> unanswered =
        owed.stream()
            .filter(id -> !facts.answers.containsKey(id))
            .collect(ImmutableList.toImmutableList());
    Set<ActorId> evaluating = new LinkedHashSet<>(facts.criterionAuthors);
    evaluating.addAll(facts.ratings.keySet());

    Set<ParticipationCriterion> observed = EnumSet.noneOf(ParticipationCriterion.class);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Finding promise : promised.findings()) {
      Finding fact = fact(promise, facts, owed, unanswered, overruled);
      if (fact != promise) {
        observed.add(promise.criterion());
      }
      findings.add(fact);
    }
    ImmutableList<Finding> actualFindings = findings.build();
    ParticipationLevel actual =
        ParticipationLevel.of(
            actualFindings,
            facts.deciders.stream().anyMatch(facts::isCitizen),
            facts.deciders.stream().anyMatch(facts::isInstitution));

    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    for (Finding fact : actualFindings) {
      Finding promise = promised.finding(fact.criterion());
      if (promise.met() && !fact.met() && observed.contains(fact.criterion())) {
        gaps.add(new Gap(fact.criterion(), promise.evidence(), fact.evidence()));
      }
    }
    if (!promised.finding(ParticipationCriterion.NO_OVERRULE).met()) {
      ImmutableMap<ProposalId, Integer> byBallot = adoptedByBallot(history);
      for (ProposalId id : overruled) {
        Integer round = byBallot.get(id);
        gaps.add(
            new Gap(
                ParticipationCriterion.NO_OVERRULE,
                Evidence.of("round.decides"),
                round == null
                    ? Evidence.of("owner.declined", id)
                    : Evidence.of("owner.declined.ballots", id, round)));
      }
    }
    return new RunReport(
        promised,
        actual,
        ImmutableSet.copyOf(observed),
        gaps.build(),
        adoptedBy.buildOrThrow(),
        overruled,
        facts.delays,
        unanswered,
        ImmutableMap.copyOf(facts.carriers),
        facts.kinds(evaluating),
        turnouts(history, facts));
  }

  /** The ballot round that adopted each proposal a ballot round adopted (the first, if several). */
  private static ImmutableMap<ProposalId, Integer> adoptedByBallot(ProcessHistory history) {
    Map<ProposalId, Integer> rounds = new LinkedHashMap<>();
    for (RoundFact round : history.ballotRounds()) {
      round
          .ballotOutcome()
          .ifPresent(
              outcome ->
                  outcome
                      .statuses()
                      .forEach(
                          (id, status) -> {
                            if (status == ProposalStatus.ADOPTED) {
                              rounds.putIfAbsent(id, round.number());
                            }
                          }));
    }
    return ImmutableMap.copyOf(rounds);
  }

  /** What each closed ballot round says: who voted, by kind and college, and what came of it. */
  private static ImmutableList<BallotTurnout> turnouts(ProcessHistory history, RunFacts facts) {
    ImmutableList.Builder<BallotTurnout> turnouts = ImmutableList.builder();
    for (RoundFact round : history.ballotRounds()) {
      if (round.ballotOutcome().isEmpty()) {
        continue; // a round still open has decided nothing yet
      }
      BallotOutcome outcome = round.ballotOutcome().get();
      Map<ActorKind, Integer> byKind = new TreeMap<>();
      Map<CollegeId, Integer> byCollege = new LinkedHashMap<>();
      // secret: who took part in a secret round, never its anonymous ballots
      for (ActorId voter :
          round.secret() ? round.participants() : round.countedBallots().keySet()) {
        ParticipantFact p = facts.participants.get(voter);
        if (p != null) {
          byKind.merge(p.actor().kind(), 1, Integer::sum);
          p.college().ifPresent(c -> byCollege.merge(c, 1, Integer::sum));
        }
      }
      ImmutableList<ProposalId> adopted =
          outcome.statuses().entrySet().stream()
              .filter(e -> e.getValue() == ProposalStatus.ADOPTED)
              .map(Map.Entry::getKey)
              .collect(ImmutableList.toImmutableList());
      turnouts.add(
          new BallotTurnout(
              round.number(),
              outcome.rule(),
              round.countedBallots().size(),
              ImmutableMap.copyOf(byKind),
              ImmutableMap.copyOf(byCollege),
              outcome.chosen(),
              adopted,
              adopted.stream()
                  .filter(id -> facts.answers.get(id) == AnswerKind.DECLINED)
                  .collect(ImmutableList.toImmutableList())));
    }
    return turnouts.build();
  }

  /**
   * The carriers of each action, in the order of the actions: {@code a1=[association, inhabitant]}.
   */
  /**
   * Co-carrying over the kinds that carry each action: met when every action has two kinds or more.
   * English writes the map as Java does, its braces given as arguments, since the braces of a
   * message pattern are its placeholders.
   */
  private static Finding coCarried(
      Map<ActionId, ImmutableSortedSet<ActorKind>> kinds, String carriedKey, String aloneKey) {
    List<ActionId> alone =
        kinds.entrySet().stream()
            .filter(e -> e.getValue().size() < 2)
            .map(Map.Entry::getKey)
            .toList();
    return new Finding(
        ParticipationCriterion.CO_CARRYING,
        alone.isEmpty(),
        alone.isEmpty()
            ? Evidence.of(
                carriedKey,
                kinds.entrySet().stream()
                    .map(e -> Evidence.of("carriers", e.getKey(), e.getValue()))
                    .collect(ImmutableList.toImmutableList()),
                "{",
                "}")
            : Evidence.of(aloneKey, alone));
  }

  /** The finding in fact, or the promise itself when the run has not put it to the test. */
  private static Finding fact(
      Finding promise,
      RunFacts facts,
      Set<ProposalId> owed,
      List<ProposalId> unanswered,
      List<ProposalId> overruled) {
    ParticipationCriterion criterion = promise.criterion();
    switch (criterion) {
      case ANSWERS:
        if (owed.isEmpty()) {
          return promise;
        }
        return new Finding(
            criterion,
            unanswered.isEmpty(),
            unanswered.isEmpty()
                ? Evidence.of("run.answers", owed.size() - unanswered.size(), owed.size())
                : Evidence.of(
                    "run.answers.missing",
                    owed.size() - unanswered.size(),
                    owed.size(),
                    unanswered));
      case PROPOSALS:
        if (!facts.adopted.isEmpty()) {
          List<ProposalId> byCitizens =
              facts.adopted.stream()
                  .filter(
                      id ->
                          facts.authors.getOrDefault(id, ImmutableList.of()).stream()
                              .anyMatch(facts::isCitizen))
                  .toList();
          return new Finding(
              criterion,
              !byCitizens.isEmpty(),
              Evidence.of("run.proposals", byCitizens.size(), facts.adopted.size()));
        }
        if (facts.proposers.isEmpty()) {
          return promise;
        }
        return new Finding(
            criterion,
            facts.proposers.stream().anyMatch(facts::isCitizen),
            Evidence.of("run.proposals.submitted", facts.kindsOf(facts.proposers)));
      case DECISION:
        if (facts.deciders.isEmpty()) {
          return promise;
        }
        List<Evidence> by = new ArrayList<>();
        if (!facts.positions.isEmpty()) {
          by.add(Evidence.of("run.positions", facts.kindsOf(facts.positions)));
        }
        if (!facts.voters.isEmpty()) {
          by.add(Evidence.of("run.ballots", facts.kindsOf(facts.voters)));
        }
        return new Finding(
            criterion,
            facts.deciders.stream().anyMatch(facts::isCitizen),
            Evidence.of("clauses", Evidence.Series.clauses(by)));
      case WEIGHT:
        return promise;
      case NO_OVERRULE:
        if (facts.adopted.isEmpty()) {
          return promise;
        }
        return new Finding(
            criterion,
            overruled.isEmpty(),
            overruled.isEmpty()
                ? Evidence.of("run.declined.none", facts.adopted.size())
                : Evidence.of("run.declined", overruled));
      case CO_CARRYING:
        if (facts.carriers.isEmpty()) {
          return promise;
        }
        // once the process ended with deliveries, joint carrying out is what was brought
        return facts.ended && !facts.history.deliveries().isEmpty()
            ? coCarried(facts.delivering, "run.delivered.by", "run.delivered.alone")
            : coCarried(facts.carriers, "run.carried", "run.carried.alone");
      case EVALUATION:
        if (facts.criterionAuthors.isEmpty()) {
          return promise;
        }
        boolean chosen = facts.criterionAuthors.stream().anyMatch(facts::isCitizen);
        Evidence criteria = Evidence.of("run.criteria", facts.kindsOf(facts.criterionAuthors));
        if (facts.exAnteGraders.isEmpty() && facts.exPostGraders.isEmpty()) {
          return new Finding(criterion, chosen, criteria); // nothing graded on them yet
        }
        List<Evidence> clauses = new ArrayList<>(List.of(criteria));
        if (!facts.exAnteGraders.isEmpty()) {
          clauses.add(
              Evidence.of(
                  "run.graded.ex.ante", facts.kindsOf(ImmutableList.copyOf(facts.exAnteGraders))));
        }
        if (!facts.exPostGraders.isEmpty()) {
          clauses.add(
              Evidence.of(
                  "run.graded.ex.post", facts.kindsOf(ImmutableList.copyOf(facts.exPostGraders))));
        }
        return new Finding(
            criterion,
            chosen
                && (facts.exAnteGraders.isEmpty()
                    || facts.exAnteGraders.stream().anyMatch(facts::isCitizen))
                && (facts.exPostGraders.isEmpty()
                    || facts.exPostGraders.stream().anyMatch(facts::isCitizen)),
            Evidence.of("clauses", Evidence.Series.clauses(clauses)));
      case AGENDA:
        if (facts.framers.isEmpty()) {
          return promise;
        }
        return new Finding(
            criterion,
            facts.framers.stream().anyMatch(facts::isCitizen),
            Evidence.of("run.framing", facts.kindsOf(facts.framers)));
    }
    throw new AssertionError("unknown criterion " + criterion);
  }
}
