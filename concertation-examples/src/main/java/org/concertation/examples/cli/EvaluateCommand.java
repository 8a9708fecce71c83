package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.CriterionFact;
import org.concertation.core.history.EffectFact;
import org.concertation.core.history.IndicatorFact;
import org.concertation.core.history.Means;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.RatingFact;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.report.ActorLabel;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation evaluate EVENTS.jsonl [--json]}: prints the evaluation of a verified event
 * log: per criterion, the grades before the decision (ex ante) against the grades after the action
 * (ex post); per indicator and expected effect, the expected value against the observed one; per
 * carrier, the means committed against the means delivered, per kind of means (money, hours,
 * competences, material are never added to one another). Carriers and the authors of criteria are
 * shown as the public report shows them, as each consented ({@link ActorLabel}): by name, or by
 * kind, number and college; never by their identity, in the text and in {@code --json} alike. A
 * broken log is refused with exit status 1. The keys of {@code --json} are documented in the JSON
 * mapping's reference, {@code mapping.md} ("Evaluation").
 */
@Command(
    name = "evaluate",
    description = {
      "Print the evaluation of a process from its verified event log: per criterion, ex-ante"
          + " against ex-post grades; per indicator, expected against observed; per carrier,"
          + " means committed against means delivered, per kind of means."
    })
public final class EvaluateCommand implements Callable<Integer>, LanguageOptions.Localized {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A median between two ratings is their mean, to one decimal (a half). */
  private static final int MEDIAN_DECIMALS = 1;

  /** Delivery ratios are printed as whole percentages. */
  private static final int PERCENT_DECIMALS = 0;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  @Nullable Path events;

  @Option(
      names = "--json",
      description = {
        "Print one JSON object instead of text: criteria (criterion, chosenBy, exAnte, exPost),"
            + " indicators (indicator, expected, observed, horizon) and means (carrier, kind,"
            + " committed, delivered, each per kind of means); chosenBy and carrier show an actor"
            + " as the public report does, by name or by kind and college, as it consented."
      })
  boolean json;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public EvaluateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VerifiedLog log = Logs.read(Objects.requireNonNull(events));
    ProcessHistory history = ProcessHistory.of(log.charter(), log.events());
    if (json) {
      out.println(JsonCodec.create().text(tree(history, texts())));
    } else {
      text(history, texts(), out);
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  // ---------------------------------------------------------------- the facts

  /**
   * The grades each proposal received on a criterion before the decision, by proposal: the majority
   * grade of its last closed prospective assessment ({@link
   * ProcessHistory#criterionEvaluations()}); none when no assessment graded it.
   */
  static Map<String, BigDecimal> exAnte(ProcessHistory history, CriterionFact criterion) {
    Map<String, BigDecimal> grades = new LinkedHashMap<>();
    evaluation(history, criterion)
        .ifPresent(
            e ->
                e.exAnte().forEach((p, grade) -> grades.put(p.value(), BigDecimal.valueOf(grade))));
    return grades;
  }

  /** What the read model says of a criterion before and after the decision, if anything. */
  private static Optional<CriterionEvaluation> evaluation(
      ProcessHistory history, CriterionFact criterion) {
    return history.criterionEvaluations().stream()
        .filter(e -> e.id().equals(criterion.id()))
        .findFirst();
  }

  /**
   * The grade of a criterion after the action, by action: the majority grade of the grades given to
   * that action on that criterion ({@code RateAction}) where there are any; otherwise the median of
   * the criterion's ratings, which judge the process as a whole, so that every action gets the same
   * grade; none when nobody graded or rated it.
   */
  static Map<String, BigDecimal> exPost(ProcessHistory history, CriterionFact criterion) {
    Map<String, BigDecimal> graded = new LinkedHashMap<>();
    evaluation(history, criterion)
        .ifPresent(
            e ->
                e.exPost().forEach((a, grade) -> graded.put(a.value(), BigDecimal.valueOf(grade))));
    if (!graded.isEmpty()) {
      return graded;
    }
    List<Integer> scores =
        history.ratings().stream()
            .map(RatingFact::rating)
            .filter(r -> r.criterion().equals(criterion.id()))
            .map(r -> r.score())
            .sorted()
            .toList();
    if (scores.isEmpty()) {
      return Map.of();
    }
    BigDecimal median = median(scores);
    Map<String, BigDecimal> grades = new LinkedHashMap<>();
    history.actions().forEach(a -> grades.put(a.id().value(), median));
    return grades;
  }

  /** The median of sorted scores; between two middle scores, their mean. */
  static BigDecimal median(List<Integer> sorted) {
    int n = sorted.size();
    if (n % 2 == 1) {
      return BigDecimal.valueOf(sorted.get(n / 2));
    }
    return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
        .divide(TWO, MEDIAN_DECIMALS, RoundingMode.UNNECESSARY)
        .stripTrailingZeros();
  }

  /** One indicator or expected effect as the evaluation compares it. */
  private record Indicator(
      String id,
      String ofKey,
      String of,
      String name,
      String unit,
      BigDecimal expected,
      Optional<BigDecimal> observed,
      Optional<LocalDate> horizon) {}

  private static List<Indicator> indicators(ProcessHistory history) {
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorFact i : history.indicators()) {
      indicators.add(
          new Indicator(
              i.id().value(),
              "action",
              i.action().value(),
              i.name(),
              i.unit(),
              i.expected(),
              i.observed().map(IndicatorFact.Observation::value),
              Optional.empty()));
    }
    for (EffectFact e : history.effects()) {
      boolean proposal = e.target() instanceof EffectTarget.OfProposal;
      indicators.add(
          new Indicator(
              e.id().value(),
              proposal ? "proposal" : "objective",
              proposal
                  ? ((EffectTarget.OfProposal) e.target()).proposal().value()
                  : ((EffectTarget.OfObjective) e.target()).objective().value(),
              e.name(),
              e.unit(),
              e.expected(),
              e.observed().map(IndicatorFact.Observation::value),
              Optional.of(e.horizon())));
    }
    return indicators;
  }

