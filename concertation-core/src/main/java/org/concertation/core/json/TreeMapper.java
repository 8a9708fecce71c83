package org.concertation.core.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * Maps the api's values to and from Jackson trees by their declared types: records field by field,
 * sealed families with a {@code type} discriminator, single-string records (identities, kinds) as
 * strings. The reference of the mapping is {@code mapping.md} beside this package's classes.
 */
final class TreeMapper {
  static final String TYPE = "type";
  static final String SCHEMA_VERSION = "schemaVersion";

  private static final List<String> CHARTER_FIELDS =
      List.of(
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

  /** What the mapper needs of a record type, looked up once per type. */
  private static final class Shape {
    final RecordComponent[] components;
    final Method[] accessors;
    final Constructor<?> constructor;
    final Optional<Class<?>> family;
    final boolean singleString;

    Shape(Class<?> type) {
      components = type.getRecordComponents();
      accessors = new Method[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        types[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new AssertionError("No canonical constructor in " + type, e);
      }
      family = familyOf(type);
      singleString = family.isEmpty() && components.length == 1 && types[0] == String.class;
    }
  }

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return new Shape(type);
        }
      };

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final int schemaVersion;
  private final Map<Class<?>, Map<String, Class<?>>> families = new ConcurrentHashMap<>();

  TreeMapper(int schemaVersion) {
    this.schemaVersion = schemaVersion;
  }

  JsonNodeFactory nodes() {
    return nodes;
  }

  // ---------------------------------------------------------------- writing

