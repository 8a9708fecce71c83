package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
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
  void documentsEveryEventWithItsFieldsInWrittenOrder() throws IOException {
    String document = document();
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      assertThat(namesInRow(document, type)).as(type.getSimpleName()).isEqualTo(names(type));
    }
  }

  @Test
  void documentsEveryCommandWithItsFieldsInWrittenOrder() throws IOException {
    String document = document();
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      assertThat(namesInRow(document, type)).as(type.getSimpleName()).isEqualTo(names(type));
    }
  }

  private static String names(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.joining(","));
  }

  private static String namesInRow(String document, Class<?> type) {
    String start = "| `" + type.getSimpleName() + "` | ";
    int at = document.indexOf(start);
    assertThat(at).as("a row for %s", type.getSimpleName()).isNotNegative();
    String line = document.substring(at + start.length(), document.indexOf('\n', at));
    return Arrays.stream(line.split(", (?=`)"))
        .map(field -> field.substring(1, field.indexOf('`', 1)))
        .collect(Collectors.joining(","));
  }
}
