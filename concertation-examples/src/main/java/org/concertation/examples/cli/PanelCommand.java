package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concertation.core.choice.FormatException;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Allocation;
import org.concertation.core.panel.Certificate;
import org.concertation.core.panel.Draw;
import org.concertation.core.panel.InfeasibleQuotasException;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation panel --pool respondents.csv --quotas categories.csv --size K --algorithm
 * legacy|maximin|leximin|nash --seed S [--households COLUMN] [--json] [--plot FILE.png]}: computes
 * a fair distribution over the panels that meet the quotas, draws one panel with the seed and
 * prints the panel and the figures; {@code concertation panel verify} redoes a draw from its JSON.
 * Exit codes: 0 done, 1 bad input or a draw that does not verify, 2 bad usage.
 */
@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    subcommands = PanelCommand.Verify.class,
    description = {
      "Draw a citizens' panel by lot under quotas: compute each volunteer's chance with LEGACY,"
          + " MAXIMIN, LEXIMIN or NASH, then draw one panel with a seed that can be published"
          + " first.",
      "ids are the id column's values, or else the rows' numbers from 1."
    })
public final class PanelCommand implements Callable<Integer>, LanguageOptions.Localized {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(names = "--pool", paramLabel = "respondents.csv", description = "The volunteers.")
  @Nullable Path pool;

  @Option(names = "--quotas", paramLabel = "categories.csv", description = "The quotas.")
  @Nullable Path quotas;

  @Option(names = "--size", paramLabel = "K", description = "The panel's size.")
  int size;

  @Option(
      names = "--algorithm",
      paramLabel = "ALGORITHM",
      description = "legacy, maximin, leximin or nash.")
  String algorithm = "";

  @Option(names = "--seed", paramLabel = "S", description = "The seed of the draw.")
  @Nullable Long seed;

  @Option(
      names = "--households",
      paramLabel = "COLUMN",
      description = "The column naming households: at most one member of each on a panel.")
  @Nullable String households;

