package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.P1;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.report.PublicReport;
import org.concertation.core.store.Snapshot;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The report's section on means and expected effects, in English and French, and the snapshot of a
 * state that holds expected effects.
 */
class MeansReportSpec {
  private static final Charter CHARTER =
      Charter.builder().from(Charters.projectLogic()).currency(Currency.getInstance("EUR")).build();

  private final Fixture f = new Fixture();

  /** Ines commits 20 hours and delivers 24; the landlord commits 3000 EUR and delivers 2500. */
  private Run delivered() {
    Run run = f.inNegotiation(CHARTER);
    run.ok(
        new Command.ExpectEffect(
            INES.id(),
            f.at(),
            IndicatorId.of("e1"),
            EffectTarget.proposal(P1),
            "young people in the workshops",
            "people",
            BigDecimal.valueOf(40),
            LocalDate.of(2027, 6, 30)));
    run.ok(
        f.openRound(FACILITATOR, P1),
        f.position(INES, P1, org.concertation.api.domain.Stance.SUPPORT),
        f.position(Fixture.ASSO, P1, org.concertation.api.domain.Stance.SUPPORT),
        f.position(LANDLORD, P1, org.concertation.api.domain.Stance.SUPPORT),
        f.closeRound(FACILITATOR),
        f.adopt(FACILITATOR, O1, P1),
        f.advance(FACILITATOR),
        f.launch(FACILITATOR, A1, O1),
        f.commit(INES, A1),
        new Command.Commit(LANDLORD.id(), f.at(), A1, Resource.money(3000)));
    run.ok(
        Command.RecordDelivery.of(
            INES.id(), f.at(), A1, 1, ResourceKind.HOURS, BigDecimal.valueOf(24), Optional.empty()),
        Command.RecordDelivery.of(
            LANDLORD.id(),
            f.at(),
            A1,
            2,
            ResourceKind.MONEY,
            BigDecimal.valueOf(2500),
            Optional.empty()));
    return run;
  }

  private String report(Run run, Locale language) {
    return PublicReport.of("Square", ProcessHistory.of(CHARTER, run.events()), Texts.of(language))
        .markdown();
  }

  @Test
  void theReportShowsCommittedAgainstDeliveredAndTheExpectedEffectsInEnglish() {
    String report = report(delivered(), Locale.ENGLISH);

    assertThat(report)
        .contains("## Means mobilised and expected effects")
        .contains(
            "| e1 | proposal p1 | young people in the workshops | people | 40 | 2027-06-30 |"
                + " not observed yet |")
        .contains("| a1 | 1 | inhabitant 1 (college inhabitants) | hours | 20 h | 24 h | 120% |")
        .contains("| a1 | 2 | Social landlord | money | €3,000 | €2,500 | 83% |")
        .contains("| inhabitant | hours | 20 h | 24 h | 120% |")
        .contains("| a1 | money | €3,000 | €2,500 | 83% |")
        .contains("never added to another");
  }

  @Test
  void theReportShowsTheMeansEngagedAndActuallyMobilisedInFrench() {
    String report = report(delivered(), Locale.FRENCH);

    assertThat(report)
        .contains("## Moyens mobilisés et effets attendus")
        .contains("moyens engagés | moyens effectivement mobilisés")
        .contains("valeur attendue | échéance | valeur observée")
        .contains("| 40 | 30/06/2027 | pas encore observée |")
        .contains(
            "| a1 | 2 | Social landlord | en argent | 3\u202f000\u00a0€ | 2\u202f500\u00a0€ |");
  }

  @Test
  void aReportWithNeitherAnExpectedEffectNorADeliveryHasNoSuchSection() {
    String report = report(f.inEvaluation(CHARTER), Locale.ENGLISH);

    assertThat(report).doesNotContain("Means mobilised").contains("Commitments");
  }

  @Test
  void aSnapshotKeepsTheExpectedEffectsAndOneSavedBeforeThemReadsWithNone() {
    ProcessState state = delivered().state();
    StateCodec codec = StateCodec.create();
    Snapshot snapshot = codec.encode("square", state);

    assertThat(codec.decode(snapshot)).isEqualTo(state);
    assertThat(state.effects).isNotEmpty();

    ProcessState before = f.inEvaluation(CHARTER).state();
    Snapshot saved = codec.encode("square", before);
    String older =
        new String(saved.payload(), StandardCharsets.UTF_8).replace(",\"effects\":[]", "");
    assertThat(older).doesNotContain("effects");
    assertThat(
            codec.decode(
                Snapshot.of(
                    "square",
                    saved.version(),
                    saved.format(),
                    older.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(before);
  }
}
