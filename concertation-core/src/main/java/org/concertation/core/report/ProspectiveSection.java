package org.concertation.core.report;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Role;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.history.AssessmentFact;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.text.Texts;

/**
 * The report's account of the evaluation that looks ahead: the criteria, who chose them, their
 * scales and weights; each prospective assessment with, per proposal and criterion, its majority
 * grade, the distribution of its grades and its majority grade in each college; and the ex-ante
 * grades of each criterion set against the ex-post grades of the actions that came of the
 * proposals. Shown only for a process that weighed criteria, held an assessment or graded an
 * action, so that other reports stay as they were. It renders the facts of the read model only.
 */
final class ProspectiveSection {
  private final Doc doc;
  private final Texts t;
  private final ProcessHistory history;
  private final ActorLabel actors;

  private ProspectiveSection(Doc doc, Texts texts, ProcessHistory history, ActorLabel actors) {
    this.doc = doc;
    this.t = texts;
    this.history = history;
    this.actors = actors;
  }

  /** Renders the section, when the history has something for it. */
  static void render(Doc doc, Texts texts, ProcessHistory history, ActorLabel actors) {
    if (history.assessments().isEmpty()
        && history.weighings().isEmpty()
        && history.actionRatings().isEmpty()) {
      return;
    }
    new ProspectiveSection(doc, texts, history, actors).render();
  }

  private List<String> columns(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(t.text("report.exante.column." + key));
    }
    return headers;
  }

  private void render() {
    doc.heading(2, t.text("report.exante.heading"));
    doc.para(t.text("report.exante.intro"));
    history
        .charter()
        .assessmentGate()
        .ifPresent(gate -> doc.para(t.text("report.exante.gate", Integer.toString(gate))));
    criteria();
    history.assessments().forEach(this::assessment);
    comparison();
  }

  /** Whether every criterion was chosen by participants. */
  private boolean chosenByParticipants() {
    return history.criterionEvaluations().stream()
        .allMatch(
            c ->
                history
                    .participant(c.chosenBy())
                    .map(ParticipantFact::role)
                    .equals(Optional.of(Role.PARTICIPANT)));
  }

  private void criteria() {
    doc.heading(
        3,
        t.text(
            chosenByParticipants()
                ? "report.exante.heading.criteria.participants"
                : "report.exante.heading.criteria"));
    List<List<String>> rows = new ArrayList<>();
    GradeScale weighing = history.charter().weighingScale();
    for (CriterionEvaluation c : history.criterionEvaluations()) {
      rows.add(
          List.of(
              c.id().value(),
              c.criterion().title(),
              actors.name(c.chosenBy()),
              t.list(c.scale().names()),
              c.weight().map(weighing::name).orElse("")));
    }
    doc.table(columns("criterion", "title", "chosen", "scale", "weight"), rows);
  }

  private void assessment(AssessmentFact a) {
    doc.heading(
        3,
        t.text(
            "report.exante.heading.assessment",
            a.number(),
            t.date(a.opened().at()),
            a.agenda().size()));
    if (a.closed().isEmpty()) {
      doc.para(t.text("report.exante.open", a.gradings().size()));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (AssessmentResult r : a.results()) {
      GradeScale scale = a.criteria().getOrDefault(r.criterion(), GradeScale.rating());
      rows.add(
          List.of(
              r.proposal().value(),
              r.criterion().value(),
              r.majorityGrade().map(scale::name).orElse(t.text("report.exante.ungraded")),
              distribution(scale, r.distribution()),
              colleges(scale, r.byCollege()),
              t.count(r.graders())));
    }
    doc.table(
        columns("proposal", "criterion", "majority", "distribution", "colleges", "graders"), rows);
  }

  private String distribution(GradeScale scale, Map<Integer, Integer> distribution) {
    List<String> parts = new ArrayList<>();
    distribution.forEach(
        (grade, count) ->
            parts.add(t.text("report.exante.distribution", scale.name(grade), t.count(count))));
    return t.list(parts);
  }

  private String colleges(GradeScale scale, Map<CollegeId, Integer> byCollege) {
    List<String> parts = new ArrayList<>();
    byCollege.forEach(
        (college, grade) ->
            parts.add(t.text("report.exante.college", college.value(), scale.name(grade))));
    return t.list(parts);
  }

  /** Ex ante against ex post, for the criteria on which an action was graded. */
  private void comparison() {
    List<List<String>> rows = new ArrayList<>();
    for (CriterionEvaluation c : history.criterionEvaluations()) {
      for (Map.Entry<ActionId, Integer> post : c.exPost().entrySet()) {
        List<String> before = new ArrayList<>();
        ImmutableSet<ProposalId> sources =
            c.cameOf().getOrDefault(post.getKey(), ImmutableSet.of());
        for (ProposalId p : sources) {
          Integer ante = c.exAnte().get(p);
          before.add(
              ante == null
                  ? t.text("report.exante.not.assessed", p.value())
                  : t.text("report.exante.source", p.value(), c.gradeName(ante)));
        }
        rows.add(
            List.of(
                c.id().value(),
                post.getKey().value(),
                c.gradeName(post.getValue()),
                t.list(before)));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    doc.heading(3, t.text("report.exante.heading.comparison"));
    doc.table(columns("criterion", "action", "expost", "exante"), rows);
  }
}
