package org.concertation.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.core.analysis.CharterAnalysis;
import org.concertation.core.analysis.Dimension;
import org.concertation.core.analysis.DimensionScore;
import org.concertation.core.analysis.Finding;
import org.concertation.core.analysis.Gap;
import org.concertation.core.analysis.LogicProfile;
import org.concertation.core.analysis.ParticipationLevel;
import org.concertation.core.analysis.RunAnalysis;
import org.concertation.core.analysis.RunReport;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.text.Texts;
import org.concertation.examples.demo.Logic;
import org.concertation.examples.scenario.Scenario;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation analyse (FILE | --charter project|mission) [--json]}: how participatory a
 * process is by design: its IAP2 level and Arnstein rung with the criteria that placed it there,
 * its logic profile from mission (0) to project (1) on each dimension, and the gaps between charter
 * and run.
 *
 * <p>Levels and rungs are printed in lower case, a rung of two words with a space: {@code inform},
 * {@code consult}, {@code involve}, {@code collaborate}, {@code empower}; {@code manipulation},
 * {@code therapy}, {@code informing}, {@code consultation}, {@code placation}, {@code partnership},
 * {@code delegated power}, {@code citizen control}.
 *
 * <p>FILE is a charter (JSON), a scenario (JSON, run before it is analysed) or a hash-chained event
 * log (JSON lines, verified first); a scenario or a log is analysed as a run: its level is what
 * happened, and its gaps are where the run fell short of its charter. A file that cannot be read or
 * analysed gives an {@code error:} line and exit code 1. Usage errors exit with 2.
 */
@Command(
    name = "analyse",
    description = {
      "Say how participatory a process is: its IAP2 level and Arnstein rung, with the criteria"
          + " that placed it there, its profile from mission logic (0) to project logic (1) on"
          + " each dimension, and the gaps between charter and run.",
      "Give a ready-made charter with --charter."
    })
public final class AnalyseCommand implements Callable<Integer>, LanguageOptions.Localized {
  /** The width of the dimensions' column: the longest English label, {@code operationalisation}. */
  private static final int DIMENSION_WIDTH = 18;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @ArgGroup(exclusive = true, multiplicity = "1")
  @Nullable Input input;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** The process to analyse: a file or a ready-made charter. */
  static final class Input {
    @Parameters(
        paramLabel = "FILE",
        description = "A charter, a scenario (run first) or an event log (verified first).")
    @Nullable Path file;

    @Option(
        names = "--charter",
        paramLabel = "project|mission",
        converter = DemoCommand.LogicConverter.class,
        description = "Analyse this ready-made charter.")
    @Nullable Logic charter;
  }

