package org.concertation.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.history.AssessmentFact;
import org.concertation.core.history.CommitmentFact;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.DeliveryFact;
import org.concertation.core.history.EffectFact;
import org.concertation.core.history.Means;
import org.concertation.core.history.MeansFact;
import org.concertation.core.history.PhaseChange;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.Stamp;

/**
 * The evaluation that looks ahead, as the demo tells it: the prospective assessment of the
 * proposals before the decision, the effects expected of a proposal or an objective by a horizon,
 * the means each carrier delivered against what it committed, and the ex-ante grades set against
 * the ex-post grades of the actions that came of the proposals. A run without these facts (the
 * mission logic's) gets none of these paragraphs, and the side by side says so.
 */
final class Prospective {
  /**
   * Ex ante and ex post agree when the grades lie at most this many grades apart: a grade is a
   * judgement, and a point either way is within what the same graders would give on another day.
   */
  static final int AGREEMENT_TOLERANCE = 1;

  /** Delivery ratios are shown as whole percentages. */
  private static final int PERCENT_DECIMALS = 0;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RunView view;
  private final ProcessHistory history;

  Prospective(RunView view) {
    this.view = view;
    this.history = view.history();
  }

  // ---------------------------------------------------------------- the figures

  /** The phase the process was in at a stamp: the last phase entered before it. */
  Phase phaseAt(Stamp stamp) {
    Phase phase = history.charter().phases().get(0);
    for (PhaseChange change : history.phaseChanges()) {
      if (change.stamp().index() < stamp.index()) {
        phase = change.to();
      }
    }
    return phase;
  }

  /** The phase in which the first criterion was chosen, if any was. */
  Optional<Phase> criteriaFrom() {
    return history.criteria().stream().findFirst().map(c -> phaseAt(c.stamp()));
  }

  /** An ex-ante grade set against an ex-post one: an action and a proposal it came of. */
  record Pair(CriterionId criterion, ActionId action, ProposalId proposal, int exAnte, int exPost) {
    /** How far apart the two grades are. */
    int gap() {
      return Math.abs(exPost - exAnte);
    }

    boolean agrees() {
      return gap() <= AGREEMENT_TOLERANCE;
    }
  }

  /**
   * Every action graded after the fact on a criterion, against each proposal it came of that was
   * graded on the same criterion before the decision: in the order of the criteria, then of the
   * actions first graded, then of the proposals.
   */
  ImmutableList<Pair> pairs() {
    ImmutableList.Builder<Pair> pairs = ImmutableList.builder();
    for (CriterionEvaluation c : history.criterionEvaluations()) {
      for (Map.Entry<ActionId, Integer> post : c.exPost().entrySet()) {
        for (ProposalId p : c.cameOf().getOrDefault(post.getKey(), ImmutableSet.of())) {
          Integer ante = c.exAnte().get(p);
          if (ante != null) {
            pairs.add(new Pair(c.id(), post.getKey(), p, ante, post.getValue()));
          }
        }
      }
    }
    return pairs.build();
  }

  /** "yes: 5 proposals, 2 criteria, 10 graders", or "no". */
  String assessmentHeld() {
    List<AssessmentFact> closed =
        history.assessments().stream().filter(a -> a.closed().isPresent()).toList();
    if (closed.isEmpty()) {
      return view.text("demo.no");
    }
    Set<ProposalId> proposals = new LinkedHashSet<>();
    Set<CriterionId> criteria = new LinkedHashSet<>();
    Set<ActorId> graders = new LinkedHashSet<>();
    for (AssessmentFact a : closed) {
      proposals.addAll(a.agenda());
      criteria.addAll(a.criteria().keySet());
      a.gradings().forEach(g -> graders.add(g.stamp().by()));
    }
    return view.text(
        "demo.side.exante.held", proposals.size(), criteria.size(), graders.size(), closed.size());
  }

  /** "11 of 12 pairs", or that there was no ex-ante grade to compare. */
  String agreement() {
    ImmutableList<Pair> pairs = pairs();
    if (pairs.isEmpty()) {
      return view.text("demo.side.agreement.none");
    }
    long agree = pairs.stream().filter(Pair::agrees).count();
    return view.text("demo.side.agreement.cell", agree, pairs.size());
  }

