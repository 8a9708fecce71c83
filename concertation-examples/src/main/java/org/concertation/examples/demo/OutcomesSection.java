package org.concertation.examples.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.api.event.Event;

/**
 * The {@code ## Actions} and {@code ## Evaluation} sections: who carries each action and with what
 * means; then the indicators (expected and observed), the criteria with who chose them, the ratings
 * and the closing statement.
 */
final class OutcomesSection {
  private final RunView view;

  OutcomesSection(RunView view) {
    this.view = view;
  }

  void appendTo(StringBuilder out) {
    actions(out);
    evaluation(out);
  }

  private void actions(StringBuilder out) {
    Md.line(out, "%s\n", Account.HEADINGS[5]);
    int minimum = view.state().charter().minCarrierKinds();
    Md.line(
        out,
        "The charter requires carriers of at least %d kind%s per action.\n",
        minimum,
        minimum == 1 ? "" : "s");
    for (Event.ActionLaunched e : view.events(Event.ActionLaunched.class)) {
      Action action = requireNonNull(view.state().actions().get(e.action()));
      List<ActorId> carriers =
          action.commitments().stream().map(Commitment::actor).distinct().toList();
      Md.line(
          out,
          "**%s**: %s (objective %s, launched by %s). Carrier kinds: %s.\n",
          e.action(),
          e.title(),
          e.objective(),
          view.name(e.by()),
          view.kinds(carriers));
      Md.Table table = new Md.Table("carrier", "kind", "brings");
      for (Commitment c : action.commitments()) {
        table.row(view.name(c.actor()), view.kind(c.actor()).name(), resource(c.resource()));
      }
      table.appendTo(out);
    }
    Md.line(out, "Means committed in all: %s.\n", Figures.of(view).means());
  }

  private static String resource(Resource r) {
    switch (r.kind()) {
      case MONEY:
        return Md.number(r.quantity()) + " (money)";
      case HOURS:
        return Md.number(r.quantity()) + " hours: " + r.description();
      case COMPETENCE:
        return "competence: " + r.description();
      case MATERIAL:
        return "material: " + r.description();
    }
    throw new AssertionError("Unknown resource kind " + r.kind());
  }

  private void evaluation(StringBuilder out) {
    Md.line(out, "%s\n", Account.HEADINGS[6]);
    Md.Table indicators =
        new Md.Table("indicator", "action", "defined by", "expected", "observed", "unit");
    for (Event.IndicatorDefined e : view.events(Event.IndicatorDefined.class)) {
      Indicator i = requireNonNull(view.state().indicators().get(e.indicator()));
      indicators.row(
          e.name(),
          e.action().value(),
          view.name(e.by()),
          Md.number(i.expected()),
          i.observed().map(Md::number).orElse("not reported"),
          i.unit());
    }
    indicators.appendTo(out);
    // Who chose each criterion is the point: participants in one logic, the owner in the other.
    Md.Table criteria = new Md.Table("criterion", "chosen by", "ratings", "mean", "raters' kinds");
    for (Event.CriterionDefined e : view.events(Event.CriterionDefined.class)) {
      Map<ActorId, Rating> ratings = view.state().ratings(e.criterion());
      String chooser =
          String.format(
              Locale.ROOT,
              "%s (%s, %s)",
              view.name(e.by()),
              Md.words(view.member(e.by()).role()),
              view.kind(e.by()));
      criteria.row(
          e.title(),
          chooser,
          String.valueOf(ratings.size()),
          mean(ratings.values().stream().map(Rating::score).toList()),
          view.kinds(ratings.keySet()));
    }
    criteria.appendTo(out);
    for (Event.RatingGiven e : view.events(Event.RatingGiven.class)) {
      Rating r = e.rating();
      if (r.comment().isPresent()) {
        Md.line(
            out,
            "- %s rates \"%s\" %d/5: %s",
            view.name(r.actor()),
            requireNonNull(view.state().criteria().get(r.criterion())),
            r.score(),
            r.comment().get());
      }
    }
    Figures figures = Figures.of(view);
    Md.line(
        out, "\nMean of all %d ratings: %s out of 5.\n", figures.ratings(), figures.meanRating());
    for (Event.ProcessClosed e : view.events(Event.ProcessClosed.class)) {
      Md.line(out, "Closed on %s by %s: %s", Md.date(e.at()), view.name(e.by()), e.summary());
    }
  }

  /** The mean of some scores, with two decimals, or "-" when there is none. */
  static String mean(List<Integer> scores) {
    if (scores.isEmpty()) {
      return "-";
    }
    int sum = scores.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
