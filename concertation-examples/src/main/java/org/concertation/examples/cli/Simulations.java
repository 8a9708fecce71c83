package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.Csv;
import org.concertation.core.simulation.RunMetrics;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.style.Styler;
import picocli.CommandLine;

/** What the simulation commands share: the summary table, the progress bar, CSV and plots. */
final class Simulations {
  /** The measures of the summary table and of the plots, in order. */
  static final ImmutableList<Measure> MEASURES =
      ImmutableList.of(
          new Measure("agreement", row -> row.metrics().agreement() ? 1 : 0),
          new Measure("rounds", row -> row.metrics().rounds()),
          new Measure("adopted", row -> row.metrics().adopted()),
          new Measure("utilitarian", row -> row.metrics().utilitarian()),
          new Measure("egalitarian", row -> row.metrics().egalitarian()),
          new Measure("nash", row -> row.metrics().nash()),
          new Measure("gini", row -> row.metrics().gini()),
          new Measure("bottom_up_share", row -> row.metrics().bottomUpShare()),
          new Measure("transversality", row -> row.metrics().transversality()),
          new Measure("participation", row -> row.metrics().participation()),
          new Measure(
              "satisfaction_institution", row -> row.metrics().satisfaction(ActorKind.INSTITUTION)),
          new Measure(
              "satisfaction_inhabitant", row -> row.metrics().satisfaction(ActorKind.INHABITANT)),
          new Measure(
              "satisfaction_association", row -> row.metrics().satisfaction(ActorKind.ASSOCIATION)),
          new Measure("pareto_distance", row -> row.metrics().paretoDistance()),
          new Measure("nash_distance", row -> row.metrics().nashDistance()));

  // delivery share: the measures of the evaluation played ahead of the decision

  /**
   * The measures of the evaluation played ahead of the decision, in order: shown after the others
   * when a run of the batch played it (see {@link Batch.Row#metrics()}), never otherwise, so that
   * the summary of a batch without it is what it was.
   */
  static final ImmutableList<Measure> EVALUATION_MEASURES =
      ImmutableList.of(
          new Measure(
              "ex_ante_agreement", row -> evaluation(row, RunMetrics.Evaluation::agreement)),
          new Measure(
              "delivery_money", row -> evaluation(row, e -> e.delivery(ResourceKind.MONEY))),
          new Measure(
              "delivery_hours", row -> evaluation(row, e -> e.delivery(ResourceKind.HOURS))),
          new Measure(
              "delivery_competence",
              row -> evaluation(row, e -> e.delivery(ResourceKind.COMPETENCE))));

  private static double evaluation(Batch.Row row, ToDoubleFunction<RunMetrics.Evaluation> measure) {
    return row.metrics().evaluation().map(measure::applyAsDouble).orElse(Double.NaN);
  }

  /** The measures of a summary of these rows: the evaluation's too when a run played it. */
  static ImmutableList<Measure> measures(List<Batch.Row> rows) {
    return rows.stream().anyMatch(row -> row.metrics().evaluation().isPresent())
        ? ImmutableList.<Measure>builder().addAll(MEASURES).addAll(EVALUATION_MEASURES).build()
        : MEASURES;
  }

  /**
   * The measures plotted, as distributions side by side; a measure without a value in any run (the
   * evaluation's in a batch without it) has no plot.
   */
  private static final ImmutableList<String> PLOTTED =
      ImmutableList.of(
          "utilitarian",
          "egalitarian",
          "nash",
          "gini",
          "participation",
          "satisfaction_institution",
          "satisfaction_inhabitant",
          "satisfaction_association",
          "ex_ante_agreement");

  /** Runs below this many show no progress bar. */
  private static final int LONG_BATCH = 20;

  private static final int BAR_WIDTH = 40;

  /** The size of one box plot, in pixels. */
  private static final int CHART_WIDTH = 420;

  private static final int CHART_HEIGHT = 320;

  /** Box plots side by side on a row of the image. */
  private static final int PLOT_COLUMNS = 4;

  private Simulations() {}

  /** A named measure of one run; NaN when undefined for the run. */
  record Measure(String name, ToDoubleFunction<Batch.Row> of) {}

  /** The rows of each logic, in the order the logics first appear. */
  static Map<String, List<Batch.Row>> byLogic(List<Batch.Row> rows) {
    Map<String, List<Batch.Row>> byLogic = new LinkedHashMap<>();
    for (Batch.Row row : rows) {
      byLogic.computeIfAbsent(row.cell().logic(), logic -> new ArrayList<>()).add(row);
    }
    return byLogic;
  }

