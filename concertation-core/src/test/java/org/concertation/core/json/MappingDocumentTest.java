package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.junit.jupiter.api.Test;

/** The reference of the mapping stays in step with the api's records. */
class MappingDocumentTest {
  private static String document() throws IOException {
    try (InputStream in = JsonCodec.class.getResourceAsStream("mapping.md")) {
      assertThat(in).as("mapping.md beside JsonCodec").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void documentsEveryEventWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.Member<? extends Event> member : TreeMapper.EVENTS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
  }

  @Test
  void documentsEveryCommandWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.Member<? extends Command> member : TreeMapper.COMMANDS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
  }

  @Test
  void everyEventAndCommandTypeOfTheApiHasAMapping() {
    assertThat(TreeMapper.EVENTS.classes())
        .containsExactlyInAnyOrder(Event.class.getPermittedSubclasses());
    assertThat(TreeMapper.COMMANDS.classes())
        .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
  }

  private static String namesInRow(String document, String type) {
    String start = "| `" + type + "` | ";
    int at = document.indexOf(start);
    assertThat(at).as("a row for %s", type).isNotNegative();
    String line = document.substring(at + start.length(), document.indexOf('\n', at));
    return Arrays.stream(line.split(", (?=`)"))
        .map(field -> field.substring(1, field.indexOf('`', 1)))
        .collect(Collectors.joining(","));
  }
}
