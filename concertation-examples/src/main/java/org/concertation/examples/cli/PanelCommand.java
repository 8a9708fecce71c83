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
public final class PanelCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
          cli, "Invalid value for option '--size': '" + size + "', expected at least 1");
    }
    if (draws < 1) {
      throw new CommandLine.ParameterException(
          cli, "Invalid value for option '--draws': '" + draws + "', expected at least 1");
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
      input = Input.read(poolFile, quotasFile, households);
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
      out.print(table(input, allocation, draw, check));
    }
    out.flush();
    if (plot != null) {
      try {
        plot(plot, legacy, allocation);
      } catch (IOException e) {
        return Errors.print(err, plot + ": cannot write the plot (" + e.getMessage() + ")");
      }
    }
    return 0;
  }

  private Allocation allocate(Input input, Algorithm algorithm) {
    return algorithm == Algorithm.LEGACY
        ? Panels.legacy(input.pool(), input.quotas(), size, draws, Panels.LEGACY_SEED)
        : Panels.allocate(input.pool(), input.quotas(), size, algorithm);
  }

  private static <T> T required(CommandLine cli, @Nullable T value, String option) {
    if (value == null) {
      throw new CommandLine.ParameterException(cli, "Missing required option: '" + option + "'");
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
    static Input read(Path poolFile, Path quotasFile, @Nullable String households) {
      try {
        for (Path file : List.of(poolFile, quotasFile)) {
          if (!Files.isRegularFile(file)) {
            throw new Failure(file + ":0: cannot read the file (no such file)");
          }
        }
        ImmutableList<Quota> quotas = Quota.read(quotasFile);
        return new Input(Pool.read(poolFile, quotas, Optional.ofNullable(households)), quotas);
      } catch (FormatException e) {
        throw new Failure(String.valueOf(e.getMessage()));
      } catch (UncheckedIOException e) {
        throw new Failure("cannot read the file (" + e.getMessage() + ")");
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
      Input input, Allocation allocation, Draw draw, Optional<Certificate.Check> check) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "algorithm      %s%n", allocation.algorithm().label()));
    text.append(
        String.format(
            Locale.ROOT,
            "pool           %d volunteers, panels of %d%n",
            input.pool().size(),
            allocation.size()));
    text.append(
        String.format(
            Locale.ROOT,
            "chances        minimum %.4f%%, Gini %.4f, geometric mean %.4f%%%n",
            100 * allocation.minimum(),
            allocation.gini(),
            100 * allocation.geometricMean()));
    text.append(
        String.format(
            Locale.ROOT,
            "distribution   %d panels, digest %s%n",
            allocation.panels().size(),
            allocation.digest()));
    if (allocation.certificate().isPresent() && check.isPresent()) {
      Certificate.Check c = check.get();
      text.append(
          String.format(
              Locale.ROOT,
              "certificate    no distribution gives everyone more than %.4f%% (levels: %d): %s%n",
              100 * allocation.certificate().get().bound(),
              allocation.certificate().get().levels().size(),
              c.holds() ? "checked" : "NOT CHECKED: " + String.join("; ", c.problems())));
    }
    text.append(String.format(Locale.ROOT, "seed           %d%n", draw.seed()));
    text.append("panel          ").append(String.join(", ", draw.panel())).append('\n');
    return text.toString();
  }

  /** Two charts side by side: each volunteer's chance, sorted, under LEGACY and the algorithm. */
  static void plot(Path file, Allocation legacy, Allocation chosen) throws IOException {
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
                  String.format(
                      Locale.ROOT,
                      "%s: minimum %.2f%%",
                      allocation.algorithm().name(),
                      100 * allocation.minimum()))
              .xAxisTitle("volunteers, by chance (%)")
              .yAxisTitle("chance of selection (%)")
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
  public static final class Verify implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
        Input input = Input.read(pool, quotas, households);
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
        return Errors.print(err, "the draw does not verify: " + String.join("; ", problems));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "verified: the seed "
              + record.seed()
              + " draws the same panel of "
              + record.size()
              + " from the same pool, quotas and "
              + record.algorithm().label()
              + " distribution");
      out.flush();
      return 0;
    }

    /** The draw's JSON object, or a bad input naming the file (and the line, when known). */
    private static JsonNode readDraw(Path file) {
      String text = Inputs.text(file);
      try {
        JsonNode json = JSON.readTree(text);
        if (json == null || !json.isObject()) {
          throw InputException.of(file, "expected a JSON object, as 'panel --json' prints it");
        }
        return json;
      } catch (IOException e) {
        throw InputException.at(
            file,
            Math.max(1, Inputs.lineOf(e)),
            "expected a JSON object, as 'panel --json' prints it");
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