  /** Effects on target by their horizon, as "1 of 2", or none. */
  String effectsMet() {
    List<EffectFact> effects = history.effects();
    if (effects.isEmpty()) {
      return view.text("demo.none");
    }
    long met = effects.stream().filter(EffectFact::met).count();
    return view.text("demo.figures.of", met, effects.size());
  }

  /** Delivered against committed, summed per kind of means; "not recorded" without a delivery. */
  String delivered() {
    if (history.deliveries().isEmpty()) {
      return view.text("demo.side.not.recorded");
    }
    return balances(history.means().total());
  }

  /** Delivered against committed for each kind of means, in words. */
  private String balances(ImmutableMap<ResourceKind, Means.Balance> balances) {
    List<String> parts = new ArrayList<>();
    balances.forEach(
        (kind, b) ->
            parts.add(
                view.text(
                    "demo.delivered." + kind.name(),
                    view.number(b.delivered()),
                    view.number(b.committed()),
                    percent(b.delivered(), b.committed()))));
    return String.join(view.text("demo.delivered.separator"), parts);
  }

  private String percent(BigDecimal delivered, BigDecimal committed) {
    return view.number(
        delivered.multiply(HUNDRED).divide(committed, PERCENT_DECIMALS, RoundingMode.HALF_EVEN));
  }

  // ---------------------------------------------------------------- the account

  /** The assessment before the decision, at the end of the proposals; nothing when none was. */
  void assessment(StringBuilder out) {
    for (AssessmentFact a : history.assessments()) {
      if (a.closed().isEmpty()) {
        continue; // an assessment still open has no outcome to tell
      }
      Set<ActorId> graders = new LinkedHashSet<>();
      a.gradings().forEach(g -> graders.add(g.stamp().by()));
      Set<GradeScale> scales = new LinkedHashSet<>(a.criteria().values());
      GradeScale first = scales.iterator().next();
      out.append(
              view.text(
                  "demo.exante.intro",
                  a.number(),
                  view.date(a.opened().at()),
                  view.name(a.opened().by()),
                  graders.size(),
                  view.kinds(graders),
                  a.agenda().size(),
                  a.criteria().size(),
                  // criteria of scales of their own are each graded on its own
                  scales.size() == 1
                      ? view.text(
                          "demo.exante.scale",
                          first.name(first.lowest()),
                          first.name(first.highest()))
                      : view.text("demo.exante.scales")))
          .append("\n\n");
      List<String> columns = new ArrayList<>();
      columns.add(view.text("demo.column.proposal"));
      a.criteria().keySet().forEach(c -> columns.add(c.value()));
      Md.Table table = new Md.Table(columns.toArray(String[]::new));
      for (ProposalId p : a.agenda()) {
        List<String> row = new ArrayList<>();
        row.add(p.value());
        a.criteria()
            .forEach(
                (criterion, scale) ->
                    row.add(a.result(p, criterion).map(r -> cell(r, scale)).orElse("")));
        table.row(row.toArray(String[]::new));
      }
      table.appendTo(out);
    }
    if (history.assessments().isEmpty()) {
      return;
    }
    out.append(
            history
                .charter()
                .assessmentGate()
                .map(gate -> view.text("demo.exante.gate", gate))
                .orElse(view.text("demo.exante.no.gate")))
        .append("\n\n");
  }

  /** "4 (3: 2, 4: 7, 5: 1)": the majority grade, then how many gave each grade. */
  private String cell(AssessmentResult r, GradeScale scale) {
    List<String> counts = new ArrayList<>();
    r.distribution()
        .forEach(
            (grade, count) -> counts.add(view.text("demo.exante.count", scale.name(grade), count)));
    return view.text(
        "demo.exante.cell",
        r.majorityGrade().map(scale::name).orElse(view.text("demo.none")),
        view.list(counts));
  }

  /** What each commitment delivered, by its commitment; empty when nothing was recorded. */
  Map<CommitmentFact, MeansFact> deliveries() {
    Map<CommitmentFact, MeansFact> byCommitment = new LinkedHashMap<>();
    if (!history.deliveries().isEmpty()) {
      history.means().commitments().forEach(m -> byCommitment.put(m.commitment(), m));
    }
    return byCommitment;
  }

