package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prospective assessments in random command sequences under the prospective project logic, with and
 * without a gate: the machine keeps the invariants of {@link ProcessProperties}; each closed
 * assessment keeps, per proposal and criterion, the majority grade that majority judgment gives
 * alone on the same grades (overall and in each college) and their exact distribution; a gated
 * charter lets a proposal into a round only with at least the gate on every criterion of its last
 * assessment; the read model's ex-ante grades are those of each proposal's last assessment; a
 * snapshot of the final state reads back equal; and every event reads back from JSON equal.
 */
class ProspectiveProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final StateCodec SNAPSHOTS = StateCodec.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 1000;

  /** The least majority grade of the gated charter: low enough that some proposals pass. */
  private static final int GATE = 1;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"open", "gated"})
  void assessmentsKeepTheirInvariantsOnRandomCommandSequences(String variant) {
    Charter charter =
        variant.equals("open")
            ? Charters.prospectiveProjectLogic()
            : Charter.builder()
                .from(Charters.prospectiveProjectLogic())
                .assessmentGate(GATE)
                .build();
    ProcessProperties.Stats stats = new ProcessProperties.Stats();
    Set<Class<?>> seen = new HashSet<>();
    int[] graded = new int[1];
    Summary summary =
        PropertyHarness.forAllSequences(
            "prospective assessments keep their invariants, " + variant,
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) ->
                ProcessProperties.invariants(charter, commands, stats)
                    .or(() -> assessmentInvariants(charter, commands, seen, graded))
                    .ifPresent(
                        broken -> {
                          throw new AssertionError(broken);
                        }));
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    // the generator must reach every step of an assessment, or the invariants prove little
    assertThat(seen)
        .contains(
            Event.CriterionDefined.class,
            Event.CriteriaWeighed.class,
            Event.AssessmentOpened.class,
            Event.ProposalsAssessed.class,
            Event.AssessmentClosed.class,
            Event.RoundClosed.class);
    // (the generator seldom reaches an action: ActionRated is specified in ProspectiveSpec)
    assertThat(graded[0]).as("results with a majority grade").isGreaterThan(TRIES / 50);
  }

  private static Optional<String> assessmentInvariants(
      Charter charter, List<Command> commands, Set<Class<?>> seen, int[] graded) {
    ProcessState state = DECIDER.initialState(charter);
    List<Event> log = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      state = DECIDER.after(state, result);
      log.addAll(result.events());
    }
    Map<ActorId, CollegeId> collegeOf = new HashMap<>();
    Map<Integer, Map<CriterionId, Map<ActorId, Ballot.Grades>>> ballots = new HashMap<>();
    Map<ProposalId, List<AssessmentResult>> last = new LinkedHashMap<>();
    for (Event event : log) {
      seen.add(event.getClass());
      if (!CODEC.readEvent(CODEC.writeEvent(event)).equals(event)) {
        return Optional.of("event " + event + " does not read back from JSON");
      }
      if (event instanceof Event.ActorRegistered e) {
        e.college().ifPresent(college -> collegeOf.put(e.actor().id(), college));
      } else if (event instanceof Event.ProposalsAssessed e) {
        ballots
            .computeIfAbsent(e.number(), n -> new HashMap<>())
            .computeIfAbsent(e.criterion(), c -> new LinkedHashMap<>())
            .put(e.by(), e.grades());
      } else if (event instanceof Event.AssessmentClosed e) {
        Map<ProposalId, List<AssessmentResult>> closed = new LinkedHashMap<>();
        for (AssessmentResult r : e.results()) {
          Map<ActorId, Ballot.Grades> cast =
              ballots.getOrDefault(e.number(), Map.of()).getOrDefault(r.criterion(), Map.of());
          List<Integer> given = new ArrayList<>();
          Map<CollegeId, List<Integer>> byCollege = new LinkedHashMap<>();
          cast.forEach(
              (voter, grades) -> {
                int grade = grades.grades().get(r.proposal());
                given.add(grade);
                CollegeId college = collegeOf.get(voter);
                if (college != null) {
                  byCollege.computeIfAbsent(college, c -> new ArrayList<>()).add(grade);
                }
              });
          Optional<String> broken = check(r, given, byCollege);
          if (broken.isPresent()) {
            return Optional.of("assessment " + e.number() + ": " + broken.get());
          }
          if (r.majorityGrade().isPresent()) {
            graded[0]++;
          }
          closed.computeIfAbsent(r.proposal(), p -> new ArrayList<>()).add(r);
        }
        last.putAll(closed);
      } else if (event instanceof Event.RoundOpened e && charter.assessmentGate().isPresent()) {
        int gate = charter.assessmentGate().get();
        for (ProposalId id : e.agenda()) {
          List<AssessmentResult> results = last.get(id);
          if (results == null
              || results.stream()
                  .anyMatch(r -> r.majorityGrade().isEmpty() || r.majorityGrade().get() < gate)) {
            return Optional.of(
                "round " + e.round() + " opened on '" + id + "' short of the gate: " + results);
          }
        }
      }
    }
    if (log.isEmpty() || !(log.get(0) instanceof Event.ProcessOpened)) {
      return Optional.empty(); // a stream that does not describe itself has no history to read
    }
    ProcessHistory history = ProcessHistory.of(log);
    for (CriterionEvaluation c : history.criterionEvaluations()) {
      Map<ProposalId, Integer> expected = new LinkedHashMap<>();
      last.forEach(
          (proposal, results) ->
              results.stream()
                  .filter(r -> r.criterion().equals(c.id()) && r.majorityGrade().isPresent())
                  .forEach(r -> expected.put(proposal, r.majorityGrade().get())));
      // earlier assessments of a proposal may have graded it on a criterion its last one had not
      for (Map.Entry<ProposalId, Integer> e : expected.entrySet()) {
        if (!e.getValue().equals(c.exAnte().get(e.getKey()))) {
          return Optional.of(
              "ex ante of '"
                  + e.getKey()
                  + "' on '"
                  + c.id()
                  + "' is "
                  + c.exAnte()
                  + " not "
                  + expected);
        }
      }
    }
    if (state.version() >= 1) {
      ProcessState read = SNAPSHOTS.decode(SNAPSHOTS.encode("prospects", state));
      if (!read.equals(state)) {
        return Optional.of("the snapshot of the final state reads back as another state");
      }
    }
    return Optional.empty();
  }

  /** The result against majority judgment counted alone on the same grades. */
  private static Optional<String> check(
      AssessmentResult r, List<Integer> given, Map<CollegeId, List<Integer>> byCollege) {
    if (r.graders() != given.size()) {
      return Optional.of(r + " counts " + r.graders() + " graders, not " + given.size());
    }
    if (!r.majorityGrade().equals(majorityJudgment(r.proposal(), given))) {
      return Optional.of(
          r + ": majority judgment alone gives " + majorityJudgment(r.proposal(), given));
    }
    TreeMap<Integer, Integer> distribution = new TreeMap<>();
    given.forEach(g -> distribution.merge(g, 1, Integer::sum));
    if (!r.distribution().equals(distribution)) {
      return Optional.of(r + ": the grades given are distributed as " + distribution);
    }
    Map<CollegeId, Integer> colleges = new HashMap<>();
    byCollege.forEach(
        (college, grades) ->
            colleges.put(college, majorityJudgment(r.proposal(), grades).orElseThrow()));
    if (!r.byCollege().equals(colleges)) {
      return Optional.of(r + ": majority judgment alone in each college gives " + colleges);
    }
    return Optional.empty();
  }

  /** The majority grade that the standalone rule reads from these grades of one proposal. */
  private static Optional<Integer> majorityJudgment(ProposalId proposal, List<Integer> grades) {
    if (grades.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList.Builder<GradedProfile.Ballot> ballots = ImmutableList.builder();
    grades.forEach(g -> ballots.add(GradedProfile.Ballot.of(1, g)));
    Map<?, ?> majority =
        (Map<?, ?>)
            GradedRule.MAJORITY_JUDGMENT
                .apply(GradedProfile.of(List.of(proposal.value()), ballots.build()))
                .details()
                .get("majorityGrades");
    return Optional.of((Integer) majority.get(proposal.value()));
  }
}