  /**
   * A Markdown table: one line per measure, one column per logic, each cell the mean and standard
   * deviation over the runs where the measure is defined, with their number when some are not.
   */
  static String summary(List<Batch.Row> rows, Texts texts) {
    Map<String, List<Batch.Row>> byLogic = byLogic(rows);
    StringBuilder table =
        new StringBuilder("| ").append(texts.text("cli.summary.measure")).append(" |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (Map.Entry<String, List<Batch.Row>> logic : byLogic.entrySet()) {
      table
          .append(' ')
          .append(
              texts.text(
                  "cli.summary.logic", logic(logic.getKey(), texts), logic.getValue().size()))
          .append(" |");
      rule.append(" ---: |");
    }
    table.append('\n').append(rule).append('\n');
    for (Measure measure : measures(rows)) {
      table.append("| ").append(measure(measure.name(), texts)).append(" |");
      for (List<Batch.Row> logicRows : byLogic.values()) {
        table
            .append(' ')
            .append(cell(values(logicRows, measure), logicRows.size(), texts))
            .append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  static double[] values(List<Batch.Row> rows, Measure measure) {
    return rows.stream().mapToDouble(measure.of()).filter(value -> !Double.isNaN(value)).toArray();
  }

  /** A logic's name for readers: its label, or the name itself when it has none. */
  static String logic(String logic, Texts texts) {
    String key = "cli.logic." + logic;
    return texts.has(key) ? texts.text(key) : logic;
  }

  /** A measure's name for readers; in English, the name of its CSV column. */
  static String measure(String name, Texts texts) {
    return texts.text("cli.measure." + name);
  }

  private static String cell(double[] values, int runs, Texts texts) {
    if (values.length == 0) {
      return texts.text("cli.summary.none");
    }
    double mean = 0;
    for (double value : values) {
      mean += value;
    }
    mean /= values.length;
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    String text =
        texts.text(
            "cli.summary.cell",
            String.format(texts.locale(), "%.3f", mean),
            String.format(texts.locale(), "%.3f", sd));
    return values.length < runs ? texts.text("cli.summary.defined", text, values.length) : text;
  }

  /** Declares a runs' CSV output and the satisfaction per college next to it. */
  static void declareCsv(Outputs outputs, String option, @Nullable Path file) {
    if (file != null) {
      outputs.output(option, file).output(option + " (colleges)", collegesOf(file));
    }
  }

  /** The CSV of satisfaction per college written next to a runs' CSV. */
  static Path collegesOf(Path file) {
    String name = String.valueOf(file.getFileName());
    String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return file.resolveSibling(stem + "-colleges.csv");
  }

  /** Sets the runs' CSV, and the satisfaction per college next to it. */
  static void putCsv(Outputs outputs, @Nullable Path file, List<Batch.Row> rows) {
    if (file != null) {
      outputs.put(file, Csv.runs(rows));
      outputs.put(collegesOf(file), Csv.colleges(rows));
    }
  }

  /** Declares a plot output, which must be a PNG file. */
  static void declarePlot(
      CommandLine.Model.CommandSpec spec, Outputs outputs, @Nullable Path file) {
    if (file == null) {
      return;
    }
    if (!String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), LanguageOptions.of(spec).text("cli.usage.png", file.toString()));
    }
    outputs.output("--plot", file);
  }

  /**
   * Box plots of the distributions of each plotted measure, one box per logic, side by side, as the
   * bytes of one PNG image.
   */
  static byte[] plot(Path file, List<Batch.Row> rows, String title, Texts texts) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Map<String, List<Batch.Row>> byLogic = byLogic(rows);
    List<BoxChart> charts = new ArrayList<>();
    for (String name : PLOTTED) {
      Measure measure =
          measures(rows).stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
      if (measure == null) {
        continue;
      }
      BoxChart chart =
          new BoxChartBuilder()
              .width(CHART_WIDTH)
              .height(CHART_HEIGHT)
              .title(texts.text("cli.plot.title", title, measure(name, texts)))
              .build();
      chart.getStyler().setLegendVisible(false);
      chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(12f));
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
      boolean any = false;
      for (Map.Entry<String, List<Batch.Row>> logic : byLogic.entrySet()) {
        double[] values = values(logic.getValue(), measure);
        if (values.length > 0) {
          chart.addSeries(logic(logic.getKey(), texts), values);
          any = true;
        }
      }
      if (any) {
        charts.add(chart);
      }
    }
    if (charts.isEmpty()) {
      throw InputException.said(file, "cli.plot.nothing");
    }
    int cols = Math.min(PLOT_COLUMNS, charts.size());
    int rowsOfCharts = (charts.size() + cols - 1) / cols;
    BufferedImage image =
        new BufferedImage(
            cols * CHART_WIDTH, rowsOfCharts * CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
      for (int i = 0; i < charts.size(); i++) {
        graphics.drawImage(
            BitmapEncoder.getBufferedImage(charts.get(i)),
            (i % cols) * CHART_WIDTH,
            (i / cols) * CHART_HEIGHT,
            null);
      }
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the plot as PNG", e);
    }
    return png.toByteArray();
  }

  /**
   * A progress bar on standard error, drawn only when standard error is a terminal and the batch is
   * long; otherwise nothing.
   */
  static Batch.Progress progress(PrintWriter err, int total, Texts texts) {
    if (total < LONG_BATCH || !stderrIsTerminal()) {
      return (done, all) -> {};
    }
    return bar(err, texts);
  }

  /** A progress bar drawn on a writer, redrawn in place at each new percent. */
  static Batch.Progress bar(PrintWriter err, Texts texts) {
    return new Batch.Progress() {
      private int shown = -1;
      private int latest;

      @Override
      public synchronized void done(int done, int all) {
        // threads may report out of order: only ever move forward
        int percent = (int) (100L * done / all);
        if (done <= latest || percent == shown) {
          latest = Math.max(latest, done);
          return;
        }
        latest = done;
        shown = percent;
        int filled = BAR_WIDTH * done / all;
        err.print(
            "\r["
                + "#".repeat(filled)
                + " ".repeat(BAR_WIDTH - filled)
                + "]"
                + texts.text("cli.progress", percent, done, all));
        if (done == all) {
          err.print('\n');
        }
        err.flush();
      }
    };
  }

  /** On Linux, whether file descriptor 2 is a terminal; elsewhere, whether there is a console. */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console
    }
    return System.console() != null;
  }
}
