package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
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
public final class VoteCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
    String name = choice.rule(spec, rule);
    ChoiceOutcome outcome;
    try {
      outcome = count(name);
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, String.valueOf(e.getMessage())).causedBy(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CommandSupport.json(toJson(outcome)) : table(outcome));
    out.flush();
    return 0;
  }

  private ChoiceOutcome count(String name) {
    String text = Inputs.text(file);
    String fileName = file.toString();
    BallotFile kind = BallotFile.of(text);
    if (kind == BallotFile.PABULIB) {
      throw InputException.of(
          file,
          "is " + kind.describe() + ", expected ballots: count it with 'concertation budget'");
    }
    switch (name) {
      case "approval":
      case "score":
      case "majority-judgment":
        if (kind == BallotFile.PREFLIB) {
          throw InputException.of(
              file,
              "is "
                  + kind.describe()
                  + ", which rule "
                  + name
                  + " cannot read: it expects "
                  + (name.equals("approval") ? "'COUNT: A, C' lines or " : "")
                  + "a grade CSV with a header 'count,A,B,...'");
        }
        GradedProfile graded =
            name.equals("approval") && !extension(file).equals("csv")
                ? PlainBallots.parseApprovals(fileName, new StringReader(text))
                : PlainBallots.parseGrades(fileName, new StringReader(text));
        return GradedRule.fromLabel(name)
            .apply(graded, choice.seatsFor(graded.candidates().size()));
      default:
        Profile profile =
            kind == BallotFile.PREFLIB
                ? PrefLib.parse(fileName, new StringReader(text))
                : PlainBallots.parseRanked(fileName, new StringReader(text));
        return RankedRule.fromLabel(name)
            .apply(profile, choice.seatsFor(profile.candidates().size()));
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

  static String table(ChoiceOutcome outcome) {
    StringBuilder text = new StringBuilder();
    text.append("rule     ").append(outcome.rule()).append('\n');
    text.append("winners  ")
        .append(String.join(", ", outcome.winners()))
        .append(outcome.tie() ? "  (tie)" : "")
        .append('\n');
    text.append("ranking\n");
    int place = 1;
    for (ImmutableList<String> tier : outcome.ranking()) {
      text.append(String.format(Locale.ROOT, "  %3d  %s%n", place, String.join(" = ", tier)));
      place += tier.size();
    }
    Object scores = firstScores(outcome.details());
    if (scores != null) {
      text.append("tally    ").append(scores).append('\n');
    }
    text.append(outcome.explanation());
    return text.toString();
  }

  private static Object firstScores(ImmutableMap<String, Object> details) {
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
