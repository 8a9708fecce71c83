package org.concertation.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.concertation.core.budget.BudgetFact;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.ChoiceFact;
import org.concertation.core.choice.ChoiceOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A voting or budgeting rule's account of its count said in a language: the scores it compared, its
 * rounds of eliminations and transfers, the pairs it locked, each voter's share under Equal Shares
 * and the steps that raised it, what it funded and every tie it settled. The account is typed facts
 * ({@link ChoiceFact}, {@link BudgetFact}); it becomes words only here, one line per fact, with
 * numbers in the language's format and amounts of money in the charter's currency. The English
 * texts keep the numbers as the rule writes them, so that they are the outcome's own {@link
 * ChoiceOutcome#explanation() explanation}, byte for byte.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CountText {
  /** Whether the language keeps numbers as the rules write them (English, the stored form). */
  private static final String PLAIN = "count.format.plain";

  private CountText() {}

  /**
   * The account of a voting rule's count in the texts' language.
   *
   * @param outcome the outcome
   * @param texts the language
   * @return the account, one line per fact, lines separated as the platform separates them
   */
  public static String explanation(ChoiceOutcome outcome, Texts texts) {
    checkNotNull(outcome, "outcome must not be null");
    checkNotNull(texts, "texts must not be null");
    List<String> lines = new ArrayList<>();
    @Nullable ChoiceFact previous = null;
    for (ChoiceFact fact : outcome.account()) {
      // the stored form leaves a blank line before the ties of a count whose last round was not
      // filled by the candidates left
      if (fact instanceof ChoiceFact.Ties
          && previous instanceof ChoiceFact.Round round
          && round.step() != ChoiceFact.Step.FILL_SEATS) {
        lines.add("");
      }
      lines.add(fact.accept(new ChoiceLines(texts)));
      previous = fact;
    }
    return String.join(System.lineSeparator(), lines);
  }

  /**
   * The account of a budgeting rule's count in the texts' language.
   *
   * @param outcome the outcome
   * @param texts the language
   * @param currency the currency of the amounts, if known
   * @return the account, one line per fact, lines separated as the platform separates them
   */
  public static String explanation(
      BudgetOutcome outcome, Texts texts, Optional<Currency> currency) {
    checkNotNull(outcome, "outcome must not be null");
    checkNotNull(texts, "texts must not be null");
    checkNotNull(currency, "currency must not be null");
    List<String> lines = new ArrayList<>();
    BudgetLines visitor = new BudgetLines(texts, currency);
    for (BudgetFact fact : outcome.account()) {
      lines.add(fact.accept(visitor));
    }
    return String.join(System.lineSeparator(), lines);
  }

  /** A number as the rule wrote it, or in the language's format. */
  static String number(Texts texts, Number value) {
    if (plain(texts)) {
      return String.valueOf(value);
    }
    try {
      return texts.number(new BigDecimal(value.toString()));
    } catch (NumberFormatException e) {
      return value.toString(); // not a finite decimal
    }
  }

  /** A decimal written by a rule (such as {@code 2.5} or {@code 3/7}) in the language's format. */
  static String decimal(Texts texts, String value) {
    if (plain(texts)) {
      return value;
    }
    try {
      return texts.number(new BigDecimal(value));
    } catch (NumberFormatException e) {
      return value; // a ratio such as 3/7: the same in every language
    }
  }

  /** An amount of money written by a rule, in the language's format and the currency. */
  static String money(Texts texts, String amount, Optional<Currency> currency) {
    if (plain(texts)) {
      return amount;
    }
    try {
      return texts.money(new BigDecimal(amount), currency);
    } catch (NumberFormatException e) {
      return amount; // not a decimal
    }
  }

  private static boolean plain(Texts texts) {
    return Boolean.parseBoolean(texts.pattern(PLAIN));
  }

  private static String list(Texts texts, List<String> values) {
    return texts.list(values);
  }

  /** One line per fact of a voting rule. */
  private static final class ChoiceLines implements ChoiceFact.Visitor<String> {
    private final Texts t;

    ChoiceLines(Texts texts) {
      this.t = texts;
    }

    private String entries(List<ChoiceFact.Entry> entries) {
      List<String> shown = new ArrayList<>();
      for (ChoiceFact.Entry e : entries) {
        shown.add(t.text("count.entry", e.candidate(), number(t, e.value())));
      }
      return list(t, shown);
    }

    @Override
    public String visit(ChoiceFact.Scores f) {
      return t.text("count.scores." + f.measure().name(), entries(f.scores()));
    }

    @Override
    public String visit(ChoiceFact.Gradients f) {
      List<String> shown = new ArrayList<>();
      for (ChoiceFact.Gradient g : f.proposals()) {
        String line =
            t.text(
                "count.gradient",
                g.candidate(),
                number(t, g.support()),
                number(t, g.seriousDisagreements()),
                number(t, g.vetoes()),
                g.support().doubleValue(),
                g.seriousDisagreements().doubleValue(),
                g.vetoes().doubleValue());
        shown.add(g.consensus() ? t.text("count.gradient.consensus", line) : line);
      }
      return String.join(t.pattern("count.gradient.separator"), shown);
    }

    @Override
    public String visit(ChoiceFact.Locked f) {
      List<String> pairs = new ArrayList<>();
      for (ChoiceFact.Pair p : f.pairs()) {
        pairs.add(t.text("count.pair", p.winner(), p.loser(), number(t, p.margin())));
      }
      return t.text("count.locked", list(t, pairs));
    }

    @Override
    public String visit(ChoiceFact.LockTie f) {
      return t.text("count.lock.tie", f.oneSeat() ? 1 : 0, list(t, f.possibleWinners()));
    }

    @Override
    public String visit(ChoiceFact.BestRanking f) {
      String best =
          t.text(
              "count.best",
              String.join(" > ", f.ranking()),
              number(t, f.agreement()),
              f.agreement().doubleValue());
      return f.rankings() > 1
          ? best + t.text("count.best.tie", number(t, f.rankings()), f.rankings())
          : best;
    }

    @Override
    public String visit(ChoiceFact.Quota f) {
      return t.text("count.quota", number(t, f.quota()));
    }

    @Override
    public String visit(ChoiceFact.Round f) {
      String step =
          t.text(
              "count.step." + f.step().name(),
              f.candidate(),
              number(t, f.amount()),
              list(t, f.others()),
              f.amount().doubleValue(),
              f.others().size());
      return t.text("count.round", number(t, f.round()), entries(f.votes()), step);
    }

    @Override
    public String visit(ChoiceFact.Ties f) {
      List<String> ties = new ArrayList<>();
      for (ChoiceFact.Tied tie : f.ties()) {
        ties.add(
            t.text(
                "count.tied",
                list(t, tie.candidates()),
                number(t, tie.votes()),
                tie.chosen(),
                t.text(tie.elected() ? "count.tied.elected" : "count.tied.eliminated"),
                tie.votes().doubleValue()));
      }
      return t.text("count.ties", String.join(t.pattern("count.ties.separator"), ties));
    }

    @Override
    public String visit(ChoiceFact.SharedSeats f) {
      return t.text(
          "count.shared.seats",
          number(t, f.candidates()),
          number(t, f.seats()),
          f.candidates(),
          f.seats());
    }
  }

  /** One line per fact of a budgeting rule. */
  private static final class BudgetLines implements BudgetFact.Visitor<String> {
    private final Texts t;
    private final Optional<Currency> currency;

    BudgetLines(Texts texts, Optional<Currency> currency) {
      this.t = texts;
      this.currency = currency;
    }

    private String money(long amount) {
      return CountText.money(t, Long.toString(amount), currency);
    }

    private String tie(String key, Object... arguments) {
      return t.text("count.tie", t.text(key, arguments));
    }

    @Override
    public String visit(BudgetFact.Greedy f) {
      return t.text("count.greedy." + f.utility().name());
    }

    @Override
    public String visit(BudgetFact.EqualShares f) {
      String increments =
          f.increments()
              .map(
                  i ->
                      t.text(
                          "count.mes.increments",
                          number(t, i.steps()),
                          step(i.step()),
                          t.text("count.stop." + i.stop().name()),
                          i.steps()))
              .orElse("");
      String completion =
          f.completed().isPresent()
              ? t.text(
                  "count.mes.completion",
                  number(t, f.completed().getAsInt()),
                  f.completed().getAsInt())
              : "";
      return t.text(
          "count.mes",
          t.text("count.utility." + f.utility().name()),
          CountText.money(t, f.perVoter(), currency),
          increments,
          number(t, f.funded()),
          completion,
          f.funded());
    }

    /** A step of the increments: a percentage of the budget, or an amount of money. */
    private String step(String step) {
      if (step.endsWith("%")) {
        return t.text("count.percent", decimal(t, step.substring(0, step.length() - 1)));
      }
      return CountText.money(t, step, currency);
    }

    @Override
    public String visit(BudgetFact.Phragmen f) {
      return t.text(
          "count.phragmen",
          f.stop()
              .map(
                  s ->
                      t.text(
                          "count.phragmen.stop",
                          s.project(),
                          s.load()
                              .map(load -> number(t, load))
                              .orElse(t.text("count.phragmen.stop.infinite")),
                          money(s.cost()),
                          money(s.left())))
              .orElse(""));
    }

    @Override
    public String visit(BudgetFact.Funded f) {
      return t.text(
          "count.funded",
          list(t, f.projects()),
          money(f.spent()),
          money(f.budget()),
          f.projects().size());
    }

    @Override
    public String visit(BudgetFact.GreedyTie f) {
      return tie(
          "count.tie.greedy",
          list(t, f.funded()),
          list(t, f.refused()),
          f.density().equals("infinite") ? t.text("count.infinite") : decimal(t, f.density()),
          f.funded().size(),
          f.refused().size());
    }

    @Override
    public String visit(BudgetFact.PriceTie f) {
      return tie(
          "count.tie.price",
          number(t, f.round()),
          list(t, f.tied()),
          t.text("count.price." + f.utility().name()),
          f.utility() == Utility.COST
              ? decimal(t, f.price())
              : CountText.money(t, f.price(), currency),
          f.funded());
    }

    @Override
    public String visit(BudgetFact.LoadTie f) {
      return tie(
          "count.tie.load",
          number(t, f.round()),
          list(t, f.tied()),
          f.load().map(load -> number(t, load)).orElse(t.text("count.infinite")),
          f.funded());
    }
  }
}
