package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.Event;

/**
 * The prospective assessment, under a charter whose evaluation the simulation plays ahead of the
 * decision (see {@link ExAnte}): before the first round, whoever may chair an assessment opens one
 * on the round's agenda; every actor who may assess and takes part (by its propensity, in the
 * evaluation's own draws, see {@link Stage#evaluationDraws()}) grades each proposal on the
 * criterion from its utility for it (see {@link ExAnte#grade}); then the assessment closes. Under a
 * charter with an {@linkplain org.concertation.api.charter.Charter#assessmentGate() assessment
 * gate}, only the proposals whose majority grade reaches it on every criterion go on a round's
 * agenda, and the submitter of each other one withdraws it.
 */
final class AssessmentPolicy {
  private final double harmThreshold;
  private final Map<ProposalId, List<AssessmentResult>> results = new HashMap<>();
  private boolean held;

  AssessmentPolicy(SimulationConfig config) {
    this.harmThreshold = config.harmThreshold();
  }

  /** Holds the assessment once, before the first round, where the charter provides for it. */
  void assessBeforeTheFirstRound(Stage stage) {
    if (held || !ExAnte.playedUnder(stage.charter())) {
      return;
    }
    held = true;
    ActorId chair = stage.runner(Activity.CHAIR_ASSESSMENT);
    List<ProposalModel> agenda = stage.open();
    if (chair == null
        || agenda.isEmpty()
        || !stage.state().criteria().containsKey(EvaluationPolicy.CRITERION)
        || !stage.issue(
            new Command.OpenAssessment(
                chair,
                stage.at(),
                agenda.stream().map(ProposalModel::id).collect(ImmutableList.toImmutableList())))) {
      return;
    }
    GradeScale scale = GradeScale.rating();
    SplittableRandom draws = stage.evaluationDraws();
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.ASSESS) && stage.takesPart(draws, i)) {
        ImmutableMap.Builder<ProposalId, Integer> grades = ImmutableMap.builder();
        for (ProposalModel model : agenda) {
          grades.put(model.id(), ExAnte.grade(model.utility(i), harmThreshold, scale));
        }
        stage.issue(
            new Command.AssessProposals(
                stage.id(i),
                stage.at(),
                EvaluationPolicy.CRITERION,
                new Ballot.Grades(grades.buildOrThrow())));
      }
    }
    if (stage.issue(new Command.CloseAssessment(chair, stage.at()))
        && stage.lastEvent() instanceof Event.AssessmentClosed closed) {
      for (AssessmentResult result : closed.results()) {
        results.computeIfAbsent(result.proposal(), p -> new ArrayList<>()).add(result);
      }
      withdrawFailing(stage, agenda);
    }
  }

  /**
   * Under an assessment gate, the submitter of each proposal that does not pass it withdraws it: no
   * round may decide it, and the process could not close with it left unanswered.
   */
  private void withdrawFailing(Stage stage, List<ProposalModel> agenda) {
    if (stage.charter().assessmentGate().isEmpty()) {
      return;
    }
    List<ProposalModel> passing = passing(stage, agenda);
    for (ProposalModel model : agenda) {
      if (!passing.contains(model)) {
        stage.issue(
            new Command.WithdrawProposal(
                stage.id(model.submitter()),
                stage.at(),
                model.id(),
                PersonalText.of("Below the assessment gate.")));
      }
    }
  }

  /**
   * The proposals of an agenda that may go to a round: all of them without an assessment gate, else
   * those whose majority grade reaches it on every criterion they were assessed on.
   */
  List<ProposalModel> passing(Stage stage, List<ProposalModel> agenda) {
    Optional<Integer> gate = stage.charter().assessmentGate();
    if (gate.isEmpty()) {
      return agenda;
    }
    List<ProposalModel> passing = new ArrayList<>();
    for (ProposalModel model : agenda) {
      List<AssessmentResult> of = results.get(model.id());
      if (of != null
          && of.stream()
              .allMatch(
                  r -> r.majorityGrade().isPresent() && r.majorityGrade().get() >= gate.get())) {
        passing.add(model);
      }
    }
    return passing;
  }
}
