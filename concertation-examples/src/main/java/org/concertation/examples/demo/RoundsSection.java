package org.concertation.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.Tally;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.RoundClosing;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.RoundOpening;
import org.concertation.core.text.GroundsText;

/**
 * The {@code ## Negotiation rounds} section: for each round, its rule, then for each proposal on
 * its agenda the tally the rule produced (overall and per college), the verdict, the rule's own
 * explanation, and the reasoned objections quoted in full. Everything comes from the history's
 * rounds: an outcome carries its tally.
 */
final class RoundsSection {
  private final RunView view;

  RoundsSection(RunView view) {
    this.view = view;
  }

  void appendTo(StringBuilder out) {
    out.append(view.text("demo.heading.rounds")).append("\n\n");
    List<RoundFact> rounds = view.history().rounds();
    out.append(
            view.text(
                "demo.rounds",
                rounds.stream().filter(r -> r.closing().isPresent()).count(),
                view.charter().roundLimit()))
        .append("\n\n");
    for (RoundFact round : rounds) {
      RoundClosing closed =
          round
              .closing()
              .orElseThrow(() -> new IllegalStateException("Round " + round.number() + " open"));
      round(out, round.opening(), closed);
    }
  }

  private void round(StringBuilder out, RoundOpening opened, RoundClosing closed) {
    out.append(
            view.text(
                "demo.round",
                opened.round(),
                view.date(opened.stamp().at()),
                view.name(opened.stamp().by()),
                view.describe(opened.rule())))
        .append("\n\n");
    Md.Table table =
        new Md.Table(
            view.text("demo.column.proposal"),
            view.text("demo.column.version"),
            view.text("demo.column.counts"),
            view.text("demo.column.objections"),
            view.text("demo.column.by.college"),
            view.text("demo.column.verdict.round"));
    for (DecisionFact fact : closed.decisions()) {
      RoundDecision d = fact.decision();
      Tally tally = d.outcome().tally();
      table.row(
          d.proposal().value(),
          String.valueOf(d.version()),
          counts(tally.counts()),
          String.valueOf(tally.count(Stance.OBJECT)),
          colleges(tally),
          view.words(d.outcome().verdict()) + (d.carried() ? view.text("demo.carried") : ""));
    }
    table.appendTo(out);
    // The rule explains itself: the outcome's grounds, said in the demo's language; the story's
    // people consented to be named, so an objector is referred to by her identity.
    out.append(view.text("demo.explanations")).append("\n\n");
    for (DecisionFact d : closed.decisions()) {
      String explanation =
          GroundsText.explanation(d.outcome(), view.texts(), id -> "'" + id.value() + "'");
      out.append(view.text("demo.explanation", d.proposal().value(), explanation)).append('\n');
      for (Position objection : d.outcome().tally().objections()) {
        out.append(
                view.text(
                    "demo.objection",
                    view.name(objection.actor()),
                    view.personal(objection.reason().orElseThrow())))
            .append('\n');
      }
    }
    out.append('\n');
  }

  /** The per-college tallies, in the order the charter lists its colleges. */
  private String colleges(Tally tally) {
    if (tally.colleges().isEmpty()) {
      return view.text("demo.colleges.none");
    }
    List<CollegeId> order = new ArrayList<>();
    for (College college : view.charter().colleges()) {
      order.add(college.id());
    }
    tally.colleges().keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    List<String> parts = new ArrayList<>();
    for (CollegeId id : order) {
      CollegeTally college = tally.colleges().get(id);
      if (college != null) {
        int objections = college.counts().getOrDefault(Stance.OBJECT, 0);
        parts.add(
            view.text("demo.college.counts", view.college(id), counts(college.counts()))
                + (objections > 0 ? view.text("demo.college.objections", objections) : ""));
      }
    }
    return String.join(view.text("demo.college.separator"), parts);
  }

  /** "for / against / abstaining"; support and accept count for, oppose and object against. */
  private static String counts(Map<Stance, Integer> counts) {
    int inFavour = 0;
    int against = 0;
    for (Map.Entry<Stance, Integer> entry : counts.entrySet()) {
      inFavour += entry.getKey().isFor() ? entry.getValue() : 0;
      against += entry.getKey().isAgainst() ? entry.getValue() : 0;
    }
    return inFavour + " / " + against + " / " + counts.getOrDefault(Stance.ABSTAIN, 0);
  }
}
