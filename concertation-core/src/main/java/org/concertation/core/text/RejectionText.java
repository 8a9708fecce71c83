package org.concertation.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.rejection.Rejection;

/**
 * A {@link Rejection} said in a language: the message {@code rejection.<Type>} of the texts'
 * bundle, its arguments the rejection's components in order (enums by their labels, a refused
 * command's type by its words {@code command.<Type>}, instants in the texts' zone, numbers in the
 * language's format, collections as lists), then the size of each collection or map among them, in
 * order, for the plurals. Both of the library's languages hold a message for every rejection (a
 * test enumerates them); a host's bundle without one says it as {@link Rejection#message()}, the
 * api's technical English, does.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RejectionText {
  private RejectionText() {}

  /**
   * The rejection in the texts' language.
   *
   * @param rejection the rejection
   * @param texts the language and zone
   * @return the message
   */
  public static String message(Rejection rejection, Texts texts) {
    checkNotNull(rejection, "rejection must not be null");
    checkNotNull(texts, "texts must not be null");
    String key = key(rejection.getClass());
    return texts.has(key) ? texts.text(key, arguments(rejection, texts)) : rejection.message();
  }

  /**
   * The key of a rejection type's message.
   *
   * @param type the type, one of {@link Rejection}'s permitted records
   * @return {@code rejection.<Type>}
   */
  public static String key(Class<?> type) {
    checkNotNull(type, "type must not be null");
    return "rejection." + type.getSimpleName();
  }

  /**
   * The key of a command type's words, as a refused command is named.
   *
   * @param type the type, one of {@link Command}'s permitted records
   * @return {@code command.<Type>}
   */
  public static String commandKey(Class<?> type) {
    checkNotNull(type, "type must not be null");
    return "command." + type.getSimpleName();
  }

  /** The components of the rejection, then the sizes of its collections and maps. */
  static Object[] arguments(Rejection rejection, Texts texts) {
    RecordComponent[] components = rejection.getClass().getRecordComponents();
    checkNotNull(components, "rejection %s is not a record", rejection.getClass());
    List<Object> values = new ArrayList<>();
    List<Object> sizes = new ArrayList<>();
    for (RecordComponent component : components) {
      Object value = value(component, rejection);
      values.add(argument(value, texts));
      if (value instanceof Collection<?> collection) {
        sizes.add(collection.size());
      } else if (value instanceof Map<?, ?> map) {
        sizes.add(map.size());
      }
    }
    values.addAll(sizes);
    return values.toArray();
  }

  private static Object value(RecordComponent component, Rejection rejection) {
    try {
      return checkNotNull(
          component.getAccessor().invoke(rejection),
          "component %s of %s is null",
          component.getName(),
          rejection);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot read " + component.getName() + " of " + rejection.getClass().getSimpleName(), e);
    }
  }

  /** A component as a reader reads it; numbers stay numbers, for the message's own formats. */
  private static Object argument(Object value, Texts texts) {
    if (value instanceof BigDecimal decimal) {
      return texts.number(decimal);
    }
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof LocalDate day) {
      return texts.day(day);
    }
    if (value instanceof Enum<?> constant) {
      return texts.label(constant);
    }
    if (value instanceof ActorKind kind) {
      return texts.kind(kind);
    }
    if (value instanceof Instant at) {
      return texts.date(at);
    }
    if (value instanceof Class<?> type) {
      String key = commandKey(type);
      return texts.has(key) ? texts.text(key) : type.getSimpleName();
    }
    if (value instanceof Collection<?> collection) {
      List<String> items = new ArrayList<>();
      collection.forEach(item -> items.add(String.valueOf(argument(item, texts))));
      return texts.list(items);
    }
    if (value instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>();
      map.forEach(
          (k, v) -> items.add(texts.text("format.entry", argument(k, texts), argument(v, texts))));
      return texts.list(items);
    }
    return String.valueOf(value);
  }
}