  /** The unit of a kind of means, as {@code --json} names it. */
  static String unit(ResourceKind kind, ProcessHistory history) {
    switch (kind) {
      case MONEY:
        return history.charter().currency().map(c -> c.getCurrencyCode()).orElse("money");
      case HOURS:
        return "hours";
      case COMPETENCE:
        return "people or days";
      case MATERIAL:
        return "units";
    }
    throw new AssertionError("Unknown kind of means " + kind);
  }

  // ---------------------------------------------------------------- JSON

  /**
   * The evaluation as {@code --json} prints it, its actors labelled in a language: an actor shown
   * by kind reads "inhabitant 2 (college inhabitants)" in English, "habitant 2 (collège
   * inhabitants)" in French.
   */
  static ObjectNode tree(ProcessHistory history, Texts texts) {
    ActorLabel actors = ActorLabel.of(history, texts);
    ObjectNode root = NODES.objectNode();
    ArrayNode criteria = root.putArray("criteria");
    for (CriterionFact c : history.criteria()) {
      ObjectNode node = criteria.addObject();
      node.put("criterion", c.id().value());
      node.put("chosenBy", actors.name(c.stamp().by()));
      node.set("exAnte", grades(exAnte(history, c)));
      node.set("exPost", grades(exPost(history, c)));
    }
    ArrayNode indicators = root.putArray("indicators");
    for (Indicator i : indicators(history)) {
      ObjectNode node = indicators.addObject();
      node.put("indicator", i.id());
      node.put("expected", i.expected());
      node.set("observed", i.observed().<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
      node.set(
          "horizon",
          i.horizon().<JsonNode>map(h -> NODES.textNode(h.toString())).orElse(NODES.nullNode()));
      node.put("unit", i.unit());
      node.putObject("of").put(i.ofKey(), i.of());
    }
    ArrayNode means = root.putArray("means");
    Means m = history.means();
    m.byCarrier()
        .forEach(
            (carrier, balances) -> {
              ObjectNode node = means.addObject();
              node.put("carrier", actors.name(carrier));
              node.put("kind", m.kindOf(carrier).name());
              ObjectNode committed = node.putObject("committed");
              ObjectNode delivered = node.putObject("delivered");
              ObjectNode unit = node.putObject("unit");
              balances.forEach(
                  (kind, balance) -> {
                    committed.put(kind.name(), balance.committed());
                    delivered.put(kind.name(), balance.delivered());
                    unit.put(kind.name(), unit(kind, history));
                  });
            });
    return root;
  }

  private static ObjectNode grades(Map<String, BigDecimal> grades) {
    ObjectNode node = NODES.objectNode();
    grades.forEach(node::put);
    return node;
  }

  // ---------------------------------------------------------------- text

  private static void text(ProcessHistory history, Texts t, PrintWriter out) {
    ActorLabel actors = ActorLabel.of(history, t);
    out.println(t.text("cli.evaluate.criteria"));
    if (history.criteria().isEmpty()) {
      out.println(t.text("cli.evaluate.none"));
    }
    for (CriterionFact c : history.criteria()) {
      out.println(
          t.text(
              "cli.evaluate.criterion",
              c.id().value(),
              c.title(),
              actors.name(c.stamp().by()),
              grades(t, exAnte(history, c)),
              grades(t, exPost(history, c))));
    }
    out.println(t.text("cli.evaluate.indicators"));
    List<Indicator> indicators = indicators(history);
    if (indicators.isEmpty()) {
      out.println(t.text("cli.evaluate.none"));
    }
    for (Indicator i : indicators) {
      String expected = t.number(i.expected()) + " " + i.unit();
      out.println(
          t.text(
              "cli.evaluate.indicator",
              i.id(),
              t.text("cli.evaluate.of." + i.ofKey(), i.of()),
              i.name(),
              i.horizon()
                  .map(h -> t.text("cli.evaluate.expected.by", expected, t.day(h)))
                  .orElse(expected),
              i.observed()
                  .map(o -> t.number(o) + " " + i.unit())
                  .orElse(t.text("cli.evaluate.not.observed"))));
    }
    out.println(t.text("cli.evaluate.means"));
    Means means = history.means();
    if (means.commitments().isEmpty()) {
      out.println(t.text("cli.evaluate.none"));
    }
    for (Map.Entry<ActorId, ImmutableMap<ResourceKind, Means.Balance>> carrier :
        means.byCarrier().entrySet()) {
      List<String> kinds = new ArrayList<>();
      carrier
          .getValue()
          .forEach(
              (kind, balance) ->
                  kinds.add(
                      t.text(
                          "cli.evaluate.balance",
                          t.label(kind),
                          amount(t, history, kind, balance.committed()),
                          amount(t, history, kind, balance.delivered()),
                          t.number(
                              balance
                                  .ratio()
                                  .multiply(HUNDRED)
                                  .setScale(PERCENT_DECIMALS, RoundingMode.HALF_EVEN)))));
      out.println(
          t.text(
              "cli.evaluate.carrier",
              actors.name(carrier.getKey()),
              t.kind(means.kindOf(carrier.getKey())),
              String.join(t.text("cli.evaluate.separator"), kinds)));
    }
  }

  private static String grades(Texts t, Map<String, BigDecimal> grades) {
    if (grades.isEmpty()) {
      return t.text("cli.evaluate.no.grade");
    }
    List<String> entries = new ArrayList<>();
    grades.forEach((k, v) -> entries.add(t.text("format.entry", k, t.number(v))));
    return t.list(entries);
  }

  private static String amount(Texts t, ProcessHistory history, ResourceKind kind, BigDecimal q) {
    return kind == ResourceKind.MONEY
        ? t.money(q, history.charter().currency())
        : t.text("means.amount." + kind.name(), t.number(q), q);
  }
}
