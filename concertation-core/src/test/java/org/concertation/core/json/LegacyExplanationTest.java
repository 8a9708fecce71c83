package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Outcome;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.text.GroundsText;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/** Outcomes stored with an English explanation, before their grounds were structured. */
class LegacyExplanationTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  /** Every outcome of the golden logs that holds a legacy explanation. */
  private static List<Outcome> legacyOutcomes() throws Exception {
    URL url = LegacyExplanationTest.class.getResource("golden");
    assertThat(url).isNotNull();
    List<Outcome> outcomes = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
          var node = CODEC.parse(line).get("event");
          if (node != null
              && CODEC.readEvent(node, "$.event") instanceof Event.RoundClosed closed) {
            closed.decisions().stream()
                .map(RoundDecision::outcome)
                .filter(o -> o.legacyExplanation().isPresent())
                .forEach(outcomes::add);
          }
        }
      }
    }
    return outcomes;
  }

  @Test
  void theGroundsRecomputedFromAnOldOutcomeSayInEnglishExactlyWhatItsExplanationSaid()
      throws Exception {
    List<Outcome> outcomes = legacyOutcomes();
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(outcomes).anyMatch(o -> o.grounds() instanceof Grounds.Blocked);
    for (Outcome outcome : outcomes) {
      assertThat(GroundsText.explanation(outcome, ENGLISH, id -> "'" + id.value() + "'"))
          .isEqualTo(outcome.legacyExplanation().orElseThrow());
    }
  }

  @Test
  void anOldOutcomeEqualsTheSameOutcomeDecidedNowAndIsWrittenBackWithItsExplanation()
      throws Exception {
    for (Outcome old : legacyOutcomes()) {
      Outcome now = new Outcome(old.rule(), old.verdict(), old.tie(), old.tally(), old.grounds());
      assertThat(now).isEqualTo(old).hasSameHashCodeAs(old);
      String written = CODEC.text(CODEC.toTree(old));
      assertThat(written).contains("\"explanation\":").doesNotContain("\"grounds\":");
      assertThat(CODEC.text(CODEC.toTree(now)))
          .contains("\"grounds\":{\"type\":")
          .doesNotContain("\"explanation\":");
    }
  }

  @Test
  void refusesAnOutcomeWithNeitherGroundsNorExplanation() throws Exception {
    Outcome any = legacyOutcomes().get(0);
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) CODEC.toTree(any);
    tree.remove("explanation");
    assertThatThrownBy(() -> CODEC.read(tree, Outcome.class, "$"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageContaining("it needs its grounds");
  }
}
