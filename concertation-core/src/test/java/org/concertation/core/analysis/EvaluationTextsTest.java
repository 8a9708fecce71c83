package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * Every message of the evaluation profile is reached by some charter or run, and said in English
 * and in French: none is missing from a bundle, none is left in English in French.
 */
class EvaluationTextsTest {
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);
  private static final Texts FRENCH = Texts.of(Locale.FRENCH);

  /** The messages added for the evaluation profile, outside the {@code eval.} keys. */
  private static final List<String> RUN_KEYS =
      List.of(
          "run.graded.ex.ante", "run.graded.ex.post", "run.delivered.by", "run.delivered.alone");

  /** The evidence the charters' and runs' profiles and levels show, nested ones included. */
  private static List<Evidence> shown() {
    List<Evidence> shown = new ArrayList<>();
    for (ProcessHistory history : EvaluationProfileTest.histories()) {
      for (LogicProfile profile :
          List.of(LogicProfile.of(history.charter()), LogicProfile.of(history))) {
        profile.scores().values().stream()
            .flatMap(s -> s.indicators().stream())
            .forEach(i -> shown.add(i.evidence()));
      }
      for (ParticipationLevel level :
          List.of(CharterAnalysis.level(history.charter()), RunAnalysis.of(history).actual())) {
        level.findings().forEach(f -> shown.add(f.evidence()));
      }
    }
    return shown;
  }

  private static void keys(Object argument, Set<String> into) {
    if (argument instanceof Evidence evidence) {
      into.add(evidence.key());
      evidence.arguments().forEach(a -> keys(a, into));
    } else if (argument instanceof Evidence.Series series) {
      series.items().forEach(a -> keys(a, into));
    } else if (argument instanceof Iterable<?> values) {
      values.forEach(a -> keys(a, into));
    }
  }

  @Test
  void everyMessageOfTheEvaluationProfileIsReachedAndExistsInBothLanguages() {
    Set<String> reached = new TreeSet<>();
    shown().forEach(e -> keys(e, reached));
    Set<String> added = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (key.startsWith(Evidence.PREFIX + "eval.")) {
        added.add(key.substring(Evidence.PREFIX.length()));
      }
    }
    added.addAll(RUN_KEYS);
    for (ResourceKind kind : ResourceKind.values()) {
      assertThat(added).contains("eval.means." + kind.name());
    }
    assertThat(reached).containsAll(added);
    for (String key : added) {
      assertThat(ENGLISH.has(Evidence.PREFIX + key)).as(key).isTrue();
      assertThat(FRENCH.has(Evidence.PREFIX + key)).as(key).isTrue();
    }
  }

  @Test
  void everyIndicatorAndFindingOfTheEvaluationProfileIsSaidInFrenchAsAFrenchReaderReadsIt() {
    for (Evidence evidence : shown()) {
      if (!evidence.key().startsWith("eval.")
          && !evidence.key().startsWith("run.delivered.")
          && !evidence.key().equals("clauses")) {
        continue;
      }
      String french = evidence.text(FRENCH);
      assertThat(french).as(evidence.key()).isNotEqualTo(evidence.english()).doesNotContain("{");
      assertThat(french).as(evidence.key()).doesNotContain(" by ", " of ", "kinds");
    }
  }

  @Test
  void theSharesArePercentsInEachLanguage() {
    Evidence delivered =
        Evidence.of(
            "eval.run.delivered",
            Evidence.of("eval.means.MONEY"),
            new java.math.BigDecimal("0.8333333333333333"),
            EvaluationIndicators.KEPT);
    assertThat(delivered.english())
        .isEqualTo("means delivered, money: 83% of what was committed (kept at 80% or more)");
    assertThat(delivered.text(FRENCH))
        .matches(
            "moyens effectivement apportés, en argent\u00a0: 83[\\u00a0\\u202f]%"
                + " de l’engagement \\(tenu à partir de 80[\\u00a0\\u202f]%\\)");
  }
}
