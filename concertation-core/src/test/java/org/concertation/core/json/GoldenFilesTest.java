package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.junit.jupiter.api.Test;

/**
 * The golden files of every schema version keep reading, and writing what was read gives them back
 * byte for byte. A golden file is never edited: a new event type or field goes into a new version's
 * files ({@code v2-...}), beside the old ones.
 */
class GoldenFilesTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final EventLog LOG = EventLog.create();

  private static Path golden() throws URISyntaxException {
    URL url = GoldenFilesTest.class.getResource("golden");
    assertThat(url).as("the golden files beside this test's package").isNotNull();
    return Path.of(url.toURI());
  }

  private static List<Path> files(String suffix) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(golden())) {
      return files
          .filter(f -> f.getFileName().toString().matches("v[0-9]+-.*\\Q" + suffix + "\\E"))
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void thereAreGoldenLogsAndChartersOfVersionOne() throws Exception {
    assertThat(files(".jsonl"))
        .extracting(f -> f.getFileName().toString())
        .contains("v1-events.jsonl");
    assertThat(files("charter.json"))
        .extracting(f -> f.getFileName().toString())
        .contains("v1-charter.json");
  }

  @Test
  void everyGoldenLogVerifiesAndRewritesToTheSameBytes() throws Exception {
    for (Path file : files(".jsonl")) {
      VerifiedLog log = LOG.read(file);
      // a log of an older format: its own header, its events chained again after it in its format
      String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
      List<String> lines = new ArrayList<>(List.of(header));
      lines.addAll(LOG.chain(LOG.formatVersion(file), LOG.hashOf(header), 1, log.events()));
      if (log.sealed()) {
        lines.add(LOG.seal(log.events().size(), log.head()));
      }
      String rewritten = String.join("\n", lines);
      assertThat(rewritten + "\n").as("%s rewritten", file.getFileName()).isEqualTo(read(file));
    }
  }

  @Test
  void everyEventOfAGoldenLogRewritesToTheSameText() throws Exception {
    for (Path file : files(".jsonl")) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        JsonNode event = CODEC.parse(line).get("event");
        if (event == null) {
          continue; // the seal that ends a sealed log holds no event
        }
        assertThat(CODEC.writeEvent(CODEC.readEvent(event, "$.event")))
            .as("%s", file.getFileName())
            .isEqualTo(CODEC.text(event));
      }
    }
  }

  @Test
  void everyGoldenLogFoldsIntoAProcess() throws Exception {
    ConcertationDecider decider = ConcertationDecider.create();
    for (Path file : files(".jsonl")) {
      VerifiedLog log = LOG.read(file);
      ProcessState end = decider.fold(decider.initialState(log.charter()), log.events());
      assertThat(end.version()).as("%s", file.getFileName()).isEqualTo(log.events().size());
      assertThat(end.phase().isTerminal()).as("%s ends its process", file.getFileName()).isTrue();
    }
  }

  @Test
  void theGoldenLogsHoldEveryEventType() throws Exception {
    Set<String> written = new HashSet<>();
    for (Path file : files(".jsonl")) {
      for (Event event : LOG.read(file).events()) {
        written.add(event.getClass().getSimpleName());
      }
    }
    Set<String> types =
        Arrays.stream(Event.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertThat(written)
        .as("every event type in a golden log: add a new one to a new version's file")
        .containsAll(types);
  }

  @Test
  void everyGoldenCharterReadsAndRewritesToTheSameBytes() throws Exception {
    for (Path file : files("charter.json")) {
      Charter charter = CODEC.readCharter(read(file));
      assertThat(CODEC.writeCharter(charter) + "\n")
          .as("%s rewritten", file.getFileName())
          .isEqualTo(read(file));
    }
  }

  @Test
  void theGoldenCharterOfVersionOneSetsEveryFieldAwayFromItsDefault() throws Exception {
    Path file = golden().resolve("v1-charter.json");
    Charter charter = CODEC.readCharter(read(file));
    List<String> keys = new ArrayList<>();
    CODEC.parse(read(file)).fieldNames().forEachRemaining(keys::add);

    assertThat(keys)
        .containsExactly(
            "name",
            "phases",
            "grants",
            "colleges",
            "diagnosisKinds",
            "rule",
            "roundRules",
            "roundLimit",
            "deadlines",
            "reopenable",
            "minCarrierKinds",
            "answersOwed",
            "ownerMayOverrule");
    assertThat(charter.colleges()).isNotEmpty();
    assertThat(charter.diagnosisKinds()).isNotEmpty();
    assertThat(charter.roundRules()).isNotEmpty();
    assertThat(charter.deadlines()).isNotEmpty();
    assertThat(charter.reopenable()).isNotEmpty();
    assertThat(charter.roundLimit()).isNotEqualTo(3);
    assertThat(charter.minCarrierKinds()).isNotEqualTo(1);
    assertThat(charter.answersOwed()).isFalse();
    assertThat(charter.ownerMayOverrule()).isTrue();
    assertThat(charter.grants())
        .anySatisfy(
            g -> {
              assertThat(g.roles()).isNotEmpty();
              assertThat(g.kinds()).isNotEmpty();
              assertThat(g.phases()).isNotEmpty();
            });
  }
}