  /** The delivered cell of a commitment: "35,000 (64%)", or not recorded. */
  String deliveredCell(MeansFact m) {
    if (m.deliveries().isEmpty()) {
      return view.text("demo.side.not.recorded");
    }
    return view.text(
        "demo.delivered.cell", view.number(m.delivered()), percent(m.delivered(), m.committed()));
  }

  /** After the means committed: what was delivered, who delivered less, and the carriers' notes. */
  void delivered(StringBuilder out) {
    if (history.deliveries().isEmpty()) {
      return;
    }
    Means means = history.means();
    out.append(view.text("demo.delivered", balances(means.total()))).append("\n\n");
    List<String> fewer = new ArrayList<>();
    means
        .byCarrier()
        .forEach(
            (carrier, balances) -> {
              Map<ResourceKind, Means.Balance> less = new LinkedHashMap<>();
              balances.forEach(
                  (kind, b) -> {
                    if (b.delivered().compareTo(b.committed()) < 0) {
                      less.put(kind, b);
                    }
                  });
              if (!less.isEmpty()) {
                fewer.add(
                    view.text(
                        "demo.delivered.short.carrier",
                        view.name(carrier),
                        balances(ImmutableMap.copyOf(less))));
              }
            });
    out.append(
            fewer.isEmpty()
                ? view.text("demo.delivered.short.none")
                : view.text(
                    "demo.delivered.short",
                    String.join(view.text("demo.delivered.separator"), fewer)))
        .append('\n');
    for (DeliveryFact d : history.deliveries()) {
      d.note()
          .ifPresent(
              note ->
                  out.append(
                          view.text(
                              "demo.delivered.note",
                              view.name(d.stamp().by()),
                              d.action().value(),
                              view.personal(note)))
                      .append('\n'));
    }
    out.append('\n');
  }

  /** The effects expected of proposals and objectives, with their horizon. */
  void effects(StringBuilder out) {
    if (history.effects().isEmpty()) {
      return;
    }
    out.append(view.text("demo.effects")).append("\n\n");
    Md.Table table =
        new Md.Table(
            view.text("demo.column.effect"),
            view.text("demo.column.of"),
            view.text("demo.column.stated"),
            view.text("demo.column.horizon"),
            view.text("demo.column.expected"),
            view.text("demo.column.observed"),
            view.text("demo.column.unit"));
    for (EffectFact e : history.effects()) {
      table.row(
          e.name(),
          target(e.target()),
          view.text(
              "demo.stated.phase", view.name(e.defined().by()), view.words(phaseAt(e.defined()))),
          view.day(e.horizon()),
          view.number(e.expected()),
          e.observed().map(o -> view.number(o.value())).orElse(view.text("demo.not.reported")),
          e.unit());
    }
    table.appendTo(out);
  }

  private String target(EffectTarget target) {
    if (target instanceof EffectTarget.OfProposal p) {
      return view.text("demo.effect.proposal", p.proposal().value());
    }
    if (target instanceof EffectTarget.OfObjective o) {
      return view.text("demo.effect.objective", o.objective().value());
    }
    throw new AssertionError("Unknown effect target " + target);
  }

  /** Ex ante against ex post, for every action graded after the fact. */
  void comparison(StringBuilder out) {
    ImmutableList<Pair> pairs = pairs();
    if (pairs.isEmpty()) {
      return;
    }
    out.append(view.text("demo.comparison")).append("\n\n");
    Md.Table table =
        new Md.Table(
            view.text("demo.column.criterion"),
            view.text("demo.column.action"),
            view.text("demo.column.expost"),
            view.text("demo.column.proposal"),
            view.text("demo.column.exante"),
            view.text("demo.column.agree"));
    for (Pair p : pairs) {
      table.row(
          p.criterion().value(),
          p.action().value(),
          String.valueOf(p.exPost()),
          p.proposal().value(),
          String.valueOf(p.exAnte()),
          view.text(p.agrees() ? "demo.yes" : "demo.no"));
    }
    table.appendTo(out);
    long agree = pairs.stream().filter(Pair::agrees).count();
    out.append(view.text("demo.agreement", AGREEMENT_TOLERANCE, agree, pairs.size()))
        .append("\n\n");
  }
}
