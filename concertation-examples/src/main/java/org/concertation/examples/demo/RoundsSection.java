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
    Md.line(out, "%s\n", Account.HEADINGS[3]);
    List<RoundFact> rounds = view.history().rounds();
    Md.line(
        out,
        "Rounds held: %d; the charter allows %d. Counts read for / against / abstaining; a"
            + " reasoned objection counts against, and is also shown on its own.\n",
        rounds.stream().filter(r -> r.closing().isPresent()).count(),
        view.charter().roundLimit());
    for (RoundFact round : rounds) {
      RoundClosing closed =
          round
              .closing()
              .orElseThrow(() -> new IllegalStateException("Round " + round.number() + " open"));
      round(out, round.opening(), closed);
    }
  }

  private void round(StringBuilder out, RoundOpening opened, RoundClosing closed) {
    Md.line(
        out,
        "**Round %d**, opened on %s by %s. Rule: %s.\n",
        opened.round(),
        Md.date(opened.stamp().at()),
        view.name(opened.stamp().by()),
        RunView.describe(opened.rule()));
    Md.Table table =
        new Md.Table(
            "proposal",
            "version",
            "for / against / abstaining",
            "objections",
            "by college",
            "verdict");
    for (DecisionFact fact : closed.decisions()) {
      RoundDecision d = fact.decision();
      Tally tally = d.outcome().tally();
      table.row(
          d.proposal().value(),
          String.valueOf(d.version()),
          counts(tally.counts()),
          String.valueOf(tally.count(Stance.OBJECT)),
          colleges(tally),
          Md.words(d.outcome().verdict()) + (d.carried() ? ", carried to the next round" : ""));
    }
    table.appendTo(out);
    // The rule explains itself: the outcome's explanation is the machine's, word for word.
    Md.line(out, "The rule's explanations:\n");
    for (DecisionFact d : closed.decisions()) {
      Md.line(out, "- %s: %s", d.proposal(), d.outcome().explanation());
      for (Position objection : d.outcome().tally().objections()) {
        Md.line(
            out,
            "  - reasoned objection by %s: \"%s\"",
            view.name(objection.actor()),
            objection.reason().orElseThrow());
      }
    }
    Md.line(out, "");
  }

  /** The per-college tallies, in the order the charter lists its colleges. */
  private String colleges(Tally tally) {
    if (tally.colleges().isEmpty()) {
      return "no colleges";
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
            id
                + " "
                + counts(college.counts())
                + (objections > 0 ? " (" + objections + " objection)" : ""));
      }
    }
    return String.join("; ", parts);
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
