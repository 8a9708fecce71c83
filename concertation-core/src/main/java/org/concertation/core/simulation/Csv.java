package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ResourceKind;

/**
 * Writes batch results as CSV that pandas and R read directly: a header, one row per observation,
 * comma-separated, numbers with a dot and six decimals, {@code true}/{@code false}, {@code NA}
 * where a measure is undefined, {@code \n} line ends. The last column of {@link #runs}, {@code
 * rule}, names the ballot rule of every round, or {@value #CHARTER_ROUNDS} for the charter's own
 * rounds. When at least one run played the evaluation ahead of the decision ({@link
 * RunMetrics#evaluation()}), the {@link #EVALUATION_COLUMNS} follow it, {@code NA} in the runs that
 * did not; a batch with none has no such column, so that its CSV is what it was before, byte for
 * byte.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Csv {
  /** The columns of {@link #runs}, in order. */
  public static final String RUNS_HEADER =
      "run,seed,logic,actors,agreement,rounds,adopted,utilitarian,egalitarian,nash,gini,"
          + "bottom_up_share,transversality,participation,satisfaction_institution,"
          + "satisfaction_inhabitant,satisfaction_association,end,proposals,pareto_distance,"
          + "nash_distance,commands,strategy,stakes,proposals_submitted,harm_threshold,"
          + "heterogeneity,amendment_step,merge_similarity,share_institution,share_inhabitant,"
          + "share_association,propensity_institution,propensity_inhabitant,"
          + "propensity_association,rule";

  /**
   * The columns that follow {@link #RUNS_HEADER} when a run of the batch played the evaluation
   * ahead of the decision: the agreement between ex-ante and ex-post grades, the delivery ratio of
   * each kind of means (money, hours, competence, material), and the cell's delivery share and
   * variation.
   */
  public static final String EVALUATION_COLUMNS =
      "ex_ante_agreement,delivery_money,delivery_hours,delivery_competence,delivery_material,"
          + "delivery_share,delivery_variation";

  /** The {@code rule} of a run whose rounds are the charter's own. */
  public static final String CHARTER_ROUNDS = "charter";

  /** The columns of {@link #colleges}, in order. */
  public static final String COLLEGES_HEADER = "run,seed,logic,actors,college,satisfaction";

  private Csv() {}

  /**
   * One row per run: the run's seed, its grid point's parameters and its metrics.
   *
   * @param rows the rows of a batch
   * @return the CSV text, header included
   */
  public static String runs(List<Batch.Row> rows) {
    checkNotNull(rows, "rows must not be null");
    boolean evaluated = rows.stream().anyMatch(row -> row.metrics().evaluation().isPresent());
    StringBuilder csv = new StringBuilder(RUNS_HEADER);
    if (evaluated) {
      csv.append(',').append(EVALUATION_COLUMNS);
    }
    csv.append('\n');
    for (Batch.Row row : rows) {
      SimulationConfig c = row.cell().config();
      RunMetrics m = row.metrics();
      csv.append(row.run())
          .append(',')
          .append(row.seed())
          .append(',')
          .append(row.cell().logic())
          .append(',')
          .append(c.actors())
          .append(',')
          .append(m.agreement())
          .append(',')
          .append(m.rounds())
          .append(',')
          .append(m.adopted())
          .append(',')
          .append(number(m.utilitarian()))
          .append(',')
          .append(number(m.egalitarian()))
          .append(',')
          .append(number(m.nash()))
          .append(',')
          .append(number(m.gini()))
          .append(',')
          .append(number(m.bottomUpShare()))
          .append(',')
          .append(number(m.transversality()))
          .append(',')
          .append(number(m.participation()))
          .append(',')
          .append(number(m.satisfaction(ActorKind.INSTITUTION)))
          .append(',')
          .append(number(m.satisfaction(ActorKind.INHABITANT)))
          .append(',')
          .append(number(m.satisfaction(ActorKind.ASSOCIATION)))
          .append(',')
          .append(m.end().name().toLowerCase(Locale.ROOT))
          .append(',')
          .append(m.proposals())
          .append(',')
          .append(number(m.paretoDistance()))
          .append(',')
          .append(number(m.nashDistance()))
          .append(',')
          .append(row.commands())
          .append(',')
          .append(c.strategy().name().toLowerCase(Locale.ROOT))
          .append(',')
          .append(c.stakes())
          .append(',')
          .append(c.proposals())
          .append(',')
          .append(number(c.harmThreshold()))
          .append(',')
          .append(number(c.heterogeneity()))
          .append(',')
          .append(number(c.amendmentStep()))
          .append(',')
          .append(number(c.mergeSimilarity()))
          .append(',')
          .append(number(c.institutionShare()))
          .append(',')
          .append(number(c.inhabitantShare()))
          .append(',')
          .append(number(c.associationShare()))
          .append(',')
          .append(number(c.institutionPropensity()))
          .append(',')
          .append(number(c.inhabitantPropensity()))
          .append(',')
          .append(number(c.associationPropensity()))
          .append(',')
          .append(c.roundRule().map(BallotRule::label).orElse(CHARTER_ROUNDS));
      if (evaluated) {
        Optional<RunMetrics.Evaluation> e = m.evaluation();
        csv.append(',').append(number(e.map(RunMetrics.Evaluation::agreement).orElse(Double.NaN)));
        for (ResourceKind kind : ResourceKind.values()) {
          csv.append(',').append(number(e.map(v -> v.delivery(kind)).orElse(Double.NaN)));
        }
        csv.append(',')
            .append(number(c.deliveryShare()))
            .append(',')
            .append(number(c.deliveryVariation()));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * One row per run and college: the mean satisfaction of the college's members.
   *
   * @param rows the rows of a batch
   * @return the CSV text, header included
   */
  public static String colleges(List<Batch.Row> rows) {
    checkNotNull(rows, "rows must not be null");
    StringBuilder csv = new StringBuilder(COLLEGES_HEADER).append('\n');
    for (Batch.Row row : rows) {
      for (Map.Entry<CollegeId, Double> college :
          row.metrics().satisfactionByCollege().entrySet()) {
        csv.append(row.run())
            .append(',')
            .append(row.seed())
            .append(',')
            .append(row.cell().logic())
            .append(',')
            .append(row.cell().config().actors())
            .append(',')
            .append(college.getKey().value())
            .append(',')
            .append(number(college.getValue()))
            .append('\n');
      }
    }
    return csv.toString();
  }

  /** Six decimals with a dot, or {@code NA}. */
  static String number(double value) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.6f", value);
  }
}
