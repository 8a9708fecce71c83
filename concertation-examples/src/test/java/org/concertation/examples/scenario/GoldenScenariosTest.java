package org.concertation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concertation.api.command.Command;
import org.concertation.core.json.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * The golden scenarios of every schema version keep reading and running, and their charter and
 * commands, read and written again, give the same text. A golden scenario is never edited: a new
 * command type goes into a new version's file ({@code v2-...}).
 */
class GoldenScenariosTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  private static List<Path> scenarios() throws IOException, URISyntaxException {
    URL url = GoldenScenariosTest.class.getResource("/golden");
    assertThat(url).as("the golden scenarios").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files
          .filter(f -> f.getFileName().toString().matches("v[0-9]+-scenario.*\\.json"))
          .sorted()
          .toList();
    }
  }

  @Test
  void thereIsAGoldenScenarioOfVersionOne() throws Exception {
    assertThat(scenarios())
        .extracting(f -> f.getFileName().toString())
        .contains("v1-scenario.json");
  }

  @Test
  void everyGoldenScenarioReadsAndRunsToTheEndOfItsProcess() throws Exception {
    for (Path file : scenarios()) {
      Scenario scenario = Scenario.read(file);
      assertThat(scenario.run()).as("%s", file.getFileName()).hasSameSizeAs(scenario.steps());
    }
  }

  @Test
  void theCharterAndCommandsOfEveryGoldenScenarioRewriteToTheSameText() throws Exception {
    for (Path file : scenarios()) {
      JsonNode root = CODEC.parse(Files.readString(file, StandardCharsets.UTF_8));
      Scenario scenario = Scenario.read(file);
      assertThat(CODEC.writeCharter(scenario.charter()))
          .as("%s charter", file.getFileName())
          .isEqualTo(CODEC.text(root.get("charter")));
      JsonNode commands = root.get("commands");
      int actors = root.path("actors").size();
      for (int i = 0; i < commands.size(); i++) {
        assertThat(CODEC.writeCommand(scenario.steps().get(actors + i).command()))
            .as("%s commands[%s]", file.getFileName(), i)
            .isEqualTo(CODEC.text(commands.get(i)));
      }
    }
  }

  @Test
  void theGoldenScenariosHoldEveryCommandType() throws Exception {
    Set<String> written = new HashSet<>();
    for (Path file : scenarios()) {
      for (Step step : Scenario.read(file).steps()) {
        written.add(step.command().getClass().getSimpleName());
      }
    }
    Set<String> types =
        Arrays.stream(Command.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertThat(written)
        .as("every command type in a golden scenario: add a new one to a new version's file")
        .containsAll(types);
  }
}
