package org.concertation.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.Tally;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;

/**
 * The {@code ## Negotiation rounds} section: for each round, its rule, then for each proposal on
 * its agenda the tally the rule produced (overall and per college), the verdict, the rule's own
 * explanation, and the reasoned objections quoted in full. Everything comes from the {@code
 * RoundOpened} and {@code RoundClosed} events: the outcome carries its tally.
 */
final class RoundsSection {
  private final RunView view;

  RoundsSection(RunView view) {
    this.view = view;
  }

  void appendTo(StringBuilder out) {
    out.append(Account.HEADINGS[3]).append("\n\n");
    List<Event.RoundClosed> closings = view.events(Event.RoundClosed.class);
    out.append(closings.size()).append(closings.size() == 1 ? " round" : " rounds")
        .append(" held; the charter allows ").append(view.state().charter().roundLimit())
        .append(". Counts read for / against / abstaining; a reasoned objection counts against, and"
            + " is also shown on its own.\n\n");
    for (Event.RoundOpened opened : view.events(Event.RoundOpened.class)) {
      Event.RoundClosed closed = closings.stream()
          .filter(c -> c.round() == opened.round())
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("Round " + opened.round() + " never closed"));
      round(out, opened, closed);
    }
  }

  private void round(StringBuilder out, Event.RoundOpened opened, Event.RoundClosed closed) {
    out.append("**Round ").append(opened.round()).append("**, opened on ")
        .append(Md.date(opened.at())).append(" by ").append(view.name(opened.by()))
        .append(". Rule: ").append(RunView.describe(opened.rule())).append(".\n\n");
    Md.Table table = new Md.Table("proposal", "version", "for / against / abstaining", "objections",
        "by college", "verdict");
    for (RoundDecision d : closed.decisions()) {
      Tally tally = d.outcome().tally();
      table.row(d.proposal().value(), String.valueOf(d.version()), counts(tally.count(Stance.SUPPORT)
              + tally.count(Stance.ACCEPT), tally.count(Stance.OPPOSE) + tally.count(Stance.OBJECT),
              tally.count(Stance.ABSTAIN)),
          String.valueOf(tally.count(Stance.OBJECT)), colleges(tally),
          d.outcome().verdict().name().toLowerCase(Locale.ROOT)
              + (d.carried() ? ", carried to the next round" : ""));
    }
    table.appendTo(out);
    out.append("The rule's explanations:\n\n");
    for (RoundDecision d : closed.decisions()) {
      out.append("- ").append(d.proposal()).append(": ").append(d.outcome().explanation()).append('\n');
      for (Position objection : d.outcome().tally().objections()) {
        out.append("  - reasoned objection by ").append(view.name(objection.actor())).append(": \"")
            .append(objection.reason().orElseThrow()).append("\"\n");
      }
    }
    out.append('\n');
  }

  /** The per-college tallies, in the order the charter lists its colleges. */
  private String colleges(Tally tally) {
    if (tally.colleges().isEmpty()) {
      return "no colleges";
    }
    List<CollegeId> order = new ArrayList<>();
    for (College college : view.state().charter().colleges()) {
      order.add(college.id());
    }
    tally.colleges().keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    List<String> parts = new ArrayList<>();
    for (CollegeId id : order) {
      CollegeTally college = tally.colleges().get(id);
      if (college == null) {
        continue;
      }
      int objections = college.counts().getOrDefault(Stance.OBJECT, 0);
      parts.add(id + " " + counts(
          college.counts().getOrDefault(Stance.SUPPORT, 0) + college.counts().getOrDefault(Stance.ACCEPT, 0),
          college.counts().getOrDefault(Stance.OPPOSE, 0) + objections,
          college.counts().getOrDefault(Stance.ABSTAIN, 0))
          + (objections > 0 ? " (" + objections + " objection)" : ""));
    }
    return String.join("; ", parts);
  }

  private static String counts(int inFavour, int against, int abstaining) {
    return inFavour + " / " + against + " / " + abstaining;
  }
}