  JsonNode write(Object value) {
    checkNotNull(value, "value must not be null");
    if (value instanceof String s) {
      return nodes.textNode(s);
    } else if (value instanceof Integer i) {
      return nodes.numberNode(i);
    } else if (value instanceof Long l) {
      return nodes.numberNode(l);
    } else if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    } else if (value instanceof BigDecimal d) {
      return nodes.textNode(d.toString());
    } else if (value instanceof Instant t) {
      return nodes.textNode(t.toString());
    } else if (value instanceof Enum<?> e) {
      return nodes.textNode(e.name());
    } else if (value instanceof Optional<?> o) {
      return o.isPresent() ? write(o.get()) : nodes.nullNode();
    } else if (value instanceof Collection<?> c) {
      ArrayNode array = nodes.arrayNode();
      for (Object element : c) {
        array.add(write(element));
      }
      return array;
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode object = nodes.objectNode();
      for (Map.Entry<?, ?> entry : m.entrySet()) {
        object.set(keyOf(entry.getKey()), write(entry.getValue()));
      }
      return object;
    } else if (value instanceof Charter charter) {
      return writeCharter(charter);
    } else if (value instanceof Record r) {
      return writeRecord(r);
    }
    throw new IllegalArgumentException(
        String.format("No JSON mapping for '%s' of %s", value, value.getClass()));
  }

  private JsonNode writeRecord(Record r) {
    Class<?> type = r.getClass();
    Shape shape = SHAPES.get(type);
    if (shape.singleString) {
      return nodes.textNode((String) component(r, shape.accessors[0]));
    }
    ObjectNode object = nodes.objectNode();
    Optional<Class<?>> family = shape.family;
    if (family.isPresent()) {
      object.put(TYPE, type.getSimpleName());
      if (family.get() == Event.class) {
        object.put(SCHEMA_VERSION, schemaVersion);
      }
    }
    for (int i = 0; i < shape.components.length; i++) {
      Object value = component(r, shape.accessors[i]);
      if (value instanceof Optional<?> o && o.isEmpty()) {
        continue;
      }
      object.set(shape.components[i].getName(), write(value));
    }
    return object;
  }

  private ObjectNode writeCharter(Charter charter) {
    ObjectNode object = nodes.objectNode();
    for (String field : CHARTER_FIELDS) {
      try {
        object.set(field, write(Charter.class.getMethod(field).invoke(charter)));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("Charter has no accessible attribute " + field, e);
      }
    }
    return object;
  }

  private String keyOf(Object key) {
    JsonNode node = write(key);
    if (node.isTextual()) {
      return node.textValue();
    } else if (node.isIntegralNumber()) {
      return node.asText();
    }
    throw new IllegalArgumentException(String.format("No JSON key for '%s'", key));
  }

  private static Object component(Record r, Method accessor) {
    try {
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot read " + accessor + " of " + r.getClass(), e);
    }
  }

  // ---------------------------------------------------------------- reading

  Object read(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return node == null || node.isNull() || node.isMissingNode()
          ? Optional.empty()
          : Optional.of(read(node, argument(type, 0), path));
    }
    if (node == null || node.isMissingNode()) {
      throw new JsonCodecException(path, String.format("Invalid JSON at %s: missing value", path));
    }
    if (raw == String.class) {
      return expect(node.isTextual(), node, "a string", path).textValue();
    } else if (raw == int.class || raw == Integer.class) {
      return expect(node.isIntegralNumber() && node.canConvertToInt(), node, "an integer", path)
          .intValue();
    } else if (raw == long.class || raw == Long.class) {
      return expect(node.isIntegralNumber() && node.canConvertToLong(), node, "an integer", path)
          .longValue();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return expect(node.isBoolean(), node, "true or false", path).booleanValue();
    } else if (raw == BigDecimal.class) {
      return readDecimal(node, path);
    } else if (raw == Instant.class) {
      expect(node.isTextual(), node, "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\"", path);
      try {
        return Instant.parse(node.textValue());
      } catch (DateTimeParseException e) {
        throw invalid(node, "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\"", path, e);
      }
    } else if (raw.isEnum()) {
      return readEnum(node, raw, path);
    } else if (raw == List.class || raw == ImmutableList.class) {
      return ImmutableList.copyOf(readElements(node, argument(type, 0), path));
    } else if (raw == Set.class || raw == ImmutableSet.class) {
      return ImmutableSet.copyOf(readElements(node, argument(type, 0), path));
    } else if (raw == Map.class || raw == ImmutableMap.class) {
      return readMap(node, argument(type, 0), argument(type, 1), path);
    } else if (raw == Charter.class) {
      return readCharter(node, path);
    } else if (raw.isInterface() && raw.isSealed()) {
      return readSealed(node, raw, path);
    } else if (raw.isRecord()) {
      return readRecord(node, raw, path);
    }
    throw new IllegalArgumentException(String.format("No JSON mapping for %s", type));
  }

  private Object readDecimal(JsonNode node, String path) {
    String expected = "a decimal number or a string holding one";
    if (node.isNumber()) {
      return node.decimalValue();
    }
    expect(node.isTextual(), node, expected, path);
    try {
      return new BigDecimal(node.textValue());
    } catch (NumberFormatException e) {
      throw invalid(node, expected, path, e);
    }
  }

  private static Object readEnum(JsonNode node, Class<?> raw, String path) {
    String expected = "one of " + Arrays.toString(raw.getEnumConstants());
    expect(node.isTextual(), node, expected, path);
    for (Object constant : raw.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(node.textValue())) {
        return constant;
      }
    }
    throw invalid(node, expected, path, null);
  }

  private List<Object> readElements(JsonNode node, Type element, String path) {
    expect(node.isArray(), node, "an array", path);
    Object[] values = new Object[node.size()];
    for (int i = 0; i < node.size(); i++) {
      values[i] = read(node.get(i), element, path + "[" + i + "]");
    }
    return Arrays.asList(values);
  }

  private Object readMap(JsonNode node, Type key, Type value, String path) {
    expect(node.isObject(), node, "an object", path);
    Map<Object, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = path + "." + entry.getKey();
      map.put(readKey(entry.getKey(), key, at), read(entry.getValue(), value, at));
    }
    return ImmutableMap.copyOf(map);
  }

  private Object readKey(String key, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == int.class || raw == Integer.class) {
      try {
        return Integer.valueOf(key);
      } catch (NumberFormatException e) {
        throw invalid(nodes.textNode(key), "an integer key", path, e);
      }
    }
    return read(nodes.textNode(key), type, path);
  }

  private Object readSealed(JsonNode node, Class<?> family, String path) {
    expect(node.isObject(), node, "an object with a \"type\"", path);
    JsonNode type = node.get(TYPE);
    if (type == null || !type.isTextual()) {
      throw new JsonCodecException(
          path,
          String.format(
              "Invalid JSON at %s: missing \"type\" of %s, one of %s",
              path, family.getSimpleName(), members(family).keySet()));
    }
    Class<?> member = members(family).get(type.textValue());
    if (member == null) {
      throw new JsonCodecException(
          path + "." + TYPE,
          String.format(
              "Invalid JSON at %s.type: unknown %s type '%s', expected one of %s",
              path, family.getSimpleName(), type.textValue(), members(family).keySet()));
    }
    if (family == Event.class) {
      JsonNode version = node.get(SCHEMA_VERSION);
      String at = path + "." + SCHEMA_VERSION;
      if (version == null) {
        throw new JsonCodecException(
            at, String.format("Invalid JSON at %s: missing schema version of the event", at));
      }
      expect(version.isIntegralNumber(), version, "an integer", at);
      if (version.intValue() < 1 || version.intValue() > schemaVersion) {
        throw new JsonCodecException(
            at,
            String.format(
                "Invalid JSON at %s: schema version %s is not supported, expected 1 to %s",
                at, version, schemaVersion));
      }
    }
    return readRecord(node, member, path);
  }

  private Object readRecord(JsonNode node, Class<?> type, String path) {
    Shape shape = SHAPES.get(type);
    RecordComponent[] components = shape.components;
    Object[] arguments = new Object[components.length];
    if (shape.singleString) {
      arguments[0] = read(node, String.class, path);
    } else {
      expect(node.isObject(), node, "an object", path);
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        JsonNode field = node.get(c.getName());
        String at = path + "." + c.getName();
        Class<?> raw = c.getType();
        if (field == null && Collection.class.isAssignableFrom(raw)) {
          field = nodes.arrayNode();
        } else if (field == null && Map.class.isAssignableFrom(raw)) {
          field = nodes.objectNode();
        }
        arguments[i] = read(field, c.getGenericType(), at);
      }
    }
    try {
      return shape.constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = requireNonNull(e.getCause(), "an invocation target exception has a cause");
      throw new JsonCodecException(
          path,
          String.format(
              "Invalid JSON at %s: not a valid %s: %s",
              path, type.getSimpleName(), cause.getMessage()),
          cause);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot construct " + type, e);
    }
  }

  @SuppressWarnings("unchecked")
  private Charter readCharter(JsonNode node, String path) {
    expect(node.isObject(), node, "an object", path);
    Map<String, Object> values = new LinkedHashMap<>();
    for (String field : CHARTER_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null) {
        try {
          Type type = Charter.class.getMethod(field).getGenericReturnType();
          values.put(field, read(value, type, path + "." + field));
        } catch (NoSuchMethodException e) {
          throw new AssertionError("Charter has no attribute " + field, e);
        }
      }
    }
    Charter.Builder builder = Charter.builder();
    try {
      if (values.containsKey("name")) {
        builder.name((String) values.get("name"));
      }
      builder.phases((Iterable<Phase>) values.getOrDefault("phases", List.of()));
      builder.grants((Iterable<Grant>) values.getOrDefault("grants", List.of()));
      builder.colleges((Iterable<College>) values.getOrDefault("colleges", List.of()));
      builder.diagnosisKinds(
          (Iterable<ActorKind>) values.getOrDefault("diagnosisKinds", List.of()));
      if (values.containsKey("rule")) {
        builder.rule((DecisionRule) values.get("rule"));
      }
      builder.roundRules((Map<Integer, DecisionRule>) values.getOrDefault("roundRules", Map.of()));
      builder.deadlines((Map<Phase, Instant>) values.getOrDefault("deadlines", Map.of()));
      builder.reopenable((Iterable<Phase>) values.getOrDefault("reopenable", List.of()));
      if (values.containsKey("roundLimit")) {
        builder.roundLimit((Integer) values.get("roundLimit"));
      }
      if (values.containsKey("minCarrierKinds")) {
        builder.minCarrierKinds((Integer) values.get("minCarrierKinds"));
      }
      if (values.containsKey("answersOwed")) {
        builder.answersOwed((Boolean) values.get("answersOwed"));
      }
      if (values.containsKey("ownerMayOverrule")) {
        builder.ownerMayOverrule((Boolean) values.get("ownerMayOverrule"));
      }
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw new JsonCodecException(
          path,
          String.format("Invalid JSON at %s: not a valid charter: %s", path, e.getMessage()),
          e);
    }
  }

  // ---------------------------------------------------------------- types

  /** The permitted members of a sealed family, by simple name. */
  Map<String, Class<?>> members(Class<?> family) {
    return families.computeIfAbsent(
        family,
        f -> {
          Map<String, Class<?>> members = new LinkedHashMap<>();
          for (Class<?> member : f.getPermittedSubclasses()) {
            members.put(member.getSimpleName(), member);
          }
          return ImmutableMap.copyOf(members);
        });
  }

  private static Optional<Class<?>> familyOf(Class<?> type) {
    for (Class<?> parent : type.getInterfaces()) {
      if (parent.isSealed()) {
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    } else if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException(String.format("No JSON mapping for %s", type));
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      Type argument = p.getActualTypeArguments()[index];
      if (argument instanceof WildcardType w) {
        return w.getUpperBounds()[0];
      }
      return argument;
    }
    throw new IllegalArgumentException(String.format("No type argument in %s", type));
  }

  private static JsonNode expect(boolean ok, JsonNode node, String expected, String path) {
    if (!ok) {
      throw invalid(node, expected, path, null);
    }
    return node;
  }

  private static JsonCodecException invalid(
      JsonNode node, String expected, String path, @Nullable Throwable cause) {
    String got = node.toString();
    if (got.length() > 60) {
      got = got.substring(0, 57) + "...";
    }
    String message = String.format("Invalid JSON at %s: expected %s, got %s", path, expected, got);
    return cause == null
        ? new JsonCodecException(path, message)
        : new JsonCodecException(path, message, cause);
  }
}
