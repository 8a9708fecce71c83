package org.concertation.examples.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.core.history.ActionFact;
import org.concertation.core.history.CommitmentFact;
import org.concertation.core.history.CriterionFact;
import org.concertation.core.history.IndicatorFact;
import org.concertation.core.history.PhaseChange;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.RatingFact;

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
    int minimum = view.charter().minCarrierKinds();
    Md.line(
        out,
        "The charter requires carriers of at least %d kind%s per action.\n",
        minimum,
        minimum == 1 ? "" : "s");
    for (ActionFact action : view.history().actions()) {
      Md.line(
          out,
          "**%s**: %s (objective %s, launched by %s). Carrier kinds: %s.\n",
          action.id(),
          action.title(),
          action.objective(),
          view.name(action.stamp().by()),
          view.kinds(action.carriers()));
      Md.Table table = new Md.Table("carrier", "kind", "brings");
      for (CommitmentFact f : action.commitments()) {
        Commitment c = f.commitment();
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
    ProcessHistory history = view.history();
    Md.Table indicators =
        new Md.Table("indicator", "action", "defined by", "expected", "observed", "unit");
    for (IndicatorFact i : history.indicators()) {
      indicators.row(
          i.name(),
          i.action().value(),
          view.name(i.defined().by()),
          Md.number(i.expected()),
          i.observed().map(o -> Md.number(o.value())).orElse("not reported"),
          i.unit());
    }
    indicators.appendTo(out);
    // Who chose each criterion is the point: participants in one logic, the owner in the other.
    Md.Table criteria = new Md.Table("criterion", "chosen by", "ratings", "mean", "raters' kinds");
    Map<CriterionId, String> titles = new HashMap<>();
    for (CriterionFact c : history.criteria()) {
      titles.put(c.id(), c.title());
      List<Rating> ratings =
          history.ratings().stream()
              .map(RatingFact::rating)
              .filter(r -> r.criterion().equals(c.id()))
              .toList();
      ActorId by = c.stamp().by();
      String chooser =
          String.format(
              Locale.ROOT,
              "%s (%s, %s)",
              view.name(by),
              Md.words(view.member(by).role()),
              view.kind(by));
      criteria.row(
          c.title(),
          chooser,
          String.valueOf(ratings.size()),
          mean(ratings.stream().map(Rating::score).toList()),
          view.kinds(ratings.stream().map(Rating::actor).toList()));
    }
    criteria.appendTo(out);
    for (RatingFact f : history.ratings()) {
      Rating r = f.rating();
      if (r.comment().isPresent()) {
        Md.line(
            out,
            "- %s rates \"%s\" %d/5: %s",
            view.name(r.actor()),
            requireNonNull(titles.get(r.criterion())),
            r.score(),
            r.comment().get());
      }
    }
    Figures figures = Figures.of(view);
    Md.line(
        out, "\nMean of all %d ratings: %s out of 5.\n", figures.ratings(), figures.meanRating());
    history
        .ending()
        .filter(end -> end.kind() == PhaseChange.Kind.CLOSED)
        .ifPresent(
            end ->
                Md.line(
                    out,
                    "Closed on %s by %s: %s",
                    Md.date(end.stamp().at()),
                    view.name(end.stamp().by()),
                    end.statement()));
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
