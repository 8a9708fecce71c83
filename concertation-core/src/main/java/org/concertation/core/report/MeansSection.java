package org.concertation.core.report;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.EffectFact;
import org.concertation.core.history.Means;
import org.concertation.core.history.MeansFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.text.Texts;

/**
 * The report's account of the means mobilised and of the effects expected: each expected effect
 * with its horizon against what was observed, and the means committed against the means delivered
 * per commitment, per carrier, per actor kind and per action. Quantities are shown per kind of
 * means, in each kind's unit, never summed across kinds. It renders the facts of the read model
 * only, and says nothing of a process that recorded neither an expected effect nor a delivery.
 */
final class MeansSection {
  /** Delivery ratios are shown as whole percentages. */
  private static final int PERCENT_DECIMALS = 0;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Doc doc;
  private final Texts t;
  private final ProcessHistory history;
  private final Charter charter;
  private final ActorLabel actors;

  MeansSection(Doc doc, Texts texts, ProcessHistory history, ActorLabel actors) {
    this.doc = doc;
    this.t = texts;
    this.history = history;
    this.charter = history.charter();
    this.actors = actors;
  }

  private List<String> columns(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(t.text("means.column." + key));
    }
    return headers;
  }

  void render() {
    if (history.effects().isEmpty() && history.deliveries().isEmpty()) {
      return; // a process that recorded neither keeps the report it always had
    }
    doc.heading(2, t.text("means.heading"));
    if (!history.effects().isEmpty()) {
      effects();
    }
    if (!history.deliveries().isEmpty()) {
      means(history.means());
    }
  }

  private void effects() {
    doc.heading(3, t.text("means.heading.effects"));
    List<List<String>> rows = new ArrayList<>();
    for (EffectFact e : history.effects()) {
      rows.add(
          List.of(
              e.id().value(),
              target(e.target()),
              e.name(),
              e.unit(),
              t.number(e.expected()),
              t.day(e.horizon()),
              e.observed()
                  .map(
                      o ->
                          t.text(
                              "means.effect.observed", t.number(o.value()), t.date(o.stamp().at())))
                  .orElse(t.text("means.effect.not.observed"))));
    }
    doc.table(
        columns("indicator", "of", "measures", "unit", "expected", "horizon", "observed"), rows);
  }

  private String target(EffectTarget target) {
    if (target instanceof EffectTarget.OfProposal p) {
      return t.text("means.target.proposal", p.proposal().value());
    }
    if (target instanceof EffectTarget.OfObjective o) {
      return t.text("means.target.objective", o.objective().value());
    }
    throw new AssertionError("Unknown effect target " + target);
  }

  private void means(Means means) {
    doc.heading(3, t.text("means.heading.commitments"));
    List<List<String>> rows = new ArrayList<>();
    for (MeansFact m : means.commitments()) {
      rows.add(
          List.of(
              m.commitment().action().value(),
              t.count(m.number()),
              actors.name(m.carrier()),
              t.label(m.kind()),
              amount(m.kind(), m.committed()),
              amount(m.kind(), m.delivered()),
              percent(new Means.Balance(m.committed(), m.delivered()))));
    }
    doc.table(
        columns("action", "commitment", "carrier", "kind", "committed", "delivered", "ratio"),
        rows);
    doc.heading(3, t.text("means.heading.carriers"));
    doc.table(
        columns("carrier", "actor.kind", "kind", "committed", "delivered", "ratio"),
        totals(means.byCarrier(), id -> List.of(actors.name(id), t.kind(means.kindOf(id)))));
    doc.heading(3, t.text("means.heading.kinds"));
    doc.table(
        columns("actor.kind", "kind", "committed", "delivered", "ratio"),
        totals(means.byActorKind(), kind -> List.of(t.kind(kind))));
    doc.heading(3, t.text("means.heading.actions"));
    doc.table(
        columns("action", "kind", "committed", "delivered", "ratio"),
        totals(means.byAction(), action -> List.of(action.value())));
    doc.para(t.text("means.note.kinds"));
  }

  /** One row per group and kind of means: the group's cells, then the kind's balance. */
  private <K> List<List<String>> totals(
      ImmutableMap<K, ImmutableMap<ResourceKind, Means.Balance>> groups,
      Function<K, List<String>> cells) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<K, ImmutableMap<ResourceKind, Means.Balance>> group : groups.entrySet()) {
      List<String> first = cells.apply(group.getKey());
      group
          .getValue()
          .forEach(
              (kind, balance) -> {
                List<String> row = new ArrayList<>(first);
                row.add(t.label(kind));
                row.add(amount(kind, balance.committed()));
                row.add(amount(kind, balance.delivered()));
                row.add(percent(balance));
                rows.add(row);
              });
    }
    return rows;
  }

  /** A quantity in its kind's unit: money in the charter's currency, the others by their unit. */
  private String amount(ResourceKind kind, BigDecimal quantity) {
    return kind == ResourceKind.MONEY
        ? t.money(quantity, charter.currency())
        : t.text("means.amount." + kind.name(), t.number(quantity), quantity);
  }

  private String percent(Means.Balance balance) {
    return t.text(
        "means.percent",
        t.number(
            balance.ratio().multiply(HUNDRED).setScale(PERCENT_DECIMALS, RoundingMode.HALF_EVEN)));
  }
}
