package org.concertation.examples.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.Event;
import org.concertation.core.process.ActionState;
import org.concertation.core.process.IndicatorState;

/**
 * The {@code ## Actions} and {@code ## Evaluation} sections: who carries each action and with what
 * means; then the indicators (expected and observed), the criteria with who chose them, the
 * ratings and the closing statement.
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
    out.append(Account.HEADINGS[5]).append("\n\n");
    out.append("The charter requires carriers of at least ")
        .append(view.state().charter().minCarrierKinds())
        .append(view.state().charter().minCarrierKinds() == 1 ? " kind" : " kinds")
        .append(" per action.\n\n");
    for (Event.ActionLaunched e : view.events(Event.ActionLaunched.class)) {
      ActionState action = view.state().actions().get(e.action());
      List<ActorId> carriers = action.commitmentList().stream().map(Commitment::actor).distinct().toList();
      out.append("**").append(e.action()).append("**: ").append(e.title()).append(" (objective ")
          .append(e.objective()).append(", launched by ").append(view.name(e.by()))
          .append("). Carrier kinds: ").append(view.kinds(carriers)).append(".\n\n");
      Md.Table table = new Md.Table("carrier", "kind", "brings");
      for (Commitment c : action.commitmentList()) {
        table.row(view.name(c.actor()), view.kind(c.actor()).name(), resource(c.resource()));
      }
      table.appendTo(out);
    }
    Figures figures = Figures.of(view);
    out.append("Means committed in all: ").append(figures.means()).append(".\n\n");
  }

  static String resource(Resource r) {
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
    out.append(Account.HEADINGS[6]).append("\n\n");
    Md.Table indicators = new Md.Table("indicator", "action", "defined by", "expected", "observed", "unit");
    for (Event.IndicatorDefined e : view.events(Event.IndicatorDefined.class)) {
      IndicatorState i = view.state().indicators().get(e.indicator());
      indicators.row(e.name(), e.action().value(), view.name(e.by()), Md.number(i.expected()),
          i.observed().map(Md::number).orElse("not reported"), i.unit());
    }
    indicators.appendTo(out);
    Md.Table criteria = new Md.Table("criterion", "chosen by", "ratings", "mean", "raters' kinds");
    for (Event.CriterionDefined e : view.events(Event.CriterionDefined.class)) {
      Map<ActorId, Rating> ratings = view.state().ratings(e.criterion());
      criteria.row(e.title(), view.name(e.by()) + " ("
              + view.member(e.by()).role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
              + view.kind(e.by()) + ")",
          String.valueOf(ratings.size()), mean(ratings.values().stream().map(Rating::score).toList()),
          view.kinds(ratings.keySet()));
    }
    criteria.appendTo(out);
    for (Event.RatingGiven e : view.events(Event.RatingGiven.class)) {
      Rating r = e.rating();
      r.comment().ifPresent(comment -> out.append("- ").append(view.name(r.actor())).append(" rates \"")
          .append(title(r.criterion())).append("\" ").append(r.score()).append("/5: ")
          .append(comment).append('\n'));
    }
    Figures figures = Figures.of(view);
    out.append("\nMean of all ").append(figures.ratings()).append(" ratings: ")
        .append(figures.meanRating()).append(" out of 5.\n\n");
    for (Event.ProcessClosed e : view.events(Event.ProcessClosed.class)) {
      out.append("Closed on ").append(Md.date(e.at())).append(" by ").append(view.name(e.by()))
          .append(": ").append(e.summary()).append('\n');
    }
  }

  private String title(CriterionId criterion) {
    return view.state().criteria().get(criterion);
  }

  /** The mean of some scores, with two decimals, or "-" when there is none. */
  static String mean(List<Integer> scores) {
    if (scores.isEmpty()) {
      return "-";
    }
    int sum = scores.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

}
