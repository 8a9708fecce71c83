package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.PlainBallots;
import org.concertation.core.choice.PrefLib;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.text.CountText;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation vote}: counts a ballot file with one voting rule and explains the outcome.
 *
 * <p>Ranked rules read PrefLib files ({@code .soc}, {@code .soi}, {@code .toc}, {@code .toi}) or
 * the plain format {@code COUNT: A > B = C}; {@code approval} reads {@code COUNT: A, C} lines (or a
 * grade CSV); {@code score} and {@code majority-judgment} read a grade CSV with a header {@code
 * count,A,B,C}. A file is told by its content, not its name: a PrefLib file is read as one whatever
 * its extension, and refused by the graded rules; a Pabulib file is refused (it is for {@code
 * budget}). Exit codes: 0 counted, 1 bad input (one {@code error:} line naming the file and line),
 * 2 bad usage.
 */
@Command(
    name = "vote",
    mixinStandardHelpOptions = true,
    description = "Count ballots with a voting rule and explain the outcome.")
public final class VoteCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description =
          "One of: plurality, borda, copeland, schulze, ranked-pairs, irv, kemeny, minimax, stv, "
              + "approval, score, majority-judgment.")
  String rule = "";

  @CommandLine.Mixin VoteOptions choice = new VoteOptions();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE", description = "The ballot file.")
  Path file = Path.of("");

  @Override
  public Integer call() {
    String name = choice.rule(spec, rule, texts());
    ChoiceOutcome outcome;
    try {
      outcome = count(name);
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, String.valueOf(e.getMessage())).causedBy(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CommandSupport.json(toJson(outcome)) : table(outcome, texts()));
    out.flush();
    return 0;
  }

  private ChoiceOutcome count(String name) {
    String text = Inputs.text(file);
    String fileName = file.toString();
    BallotFile kind = BallotFile.of(text);
    if (kind == BallotFile.PABULIB) {
      throw InputException.said(file, "cli.vote.pabulib", kind.describe(texts()));
    }
    switch (name) {
      case "approval":
      case "score":
      case "majority-judgment":
        if (kind == BallotFile.PREFLIB) {
          throw InputException.said(
              file,
              name.equals("approval") ? "cli.vote.approval.preflib" : "cli.vote.graded.preflib",
              kind.describe(texts()),
              name);
        }
        GradedProfile graded =
            name.equals("approval") && !extension(file).equals("csv")
                ? PlainBallots.parseApprovals(fileName, new StringReader(text))
                : PlainBallots.parseGrades(fileName, new StringReader(text));
        return GradedRule.fromLabel(name)
            .apply(graded, choice.seatsFor(file, graded.candidates().size()));
      default:
        Profile profile =
            kind == BallotFile.PREFLIB
                ? PrefLib.parse(fileName, new StringReader(text))
                : PlainBallots.parseRanked(fileName, new StringReader(text));
        return RankedRule.fromLabel(name)
            .apply(profile, choice.seatsFor(file, profile.candidates().size()));
    }
  }

  static Map<String, Object> toJson(ChoiceOutcome outcome) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("rule", outcome.rule());
    object.put("winners", outcome.winners());
    object.put("ranking", outcome.ranking());
    object.put("tie", outcome.tie());
    object.put("details", outcome.details());
    return object;
  }

  static String table(ChoiceOutcome outcome, Texts texts) {
    StringBuilder text = new StringBuilder();
    text.append(texts.text("cli.vote.rule", outcome.rule())).append('\n');
    text.append(texts.text("cli.vote.winners", texts.list(outcome.winners())))
        .append(outcome.tie() ? texts.text("cli.vote.tie") : "")
        .append('\n');
    text.append(texts.text("cli.vote.ranking")).append('\n');
    int place = 1;
    for (ImmutableList<String> tier : outcome.ranking()) {
      text.append(String.format(Locale.ROOT, "  %3d  %s%n", place, String.join(" = ", tier)));
      place += tier.size();
    }
    Object scores = firstScores(outcome.details());
    if (scores != null) {
      text.append(texts.text("cli.vote.tally", tally(scores, texts))).append('\n');
    }
    text.append(CountText.explanation(outcome, texts));
    return text.toString();
  }

  /**
   * A tally for readers: a map of candidates to numbers as {@code {a=7, b=3}} in English, each
   * number in the language's format; anything else as it is.
   */
  static String tally(Object scores, Texts texts) {
    if (!(scores instanceof Map<?, ?> map)) {
      return String.valueOf(scores);
    }
    List<String> entries = new ArrayList<>();
    map.forEach(
        (candidate, value) ->
            entries.add(
                texts.text("cli.tally.entry", String.valueOf(candidate), number(value, texts))));
    return texts.text("cli.tally.map", texts.list(entries));
  }

  /** A number in the language's format, with the digits it has; anything else as it is. */
  private static String number(Object value, Texts texts) {
    if (value instanceof Number) {
      try {
        return texts.number(new BigDecimal(value.toString()));
      } catch (NumberFormatException e) {
        return value.toString(); // not a finite decimal: infinity or not a number
      }
    }
    return String.valueOf(value);
  }

  private static @Nullable Object firstScores(ImmutableMap<String, Object> details) {
    for (String key :
        List.of("scores", "approvals", "majorityGrades", "worstDefeatMargins", "pathWins")) {
      if (details.containsKey(key)) {
        return details.get(key);
      }
    }
    return null;
  }

  static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