  @Option(
      names = "--draws",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Greedy draws that estimate LEGACY's chances; default 10000.")
  int draws;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description = "Plot the chances of LEGACY and of the algorithm side by side.")
  @Nullable Path plot;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    Path poolFile = required(cli, pool, "--pool");
    Path quotasFile = required(cli, quotas, "--quotas");
    long theSeed = required(cli, seed, "--seed");
    if (size < 1) {
      throw new CommandLine.ParameterException(
          cli, texts().text("cli.usage.expected.at.least", "--size", String.valueOf(size), "1"));
    }
    if (draws < 1) {
      throw new CommandLine.ParameterException(
          cli, texts().text("cli.usage.expected.at.least", "--draws", String.valueOf(draws), "1"));
    }
    Algorithm chosen;
    try {
      chosen =
          Algorithm.fromLabel(required(cli, algorithm.isEmpty() ? null : algorithm, "--algorithm"));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    PrintWriter err = cli.getErr();
    Input input;
    Allocation allocation;
    Allocation legacy;
    try {
      input = Input.read(poolFile, quotasFile, households, texts());
      allocation = allocate(input, chosen);
      legacy =
          plot == null || chosen == Algorithm.LEGACY
              ? allocation
              : allocate(input, Algorithm.LEGACY);
    } catch (Failure e) {
      return Errors.print(err, e.getMessage());
    } catch (InfeasibleQuotasException | IllegalArgumentException | IllegalStateException e) {
      return Errors.print(err, String.valueOf(e.getMessage()));
    }
    Draw draw = Draw.of(input.pool(), input.quotas(), allocation, theSeed);
    Optional<Certificate.Check> check =
        allocation.certificate().map(c -> c.check(input.pool(), input.quotas(), allocation));
    PrintWriter out = cli.getOut();
    if (json) {
      try {
        out.println(JSON.writeValueAsString(toJson(allocation, draw, check)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      out.print(table(input, allocation, draw, check, texts()));
    }
    out.flush();
    if (plot != null) {
      try {
        plot(plot, legacy, allocation, texts());
      } catch (IOException e) {
        return Errors.print(
            err, texts().text("cli.panel.plot", plot.toString(), String.valueOf(e.getMessage())));
      }
    }
    return 0;
  }

  private Allocation allocate(Input input, Algorithm algorithm) {
    return algorithm == Algorithm.LEGACY
        ? Panels.legacy(input.pool(), input.quotas(), size, draws, Panels.LEGACY_SEED)
        : Panels.allocate(input.pool(), input.quotas(), size, algorithm);
  }

  private <T> T required(CommandLine cli, @Nullable T value, String option) {
    if (value == null) {
      throw new CommandLine.ParameterException(cli, texts().text("cli.usage.missing", option));
    }
    return value;
  }

  /** A bad input, reported as one {@code error:} line. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /** The pool and the quotas read from their files. */
  record Input(Pool pool, ImmutableList<Quota> quotas) {
    static Input read(Path poolFile, Path quotasFile, @Nullable String households, Texts texts) {
      try {
        for (Path file : List.of(poolFile, quotasFile)) {
          if (!Files.isRegularFile(file)) {
            throw new Failure(texts.text("cli.panel.no.file", file.toString()));
          }
        }
        ImmutableList<Quota> quotas = Quota.read(quotasFile);
        return new Input(Pool.read(poolFile, quotas, Optional.ofNullable(households)), quotas);
      } catch (FormatException e) {
        throw new Failure(String.valueOf(e.getMessage()));
      } catch (UncheckedIOException e) {
        throw new Failure(texts.text("cli.panel.unreadable", String.valueOf(e.getMessage())));
      }
    }
  }

  static Map<String, Object> toJson(
      Allocation allocation, Draw draw, Optional<Certificate.Check> check) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("algorithm", allocation.algorithm().label());
    object.put("size", allocation.size());
    object.put("seed", draw.seed());
    object.put("panel", draw.panel());
    object.put("probabilities", allocation.probabilities());
    object.put("minimum", allocation.minimum());
    object.put("gini", allocation.gini());
    object.put("geometricMean", allocation.geometricMean());
    List<Map<String, Object>> panels = new ArrayList<>();
    for (Allocation.Panel panel : allocation.panels()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("members", panel.members());
      entry.put("probability", panel.probability());
      panels.add(entry);
    }
    object.put("panels", panels);
    Map<String, Object> certificate = null;
    if (allocation.certificate().isPresent()) {
      Certificate c = allocation.certificate().get();
      certificate = new LinkedHashMap<>();
      certificate.put("bound", c.bound());
      certificate.put("checked", check.map(Certificate.Check::holds).orElse(false));
      List<Map<String, Object>> levels = new ArrayList<>();
      for (Certificate.Level level : c.levels()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("bound", level.bound());
        entry.put("fixed", level.fixed());
        entry.put("weights", level.weights());
        levels.add(entry);
      }
      certificate.put("levels", levels);
    }
    object.put("certificate", certificate);
    object.put("poolDigest", draw.poolDigest());
    object.put("quotasDigest", draw.quotasDigest());
    object.put("distributionDigest", draw.distributionDigest());
    return object;
  }

  private static String table(
      Input input,
      Allocation allocation,
      Draw draw,
      Optional<Certificate.Check> check,
      Texts texts) {
    String line = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(texts.text("cli.panel.algorithm", allocation.algorithm().label())).append(line);
    text.append(texts.text("cli.panel.pool", input.pool().size(), allocation.size())).append(line);
    text.append(
            texts.text(
                "cli.panel.chances",
                fixed(100 * allocation.minimum(), texts),
                fixed(allocation.gini(), texts),
                fixed(100 * allocation.geometricMean(), texts)))
        .append(line);
    text.append(
            texts.text("cli.panel.distribution", allocation.panels().size(), allocation.digest()))
        .append(line);
    if (allocation.certificate().isPresent() && check.isPresent()) {
      Certificate.Check c = check.get();
      text.append(
              texts.text(
                  "cli.panel.certificate",
                  fixed(100 * allocation.certificate().get().bound(), texts),
                  allocation.certificate().get().levels().size(),
                  c.holds()
                      ? texts.text("cli.panel.checked")
                      : texts.text("cli.panel.not.checked", String.join("; ", c.problems()))))
          .append(line);
    }
    text.append(texts.text("cli.panel.seed", String.valueOf(draw.seed()))).append(line);
    text.append(texts.text("cli.panel.panel", texts.list(draw.panel()))).append('\n');
    return text.toString();
  }

  /** A share with four decimals, in the language's format. */
  private static String fixed(double value, Texts texts) {
    return String.format(texts.locale(), "%.4f", value);
  }

  /** Two charts side by side: each volunteer's chance, sorted, under LEGACY and the algorithm. */
  static void plot(Path file, Allocation legacy, Allocation chosen, Texts texts)
      throws IOException {
    double top = 0;
    for (Allocation allocation : List.of(legacy, chosen)) {
      for (double p : allocation.probabilities().values()) {
        top = Math.max(top, p);
      }
    }
    List<XYChart> charts = new ArrayList<>();
    for (Allocation allocation : List.of(legacy, chosen)) {
      double[] p = allocation.probabilities().values().stream().mapToDouble(d -> 100 * d).toArray();
      Arrays.sort(p);
      double[] x = new double[p.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = 100.0 * (i + 1) / x.length;
      }
      XYChart chart =
          new XYChartBuilder()
              .width(520)
              .height(360)
              .title(
                  texts.text(
                      "cli.panel.plot.title",
                      allocation.algorithm().name(),
                      String.format(texts.locale(), "%.2f", 100 * allocation.minimum())))
              .xAxisTitle(texts.text("cli.panel.plot.x"))
              .yAxisTitle(texts.text("cli.panel.plot.y"))
              .build();
      chart.getStyler().setLegendVisible(false);
      chart.getStyler().setYAxisMin(0.0);
      chart.getStyler().setYAxisMax(Math.max(1e-9, 100 * top * 1.05));
      chart.addSeries(allocation.algorithm().label(), x, p).setMarker(SeriesMarkers.NONE);
      charts.add(chart);
    }
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    String path = absolute.toString();
    String stem =
        path.toLowerCase(Locale.ROOT).endsWith(".png")
            ? path.substring(0, path.length() - 4)
            : path;
    BitmapEncoder.saveBitmap(charts, 1, 2, stem, BitmapEncoder.BitmapFormat.PNG);
  }

  /**
   * {@code concertation panel verify --pool respondents.csv --quotas categories.csv --draw
   * draw.json [--households COLUMN]}: redoes a draw from the JSON that {@code panel --json}
   * printed, and checks its certificate.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Redo a draw from the JSON of 'panel --json': the same pool, quotas, distribution and"
              + " seed must give the same panel; the certificate, if any, is checked.")
  public static final class Verify implements Callable<Integer>, LanguageOptions.Localized {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

    @Override
    public Texts texts() {
      return language.texts();
    }

    @Option(
        names = "--pool",
        required = true,
        paramLabel = "respondents.csv",
        description = "The volunteers.")
    Path pool = Path.of("");

    @Option(
        names = "--quotas",
        required = true,
        paramLabel = "categories.csv",
        description = "The quotas.")
    Path quotas = Path.of("");

    @Option(
        names = "--draw",
        required = true,
        paramLabel = "draw.json",
        description = "The draw, as 'panel --json' printed it.")
    Path draw = Path.of("");

    @Option(
        names = "--households",
        paramLabel = "COLUMN",
        description = "The column naming households, as for the draw.")
    @Nullable String households;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      List<String> problems = new ArrayList<>();
      Draw record;
      try {
        Input input = Input.read(pool, quotas, households, texts());
        JsonNode json = readDraw(draw);
        Allocation allocation = allocation(input.pool(), json);
        record =
            new Draw(
                allocation.algorithm(),
                allocation.size(),
                json.path("seed").asLong(),
                json.path("poolDigest").asText(),
                json.path("quotasDigest").asText(),
                json.path("distributionDigest").asText(),
                strings(json.path("panel")));
        problems.addAll(record.verify(input.pool(), input.quotas(), allocation));
        if (allocation.certificate().isPresent()) {
          problems.addAll(
              allocation
                  .certificate()
                  .get()
                  .check(input.pool(), input.quotas(), allocation)
                  .problems());
        }
      } catch (Failure e) {
        return Errors.print(err, e.getMessage());
      } catch (IllegalArgumentException e) {
        return Errors.print(err, draw + ": " + e.getMessage());
      }
      if (!problems.isEmpty()) {
        return Errors.print(
            err, texts().text("cli.panel.verify.failed", String.join("; ", problems)));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          texts()
              .text(
                  "cli.panel.verified",
                  String.valueOf(record.seed()),
                  record.size(),
                  record.algorithm().label()));
      out.flush();
      return 0;
    }

    /** The draw's JSON object, or a bad input naming the file (and the line, when known). */
    private static JsonNode readDraw(Path file) {
      String text = Inputs.text(file);
      try {
        JsonNode json = JSON.readTree(text);
        if (json == null || !json.isObject()) {
          throw InputException.said(file, "cli.panel.not.json");
        }
        return json;
      } catch (IOException e) {
        throw InputException.saidAt(file, Math.max(1, Inputs.lineOf(e)), "cli.panel.not.json");
      }
    }

    private static ImmutableList<String> strings(JsonNode array) {
      ImmutableList.Builder<String> values = ImmutableList.builder();
      for (JsonNode node : array) {
        values.add(node.asText());
      }
      return values.build();
    }

    private Allocation allocation(Pool pool, JsonNode json) {
      List<Allocation.Panel> panels = new ArrayList<>();
      for (JsonNode panel : json.path("panels")) {
        panels.add(
            new Allocation.Panel(
                strings(panel.path("members")), panel.path("probability").asDouble()));
      }
      Optional<Certificate> certificate = Optional.empty();
      JsonNode c = json.path("certificate");
      if (c.isObject()) {
        List<Certificate.Level> levels = new ArrayList<>();
        for (JsonNode level : c.path("levels")) {
          Map<String, Double> weights = new LinkedHashMap<>();
          Iterator<Map.Entry<String, JsonNode>> fields = level.path("weights").fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            weights.put(field.getKey(), field.getValue().asDouble());
          }
          levels.add(
              new Certificate.Level(
                  level.path("bound").asDouble(),
                  ImmutableMap.copyOf(weights),
                  ImmutableSet.copyOf(strings(level.path("fixed")))));
        }
        certificate = Optional.of(Certificate.of(levels));
      }
      return Allocation.of(
          Algorithm.fromLabel(json.path("algorithm").asText()),
          json.path("size").asInt(),
          pool,
          panels,
          certificate);
    }
  }
}