  /** Creates the command; picocli fills its options. */
  public AnalyseCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Input given = input;
    Subject subject;
    if (given != null && given.charter != null) {
      Charter charter = given.charter.charter();
      subject = ofCharter(charter);
    } else {
      Path file = given == null ? null : given.file;
      if (file == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), texts().text("cli.analyse.nothing"));
      }
      subject = read(file, texts());
    }
    LogicProfile profile = subject.profile();
    try {
      out.print(
          json
              ? json(subject.charter(), subject.level(), profile, subject.gaps(), texts())
              : text(subject.charter(), subject.level(), profile, subject.gaps(), texts()));
    } catch (JsonProcessingException e) {
      return Errors.print(err, texts().text("cli.error.json", e.getOriginalMessage()));
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /**
   * What is analysed: a charter, with the level found, its profile (a run's adds what the run shows
   * of its evaluation) and the gaps of a run, if any.
   */
  private record Subject(
      Charter charter, ParticipationLevel level, LogicProfile profile, List<Gap> gaps) {}

  private static Subject ofCharter(Charter charter) {
    return new Subject(
        charter, CharterAnalysis.level(charter), LogicProfile.of(charter), List.of());
  }

  /**
   * Reads a charter, a scenario or a hash-chained event log. An event log is verified and a
   * scenario is run; both are analysed as runs, whose level is what happened and whose gaps are
   * where it fell short of the charter.
   */
  private static Subject read(Path file, Texts texts) {
    String text = Inputs.text(file);
    String first = text.strip().lines().findFirst().orElse("");
    if (first.contains("\"concertation-log\"")) {
      VerifiedLog log = Logs.read(file, text);
      return ofRun(log.charter(), log.events());
    }
    JsonNode root = Inputs.json(file, text);
    if (root.has("commands") || root.has("actors")) {
      Scenario scenario = Scenarios.parse(file, text);
      return ofRun(scenario.charter(), Scenarios.run(file, scenario, texts));
    }
    try {
      Charter charter = JsonCodec.create().readCharter(root, "$");
      return ofCharter(charter);
    } catch (JsonCodecException e) {
      throw Inputs.fromCodec(file, e);
    }
  }

  private static Subject ofRun(Charter charter, List<Event> events) {
    ProcessHistory history = ProcessHistory.of(charter, events);
    RunReport report = RunAnalysis.of(history);
    return new Subject(charter, report.actual(), LogicProfile.of(history), report.gaps());
  }

  /**
   * The analysis as JSON: its keys and its identifiers (levels, rungs, criteria, dimensions) are
   * the same in every language; the evidence is in the language of the texts.
   */
  static String json(
      Charter charter, ParticipationLevel level, LogicProfile profile, List<Gap> gaps, Texts texts)
      throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("charter", charter.name());
    root.put("iap2", level.iap2().label());
    root.put("arnstein", level.arnstein().label());
    ArrayNode criteria = root.putArray("criteria");
    for (Finding finding : level.findings()) {
      criteria
          .addObject()
          .put("criterion", finding.criterion().label())
          .put("met", finding.met())
          .put("evidence", finding.evidence(texts));
    }
    ArrayNode placedBy = root.putArray("placedBy");
    level.placedBy().forEach(f -> placedBy.add(f.criterion().label()));
    ObjectNode scores = root.putObject("profile");
    ObjectNode evidence = root.putObject("evidence");
    for (Dimension dimension : Dimension.values()) {
      DimensionScore score = profile.scores().get(dimension);
      scores.put(dimension.label(), score.score());
      ArrayNode lines = evidence.putArray(dimension.label());
      score.evidence(texts).forEach(lines::add);
    }
    ArrayNode gapNodes = root.putArray("gaps");
    for (Gap gap : gaps) {
      gapNodes
          .addObject()
          .put("criterion", gap.criterion().label())
          .put("promised", gap.promised().text(texts))
          .put("observed", gap.observed().text(texts));
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  static String text(
      Charter charter,
      ParticipationLevel level,
      LogicProfile profile,
      List<Gap> gaps,
      Texts texts) {
    StringBuilder text = new StringBuilder();
    text.append(texts.text("cli.analyse.charter", charter.name())).append('\n');
    text.append(texts.text("cli.analyse.iap2", texts.label(level.iap2()))).append('\n');
    text.append(texts.text("cli.analyse.arnstein", texts.label(level.arnstein()))).append('\n');
    text.append('\n').append(texts.text("cli.analyse.criteria")).append('\n');
    for (Finding finding : level.findings()) {
      text.append(level.placedBy().contains(finding) ? "* " : "  ")
          .append(finding.met() ? "[x] " : "[ ] ")
          .append(
              texts.text("format.entry", texts.label(finding.criterion()), finding.evidence(texts)))
          .append('\n');
    }
    text.append('\n').append(texts.text("cli.analyse.profile")).append('\n');
    int width = DIMENSION_WIDTH;
    for (Dimension dimension : Dimension.values()) {
      width = Math.max(width, texts.label(dimension).length());
    }
    for (Dimension dimension : Dimension.values()) {
      DimensionScore score = profile.scores().get(dimension);
      text.append(
              String.format(
                  texts.locale(), "  %-" + width + "s %.2f", texts.label(dimension), score.score()))
          .append('\n');
      score.evidence(texts).forEach(line -> text.append("      ").append(line).append('\n'));
    }
    text.append('\n')
        .append(texts.text(gaps.isEmpty() ? "cli.analyse.no.gaps" : "cli.analyse.gaps"))
        .append('\n');
    gaps.forEach(gap -> text.append("  ").append(gap.describe(texts)).append('\n'));
    return text.toString();
  }
}
