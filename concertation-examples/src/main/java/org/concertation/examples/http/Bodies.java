package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.personal.Erasure;
import org.concertation.core.process.Due;
import org.concertation.core.text.RejectionText;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the service's requests and answers, read and written through the library's {@link
 * JsonCodec}. A fault in a request is a {@link Failure} (or the codec's {@code JsonCodecException})
 * that names its path from the body's root.
 */
final class Bodies {
  /** The key of a command's optional id in the body of {@code POST /processes/{id}/commands}. */
  static final String COMMAND_ID = "commandId";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonCodec CODEC = JsonCodec.create();

  private Bodies() {}

  /** A request body that must be a JSON object. */
  static ObjectNode object(String body) {
    JsonNode root = CODEC.parse(body);
    if (!root.isObject()) {
      throw Failure.badJson("$", "Invalid JSON at $: expected an object, got " + type(root), null);
    }
    return (ObjectNode) root;
  }

  /**
   * The charter of {@code PUT /processes/{id}}: a ready-made charter's name ({@code project},
   * {@code mission}, {@code prospective}) or a charter object.
   */
  static Charter charter(ObjectNode root) {
    JsonNode node = root.path("charter");
    if (node.isTextual()) {
      // a name of the client's is not echoed whole
      return Charters.named(node.textValue())
          .orElseThrow(
              () ->
                  Failure.badJson(
                      "$.charter",
                      "Invalid JSON at $.charter: unknown charter, expected \"project\","
                          + " \"mission\", \"prospective\" or a charter object",
                      null));
    } else if (node.isObject()) {
      return CODEC.readCharter(node, "$.charter");
    }
    throw Failure.badJson(
        "$.charter",
        "Invalid JSON at $.charter: expected \"project\", \"mission\", \"prospective\" or a charter object,"
            + " got "
            + type(node),
        null);
  }

  /** The optional title of {@code PUT /processes/{id}}. */
  static String title(ObjectNode root, String otherwise) {
    JsonNode node = root.path("title");
    if (node.isMissingNode() || node.isNull()) {
      return otherwise;
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      throw Failure.badJson(
          "$.title", "Invalid JSON at $.title: expected a text, got " + type(node), null);
    }
    return node.textValue();
  }

  /** The optional id of a command. */
  static Optional<CommandId> commandId(ObjectNode root) {
    JsonNode node = root.path(COMMAND_ID);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    String path = "$." + COMMAND_ID;
    if (!node.isTextual()) {
      throw Failure.badJson(
          path, "Invalid JSON at " + path + ": expected a text, got " + type(node), null);
    }
    try {
      return Optional.of(CommandId.of(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw Failure.badJson(path, "Invalid JSON at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * A command from a body without {@code by} and {@code at}, issued by an actor and stamped at the
   * instant given to the function. The body is read once now, so that its faults are found before
   * anything is decided.
   */
  static Function<Instant, Command> command(ObjectNode root, ActorId by, Instant now) {
    for (String field : List.of("by", "at")) {
      if (root.has(field)) {
        throw Failure.badJson(
            "$." + field,
            "Invalid JSON at $."
                + field
                + ": set by the service (who from the bearer token, when from its clock); leave"
                + " it out",
            null);
      }
    }
    ObjectNode command = root.deepCopy();
    command.remove(COMMAND_ID);
    command.put("by", by.value());
    Function<Instant, Command> stamped =
        at -> CODEC.readCommand(command.deepCopy().put("at", at.toString()), "$");
    Command unused = stamped.apply(now); // or throws, with the fault's path
    return stamped;
  }

  /** The answer to {@code PUT /processes/{id}}. */
  static ObjectNode opened(String stream, String title) {
    ObjectNode answer = NODES.objectNode();
    answer.put("stream", stream);
    answer.put("title", title);
    return answer;
  }

  /** One line of {@code GET /processes/{id}/events}: {@code {"version": N, "event": {...}}}. */
  static ObjectNode line(StoredEvent<Event> stored) {
    ObjectNode line = NODES.objectNode();
    line.put("version", stored.version());
    line.set("event", CODEC.toTree(stored.event()));
    return line;
  }

  /**
   * The summary of a process ({@link ProcessSummary}, the object {@code concertation replay --json}
   * prints), its head the chain head of what the store holds ({@link Erasure#head}): the hash of
   * the last line of the hash-chained log ({@link org.concertation.core.log.EventLog}) of its
   * events, with the salts and digests that the store keeps, the same on every instance and after
   * an erasure.
   */
  static JsonNode summary(String stream, Charter charter, List<Event> events) {
    String head = Erasure.head(stream, charter, events);
    return CODEC.toTree(ProcessSummary.of(stream, head, ProcessHistory.of(charter, events)));
  }

  /** The answer to an accepted command. */
  static ObjectNode accepted(long version, List<Event> events) {
    ObjectNode answer = NODES.objectNode();
    answer.put("version", version);
    ArrayNode array = answer.putArray("events");
    for (Event event : events) {
      array.add(CODEC.toTree(event));
    }
    return answer;
  }

  /**
   * The answer to a rejected command: {@code {"rejection": {"type": NAME, ...its values},
   * "message": ...}}, each value under the name of the rejection's component; the message in a
   * language (English or French, from the library's texts), the rest the same in every language.
   */
  static ObjectNode rejected(Rejection rejection, Locale language) {
    ObjectNode answer = NODES.objectNode();
    answer.set("rejection", record(rejection));
    answer.put("message", RejectionText.message(rejection, Texts.of(language)));
    return answer;
  }

  /**
   * The language of an {@code Accept-Language} header among those the library speaks, by the
   * client's order of preference; English when the header is absent, malformed or names none.
   */
  static Locale language(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Texts.LANGUAGES);
      return chosen == null ? Locale.ENGLISH : chosen;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH; // a malformed header asks for nothing in particular
    }
  }

  /**
   * The answer to {@code GET /processes/{id}/due}: {@code {"at": INSTANT, "items": [{"type": NAME,
   * ...its values, "overdue": true|false}]}}.
   */
  static ObjectNode due(Instant at, List<Due.Item> items) {
    ObjectNode answer = NODES.objectNode();
    answer.put("at", at.toString());
    ArrayNode array = answer.putArray("items");
    for (Due.Item item : items) {
      array.add(record(item).put("overdue", item.overdue()));
    }
    return answer;
  }

  /** A record of the api (every rejection and due item is one) as {@code {"type": NAME, ...}}. */
  private static ObjectNode record(Object value) {
    checkArgument(value.getClass().isRecord(), "Invalid value %s: not a record", value.getClass());
    ObjectNode fields = NODES.objectNode();
    fields.put("type", value.getClass().getSimpleName());
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      try {
        fields.set(component.getName(), value(component.getAccessor().invoke(value)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
    return fields;
  }

  /**
   * A value inside a rejection or a due item: as the codec writes it, a command's type by its
   * type's name, a record of other values as an object of its components.
   */
  private static JsonNode value(Object value) {
    if (value instanceof Class<?> type) {
      return NODES.textNode(type.getSimpleName());
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Integer number) {
      return NODES.numberNode(number);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof Enum<?> constant) {
      return NODES.textNode(constant.name());
    } else if (value instanceof Instant at) {
      return NODES.textNode(at.toString());
    } else if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? value(optional.get()) : NODES.nullNode();
    } else if (value instanceof Collection<?> values) {
      ArrayNode array = NODES.arrayNode();
      values.forEach(v -> array.add(value(v)));
      return array;
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(key(value(k)), value(v)));
      return object;
    }
    try {
      return CODEC.toTree(value);
    } catch (IllegalArgumentException e) {
      // no mapping of its own: a record of values the cases above write
      if (value instanceof Record record) {
        return record(record).without("type");
      }
      throw e;
    }
  }

  private static String key(JsonNode node) {
    return node.isTextual() ? node.textValue() : CODEC.text(node);
  }

  /** The body of a refusal: {@code {"message": ..., "path": ...}}, the path when known. */
  static ObjectNode failure(String message, @Nullable String path) {
    ObjectNode answer = NODES.objectNode();
    answer.put("message", message);
    if (path != null) {
      answer.put("path", path);
    }
    return answer;
  }

  /** What a JSON value is, for messages, without quoting it. */
  private static String type(JsonNode node) {
    return node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** Writes a tree as compact text. */
  static String text(JsonNode node) {
    return CODEC.text(node);
  }
}
