package org.concertation.examples.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.concertation.core.history.MeansFact;
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

  /** The {@code ## Actions} section alone: each action, its carriers and means, then the total. */
  void actions(StringBuilder out) {
    out.append(view.text("demo.heading.actions")).append("\n\n");
    out.append(view.text("demo.carriers", view.charter().minCarrierKinds())).append("\n\n");
    Prospective prospective = new Prospective(view);
    Map<CommitmentFact, MeansFact> delivered = prospective.deliveries();
    for (ActionFact action : view.history().actions()) {
      out.append(
              view.text(
                  "demo.action",
                  action.id().value(),
                  action.title(),
                  action.objective().value(),
                  view.name(action.stamp().by()),
                  view.kinds(action.carriers())))
          .append("\n\n");
      List<String> columns =
          new ArrayList<>(
              List.of(
                  view.text("demo.column.carrier"),
                  view.text("demo.column.kind"),
                  view.text("demo.column.brings")));
      // the delivered column only where carriers recorded what they delivered
      if (!delivered.isEmpty()) {
        columns.add(view.text("demo.column.delivered"));
      }
      Md.Table table = new Md.Table(columns.toArray(String[]::new));
      for (CommitmentFact f : action.commitments()) {
        Commitment c = f.commitment();
        List<String> row =
            new ArrayList<>(
                List.of(
                    view.name(c.actor()),
                    view.kindName(view.kind(c.actor())),
                    resource(c.resource())));
        MeansFact m = delivered.get(f);
        if (m != null) {
          row.add(prospective.deliveredCell(m));
        }
        table.row(row.toArray(String[]::new));
      }
      table.appendTo(out);
    }
    out.append(view.text("demo.means", Figures.of(view).means())).append("\n\n");
    prospective.delivered(out);
  }

  private String resource(Resource r) {
    return view.text(
        "demo.resource." + r.kind().name(), view.number(r.quantity()), r.description());
  }

  private void evaluation(StringBuilder out) {
    out.append(view.text("demo.heading.evaluation")).append("\n\n");
    ProcessHistory history = view.history();
    Md.Table indicators =
        new Md.Table(
            view.text("demo.column.indicator"),
            view.text("demo.column.action"),
            view.text("demo.column.defined"),
            view.text("demo.column.expected"),
            view.text("demo.column.observed"),
            view.text("demo.column.unit"));
    for (IndicatorFact i : history.indicators()) {
      indicators.row(
          i.name(),
          i.action().value(),
          view.name(i.defined().by()),
          view.number(i.expected()),
          i.observed().map(o -> view.number(o.value())).orElse(view.text("demo.not.reported")),
          i.unit());
    }
    indicators.appendTo(out);
    Prospective prospective = new Prospective(view);
    prospective.effects(out);
    // Who chose each criterion is the point: participants in one logic, the owner in the other.
    Md.Table criteria =
        new Md.Table(
            view.text("demo.column.criterion"),
            view.text("demo.column.chosen"),
            view.text("demo.column.ratings"),
            view.text("demo.column.mean"),
            view.text("demo.column.raters"));
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
          view.text(
              "demo.chooser",
              view.name(by),
              view.words(view.member(by).role()),
              view.kindName(view.kind(by)));
      criteria.row(
          c.title(),
          chooser,
          String.valueOf(ratings.size()),
          mean(ratings.stream().map(Rating::score).toList(), view),
          view.kinds(ratings.stream().map(Rating::actor).toList()));
    }
    criteria.appendTo(out);
    prospective.comparison(out);
    for (RatingFact f : history.ratings()) {
      Rating r = f.rating();
      if (r.comment().isPresent()) {
        out.append(
                view.text(
                    "demo.rating",
                    view.name(r.actor()),
                    requireNonNull(titles.get(r.criterion())),
                    r.score(),
                    view.personal(r.comment().get())))
            .append('\n');
      }
    }
    Figures figures = Figures.of(view);
    out.append('\n')
        .append(view.text("demo.mean", figures.ratings(), figures.meanRating()))
        .append("\n\n");
    history
        .ending()
        .filter(end -> end.kind() == PhaseChange.Kind.CLOSED)
        .ifPresent(
            end ->
                out.append(
                        view.text(
                            "demo.closed",
                            view.date(end.stamp().at()),
                            view.name(end.stamp().by()),
                            view.personal(end.statement())))
                    .append('\n'));
  }

  /** The mean of scores with two decimals, in the view's language; {@code -} for none. */
  static String mean(List<Integer> scores, RunView view) {
    if (scores.isEmpty()) {
      return view.text("demo.none");
    }
    int sum = scores.stream().mapToInt(Integer::intValue).sum();
    BigDecimal mean =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    DecimalFormat format =
        new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(view.texts().locale()));
    return format.format(mean);
  }
}
