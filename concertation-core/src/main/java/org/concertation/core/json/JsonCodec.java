package org.concertation.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * Events, commands, charters and the api's other values to and from JSON, as described in the
 * reference {@code org/concertation/core/json/mapping.md} (a resource of this jar).
 *
 * <p>Writing is deterministic: the same value always gives the same compact text, fields under the
 * keys and in the order that the mapping lists (never derived from the Java names), so that the
 * text can be hashed and stays the same when a component is renamed. Reading tolerates unknown
 * fields and is otherwise strict: it refuses malformed JSON, a missing field and a value of another
 * JSON type (no string read as a number, no decimal as an integer) with a {@link
 * JsonCodecException} that says what was expected and where. For every event {@code e}, {@code
 * readEvent(writeEvent(e)).equals(e)}; likewise for commands and charters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonCodec {
  /** The schema version written in every event; readers accept versions 1 to this one. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonCodec INSTANCE = new JsonCodec();

  private final ObjectMapper json =
      JsonMapper.builder()
          .nodeFactory(Mappings.NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private JsonCodec() {}

  /**
   * The codec.
   *
   * @return the codec
   */
  public static JsonCodec create() {
    return INSTANCE;
  }

  /**
   * The names of the {@code type} discriminator of events, in the api's order.
   *
   * @return the names
   */
  public ImmutableSet<String> eventTypes() {
    return TreeMapper.EVENTS.types();
  }

  /**
   * The names of the {@code type} discriminator of commands, in the api's order.
   *
   * @return the names
   */
  public ImmutableSet<String> commandTypes() {
    return TreeMapper.COMMANDS.types();
  }

  /**
   * An event as compact JSON text.
   *
   * @param event the event
   * @return its JSON, with {@code type} and {@code schemaVersion} first
   */
  public String writeEvent(Event event) {
    return text(toTree(event));
  }

  /**
   * A command as compact JSON text.
   *
   * @param command the command
   * @return its JSON, with {@code type} first
   */
  public String writeCommand(Command command) {
    return text(toTree(command));
  }

  /**
   * A charter as compact JSON text.
   *
   * @param charter the charter
   * @return its JSON
   */
  public String writeCharter(Charter charter) {
    return text(toTree(charter));
  }

  /**
   * An event from JSON text.
   *
   * @param text the JSON
   * @return the event
   * @throws JsonCodecException if the text is malformed or is not a valid event
   */
  public Event readEvent(String text) {
    return readEvent(parse(text), "$");
  }

  /**
   * A command from JSON text.
   *
   * @param text the JSON
   * @return the command
   * @throws JsonCodecException if the text is malformed or is not a valid command
   */
  public Command readCommand(String text) {
    return readCommand(parse(text), "$");
  }

  /**
   * A charter from JSON text.
   *
   * @param text the JSON
   * @return the charter
   * @throws JsonCodecException if the text is malformed or is not a valid charter
   */
  public Charter readCharter(String text) {
    return readCharter(parse(text), "$");
  }

  /**
   * An event from a JSON tree, found at a path of a larger document.
   *
   * @param node the tree
   * @param path where it is, for messages: {@code $} for a root
   * @return the event
   * @throws JsonCodecException if the tree is not a valid event
   */
  public Event readEvent(JsonNode node, String path) {
    return read(node, Event.class, path);
  }

  /**
   * A command from a JSON tree, found at a path of a larger document.
   *
   * @param node the tree
   * @param path where it is, for messages
   * @return the command
   * @throws JsonCodecException if the tree is not a valid command
   */
  public Command readCommand(JsonNode node, String path) {
    return read(node, Command.class, path);
  }

  /**
   * A charter from a JSON tree, found at a path of a larger document.
   *
   * @param node the tree
   * @param path where it is, for messages
   * @return the charter
   * @throws JsonCodecException if the tree is not a valid charter
   */
  public Charter readCharter(JsonNode node, String path) {
    return read(node, Charter.class, path);
  }

  /**
   * A value of one of the api's types (an event, a command, a charter, or a record such as {@link
   * org.concertation.api.domain.Actor}) from a JSON tree.
   *
   * @param node the tree
   * @param type the type
   * @param path where it is, for messages
   * @param <T> the type
   * @return the value
   * @throws JsonCodecException if the tree is not a valid value of the type
   */
  public <T> T read(JsonNode node, Class<T> type, String path) {
    checkNotNull(node, "node must not be null");
    checkNotNull(type, "type must not be null");
    checkNotNull(path, "path must not be null");
    return TreeMapper.read(node, type, path);
  }

  /**
   * A value of one of the api's types as a JSON tree.
   *
   * @param value an event, a command, a charter, or a record of the api
   * @return its tree
   * @throws IllegalArgumentException if the value's type has no mapping
   */
  public JsonNode toTree(Object value) {
    return TreeMapper.write(checkNotNull(value, "value must not be null"));
  }

  /**
   * Parses JSON text into a tree, refusing malformed text, duplicate keys and trailing content.
   *
   * @param text the text
   * @return the tree
   * @throws JsonCodecException with the line and column of the first problem
   */
  public JsonNode parse(String text) {
    checkNotNull(text, "text must not be null");
    try (JsonParser parser = json.createParser(text)) {
      JsonNode node = json.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new JsonCodecException("$", "Malformed JSON: the text holds no value");
      }
      if (parser.nextToken() != null) {
        throw new JsonCodecException(
            "$",
            "Malformed JSON"
                + where(parser.currentTokenLocation())
                + ": more content after the value, where the text should end");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new JsonCodecException(
          "$", "Malformed JSON" + where(e.getLocation()) + ": " + withoutSource(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read JSON text: " + e.getMessage(), e);
    }
  }

  /**
   * The parser's message without the source it would name: where an object or array left open
   * started, it names a redacted source, which says nothing to a reader.
   */
  private static String withoutSource(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int source = message.indexOf(" (start marker at [Source:");
    return source < 0 ? message : message.substring(0, source);
  }

  private static String where(@Nullable JsonLocation at) {
    return at == null
        ? ""
        : String.format(" at line %s, column %s", at.getLineNr(), at.getColumnNr());
  }

  /**
   * A tree as compact JSON text.
   *
   * @param node the tree
   * @return its text
   */
  public String text(JsonNode node) {
    checkNotNull(node, "node must not be null");
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JsonCodec{schemaVersion=" + SCHEMA_VERSION + "}";
  }
}
