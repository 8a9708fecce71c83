package org.concertation.core.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of the mapping: scalars, collections, records field by field with their
 * stored keys written out, and sealed families with a {@code type} discriminator. Reading is
 * strict: a value of another JSON type is refused, never converted (no string read as a number, no
 * decimal as an integer, no integer out of range); only unknown fields are passed over.
 */
final class Mappings {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** How long a refused value may be quoted in a message before it is cut. */
  private static final int QUOTED_LENGTH = 60;

  private static final String INSTANT_EXAMPLE =
      "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\"";

  private Mappings() {}

  /** Reads one value of a tree. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode node, String path);
  }

  private record Simple<T>(String expected, Function<T, JsonNode> writer, Reader<T> reader)
      implements Mapping<T> {
    @Override
    public JsonNode write(T value) {
      return writer.apply(value);
    }

    @Override
    public T read(JsonNode node, String path) {
      return reader.read(node, path);
    }
  }

  static <T> Mapping<T> simple(String expected, Function<T, JsonNode> writer, Reader<T> reader) {
    return new Simple<>(expected, writer, reader);
  }

  // ---------------------------------------------------------------- scalars

  static final Mapping<String> STRING =
      simple(
          "a string",
          NODES::textNode,
          (node, path) -> expect(node.isTextual(), node, "a string", path).textValue());

  static final Mapping<Integer> INT =
      simple(
          "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          i -> NODES.numberNode(i.intValue()),
          (node, path) ->
              expect(
                      node.isIntegralNumber() && node.canConvertToInt(),
                      node,
                      "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                      path)
                  .intValue());

  static final Mapping<Long> LONG =
      simple(
          "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
          l -> NODES.numberNode(l.longValue()),
          (node, path) ->
              expect(
                      node.isIntegralNumber() && node.canConvertToLong(),
                      node,
                      "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                      path)
                  .longValue());

  static final Mapping<Boolean> BOOLEAN =
      simple(
          "true or false",
          b -> NODES.booleanNode(b.booleanValue()),
          (node, path) -> expect(node.isBoolean(), node, "true or false", path).booleanValue());

  /**
   * A decimal, written as a string so that its scale survives ({@code "1000"} and {@code "1000.00"}
   * differ); a JSON number is read as the same decimal, scale included.
   */
  static final Mapping<BigDecimal> DECIMAL =
      simple(
          "a decimal number or a string holding one",
          d -> NODES.textNode(d.toString()),
          Mappings::readDecimal);

  static final Mapping<Instant> INSTANT =
      simple(INSTANT_EXAMPLE, t -> NODES.textNode(t.toString()), Mappings::readInstant);

  private static BigDecimal readDecimal(JsonNode node, String path) {
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

  private static Instant readInstant(JsonNode node, String path) {
    expect(node.isTextual(), node, INSTANT_EXAMPLE, path);
    try {
      return Instant.parse(node.textValue());
    } catch (DateTimeParseException e) {
      throw invalid(node, INSTANT_EXAMPLE, path, e);
    }
  }

  /**
   * An enum, written as its constant's name.
   *
   * @param constants the enum's constants, {@code values()}
   */
  static <E extends Enum<E>> Mapping<E> enumeration(E[] constants) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    String expected = "one of " + byName.keySet();
    return simple(
        expected,
        e -> NODES.textNode(e.name()),
        (node, path) -> {
          expect(node.isTextual(), node, expected, path);
          E constant = byName.get(node.textValue());
          if (constant == null) {
            throw invalid(node, expected, path, null);
          }
          return constant;
        });
  }

  /**
   * A record of a single string (an identity, a kind), written as that string.
   *
   * @param name the record's name, for messages
   * @param make builds the record, refusing a bad string with an {@link IllegalArgumentException}
   * @param text the record's string
   */
  static <T> Mapping<T> text(String name, Function<String, T> make, Function<T, String> text) {
    return simple(
        "a string",
        value -> NODES.textNode(text.apply(value)),
        (node, path) -> {
          String value = STRING.read(node, path);
          try {
            return make.apply(value);
          } catch (IllegalArgumentException e) {
            throw refused(name, path, e);
          }
        });
  }

  // ---------------------------------------------------------------- collections

  static <T> Mapping<ImmutableList<T>> listOf(Mapping<T> element) {
    String expected = "an array";
    return simple(
        expected,
        list -> array(list, element),
        (node, path) -> ImmutableList.copyOf(elements(node, element, expected, path)));
  }

  /** A set, written as an array in the set's order; an element given twice is refused. */
  static <T> Mapping<ImmutableSet<T>> setOf(Mapping<T> element) {
    String expected = "an array of distinct elements";
    return simple(
        expected,
        set -> array(set, element),
        (node, path) -> {
          List<T> elements = elements(node, element, expected, path);
          Set<T> set = new LinkedHashSet<>();
          for (int i = 0; i < elements.size(); i++) {
            if (!set.add(elements.get(i))) {
              String at = path + "[" + i + "]";
              throw new JsonCodecException(
                  at,
                  String.format(
                      "Invalid JSON at %s: expected distinct elements, got %s a second time",
                      at, quote(node.get(i))));
            }
          }
          return ImmutableSet.copyOf(set);
        });
  }

  private static <T> ArrayNode array(Iterable<T> values, Mapping<T> element) {
    ArrayNode array = NODES.arrayNode();
    for (T value : values) {
      array.add(element.write(value));
    }
    return array;
  }

  private static <T> List<T> elements(
      JsonNode node, Mapping<T> element, String expected, String path) {
    expect(node.isArray(), node, expected, path);
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(element.read(node.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  /** How the keys of a map are written as the names of an object's fields. */
  interface Key<K> {
    String write(K key);

    K read(String key, String path);
  }

  /** Keys that a mapping writes as strings: identities, kinds, enum constants. */
  static <K> Key<K> keyOf(Mapping<K> mapping) {
    return new Key<>() {
      @Override
      public String write(K key) {
        JsonNode node = mapping.write(key);
        checkArgument(node.isTextual(), "No JSON key for '%s'", key);
        return node.textValue();
      }

      @Override
      public K read(String key, String path) {
        return mapping.read(NODES.textNode(key), path);
      }
    };
  }

  /** Integer keys, written in decimal: {@code "1"}, never {@code "01"} or {@code "+1"}. */
  static final Key<Integer> INT_KEY =
      new Key<>() {
        @Override
        public String write(Integer key) {
          return key.toString();
        }

        @Override
        public Integer read(String key, String path) {
          try {
            Integer value = Integer.valueOf(key);
            if (value.toString().equals(key)) {
              return value;
            }
          } catch (NumberFormatException e) {
            // refused below, with what was expected
          }
          throw new JsonCodecException(
              path,
              String.format(
                  "Invalid JSON at %s: expected a key that is an integer in decimal, got %s",
                  path, quote(NODES.textNode(key))));
        }
      };

  static <K, V> Mapping<ImmutableMap<K, V>> mapOf(Key<K> key, Mapping<V> value) {
    String expected = "an object";
    return simple(
        expected,
        map -> {
          ObjectNode object = NODES.objectNode();
          map.forEach((k, v) -> object.set(key.write(k), value.write(v)));
          return object;
        },
        (node, path) -> {
          expect(node.isObject(), node, expected, path);
          Map<K, V> map = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = path + "." + entry.getKey();
            K k = key.read(entry.getKey(), at);
            if (map.put(k, value.read(entry.getValue(), at)) != null) {
              throw new JsonCodecException(
                  at, String.format("Invalid JSON at %s: expected distinct keys", at));
            }
          }
          return ImmutableMap.copyOf(map);
        });
  }

  // ---------------------------------------------------------------- records

  /**
   * One field of a record: its stored key, how its value is mapped, and what an absent field means.
   *
   * @param <R> the record
   * @param <A> the field's value
   */
  interface Field<R, A> {
    String key();

    void write(R record, ObjectNode object);

    A read(JsonNode object, String path);
  }

  /** A field that must be present. */
  static <R, A> Field<R, A> required(String key, Mapping<A> mapping, Function<R, A> getter) {
    return new Field<>() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public void write(R record, ObjectNode object) {
        object.set(key, mapping.write(getter.apply(record)));
      }

      @Override
      public A read(JsonNode object, String path) {
        String at = path + "." + key;
        JsonNode node = object.get(key);
        if (node == null) {
          throw new JsonCodecException(
              at,
              String.format(
                  "Invalid JSON at %s: missing value, expected %s", at, mapping.expected()));
        }
        return mapping.read(node, at);
      }
    };
  }

  /** A field left out when it holds nothing; an absent field or {@code null} reads as empty. */
  static <R, A> Field<R, Optional<A>> optional(
      String key, Mapping<A> mapping, Function<R, Optional<A>> getter) {
    return new Field<>() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public void write(R record, ObjectNode object) {
        getter.apply(record).ifPresent(value -> object.set(key, mapping.write(value)));
      }

      @Override
      public Optional<A> read(JsonNode object, String path) {
        JsonNode node = object.get(key);
        return node == null || node.isNull()
            ? Optional.empty()
            : Optional.of(mapping.read(node, path + "." + key));
      }
    };
  }

  /** A field always written, that reads as {@code absent} when left out. */
  static <R, A> Field<R, A> withDefault(
      String key, Mapping<A> mapping, Function<R, A> getter, A absent) {
    Field<R, A> present = required(key, mapping, getter);
    return new Field<>() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public void write(R record, ObjectNode object) {
        present.write(record, object);
      }

      @Override
      public A read(JsonNode object, String path) {
        return object.has(key) ? present.read(object, path) : absent;
      }
    };
  }

  /** An array field; absent, it reads as empty. */
  static <R, T> Field<R, ImmutableList<T>> list(
      String key, Mapping<T> element, Function<R, ImmutableList<T>> getter) {
    return withDefault(key, listOf(element), getter, ImmutableList.of());
  }

  /** An array field of distinct elements; absent, it reads as empty. */
  static <R, T> Field<R, ImmutableSet<T>> set(
      String key, Mapping<T> element, Function<R, ImmutableSet<T>> getter) {
    return withDefault(key, setOf(element), getter, ImmutableSet.of());
  }

  /** An object field of keys and values; absent, it reads as empty. */
  static <R, K, V> Field<R, ImmutableMap<K, V>> map(
      String key, Key<K> keys, Mapping<V> value, Function<R, ImmutableMap<K, V>> getter) {
    return withDefault(key, mapOf(keys, value), getter, ImmutableMap.of());
  }

  /**
   * A record written as an object of its fields, in the order given.
   *
   * @param <R> the record
   */
  static final class RecordMapping<R> implements Mapping<R> {
    private final String name;
    private final ImmutableList<Field<R, ?>> fields;
    private final Reader<R> reader;

    RecordMapping(String name, List<Field<R, ?>> fields, Reader<R> reader) {
      this.name = name;
      this.fields = ImmutableList.copyOf(fields);
      this.reader = reader;
      Set<String> keys = new LinkedHashSet<>();
      for (Field<R, ?> field : fields) {
        checkArgument(
            keys.add(field.key()), "Key '%s' twice in the mapping of %s", field.key(), name);
      }
    }

    String name() {
      return name;
    }

    ImmutableList<String> keys() {
      return fields.stream().map(Field::key).collect(ImmutableList.toImmutableList());
    }

    void writeFields(R value, ObjectNode object) {
      for (Field<R, ?> field : fields) {
        field.write(value, object);
      }
    }

    @Override
    public JsonNode write(R value) {
      ObjectNode object = NODES.objectNode();
      writeFields(value, object);
      return object;
    }

    @Override
    public R read(JsonNode node, String path) {
      expect(node.isObject(), node, expected(), path);
      try {
        return reader.read(node, path);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw refused(name, path, e);
      }
    }

    @Override
    public String expected() {
      return "an object (" + name + ")";
    }
  }

  /** Builds a record from the value of its one field. */
  @FunctionalInterface
  interface Make1<A, R> {
    R make(A a);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make2<A, B, R> {
    R make(A a, B b);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make3<A, B, C, R> {
    R make(A a, B b, C c);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make4<A, B, C, D, R> {
    R make(A a, B b, C c, D d);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make5<A, B, C, D, E, R> {
    R make(A a, B b, C c, D d, E e);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make6<A, B, C, D, E, F, R> {
    R make(A a, B b, C c, D d, E e, F f);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make7<A, B, C, D, E, F, G, R> {
    R make(A a, B b, C c, D d, E e, F f, G g);
  }

  /** Builds a record from the values of its fields. */
  @FunctionalInterface
  interface Make8<A, B, C, D, E, F, G, H, R> {
    R make(A a, B b, C c, D d, E e, F f, G g, H h);
  }

  static <R, A> RecordMapping<R> record(String name, Field<R, A> a, Make1<A, R> make) {
    return new RecordMapping<>(name, List.of(a), (n, p) -> make.make(a.read(n, p)));
  }

  static <R, A, B> RecordMapping<R> record(
      String name, Field<R, A> a, Field<R, B> b, Make2<A, B, R> make) {
    return new RecordMapping<>(
        name, List.of(a, b), (n, p) -> make.make(a.read(n, p), b.read(n, p)));
  }

  static <R, A, B, C> RecordMapping<R> record(
      String name, Field<R, A> a, Field<R, B> b, Field<R, C> c, Make3<A, B, C, R> make) {
    return new RecordMapping<>(
        name, List.of(a, b, c), (n, p) -> make.make(a.read(n, p), b.read(n, p), c.read(n, p)));
  }

  static <R, A, B, C, D> RecordMapping<R> record(
      String name,
      Field<R, A> a,
      Field<R, B> b,
      Field<R, C> c,
      Field<R, D> d,
      Make4<A, B, C, D, R> make) {
    return new RecordMapping<>(
        name,
        List.of(a, b, c, d),
        (n, p) -> make.make(a.read(n, p), b.read(n, p), c.read(n, p), d.read(n, p)));
  }

  static <R, A, B, C, D, E> RecordMapping<R> record(
      String name,
      Field<R, A> a,
      Field<R, B> b,
      Field<R, C> c,
      Field<R, D> d,
      Field<R, E> e,
      Make5<A, B, C, D, E, R> make) {
    return new RecordMapping<>(
        name,
        List.of(a, b, c, d, e),
        (n, p) -> make.make(a.read(n, p), b.read(n, p), c.read(n, p), d.read(n, p), e.read(n, p)));
  }

  static <R, A, B, C, D, E, F> RecordMapping<R> record(
      String name,
      Field<R, A> a,
      Field<R, B> b,
      Field<R, C> c,
      Field<R, D> d,
      Field<R, E> e,
      Field<R, F> f,
      Make6<A, B, C, D, E, F, R> make) {
    return new RecordMapping<>(
        name,
        List.of(a, b, c, d, e, f),
        (n, p) ->
            make.make(
                a.read(n, p),
                b.read(n, p),
                c.read(n, p),
                d.read(n, p),
                e.read(n, p),
                f.read(n, p)));
  }

  static <R, A, B, C, D, E, F, G> RecordMapping<R> record(
      String name,
      Field<R, A> a,
      Field<R, B> b,
      Field<R, C> c,
      Field<R, D> d,
      Field<R, E> e,
      Field<R, F> f,
      Field<R, G> g,
      Make7<A, B, C, D, E, F, G, R> make) {
    return new RecordMapping<>(
        name,
        List.of(a, b, c, d, e, f, g),
        (n, p) ->
            make.make(
                a.read(n, p),
                b.read(n, p),
                c.read(n, p),
                d.read(n, p),
                e.read(n, p),
                f.read(n, p),
                g.read(n, p)));
  }

  static <R, A, B, C, D, E, F, G, H> RecordMapping<R> record(
      String name,
      Field<R, A> a,
      Field<R, B> b,
      Field<R, C> c,
      Field<R, D> d,
      Field<R, E> e,
      Field<R, F> f,
      Field<R, G> g,
      Field<R, H> h,
      Make8<A, B, C, D, E, F, G, H, R> make) {
    return new RecordMapping<>(
        name,
        List.of(a, b, c, d, e, f, g, h),
        (n, p) ->
            make.make(
                a.read(n, p),
                b.read(n, p),
                c.read(n, p),
                d.read(n, p),
                e.read(n, p),
                f.read(n, p),
                g.read(n, p),
                h.read(n, p)));
  }

  // ---------------------------------------------------------------- sealed families

  /**
   * One member of a sealed family: the name stored in {@code type}, its class and its fields.
   *
   * @param <M> the member
   */
  record Member<M>(String type, Class<M> javaType, RecordMapping<M> mapping) {}

  static <M> Member<M> member(Class<M> javaType, RecordMapping<M> mapping) {
    return new Member<>(mapping.name(), javaType, mapping);
  }

  /**
   * A sealed family, written as an object whose {@code type} names the member, then (for a
   * versioned family) the {@code schemaVersion}, then the member's fields.
   *
   * @param <T> the family
   */
  static final class Family<T> implements Mapping<T> {
    static final String TYPE = "type";
    static final String SCHEMA_VERSION = "schemaVersion";

    private final String name;
    private final int schemaVersion;
    private final boolean versioned;
    private final ImmutableMap<String, Member<? extends T>> byType;
    private final ImmutableMap<Class<?>, Member<? extends T>> byClass;

    /**
     * A family.
     *
     * @param name its name, for messages
     * @param schemaVersion the version written, or 0 for a family that carries none
     * @param members its members, in the api's order
     */
    @SafeVarargs
    Family(String name, int schemaVersion, Member<? extends T>... members) {
      this.name = name;
      this.schemaVersion = schemaVersion;
      this.versioned = schemaVersion > 0;
      Map<String, Member<? extends T>> types = new LinkedHashMap<>();
      Map<Class<?>, Member<? extends T>> classes = new LinkedHashMap<>();
      for (Member<? extends T> member : members) {
        checkArgument(types.put(member.type(), member) == null, "Type '%s' twice", member.type());
        classes.put(member.javaType(), member);
      }
      this.byType = ImmutableMap.copyOf(types);
      this.byClass = ImmutableMap.copyOf(classes);
    }

    ImmutableSet<String> types() {
      return byType.keySet();
    }

    ImmutableList<Member<? extends T>> members() {
      return byType.values().asList();
    }

    ImmutableSet<Class<?>> classes() {
      return byClass.keySet();
    }

    @Override
    public JsonNode write(T value) {
      Member<? extends T> member = byClass.get(value.getClass());
      if (member == null) {
        throw new IllegalArgumentException(
            String.format("No JSON mapping for %s of %s", value.getClass(), name));
      }
      return write(member, value);
    }

    private <M extends T> JsonNode write(Member<M> member, T value) {
      ObjectNode object = NODES.objectNode();
      object.put(TYPE, member.type());
      if (versioned) {
        object.put(SCHEMA_VERSION, schemaVersion);
      }
      member.mapping().writeFields(member.javaType().cast(value), object);
      return object;
    }

    @Override
    public T read(JsonNode node, String path) {
      expect(node.isObject(), node, expected(), path);
      JsonNode type = node.get(TYPE);
      if (type == null || !type.isTextual()) {
        throw new JsonCodecException(
            path,
            String.format(
                "Invalid JSON at %s: missing \"type\" of %s, one of %s",
                path, name, byType.keySet()));
      }
      Member<? extends T> member = byType.get(type.textValue());
      if (member == null) {
        throw new JsonCodecException(
            path + "." + TYPE,
            String.format(
                "Invalid JSON at %s.type: unknown %s type '%s', expected one of %s",
                path, name, type.textValue(), byType.keySet()));
      }
      if (versioned) {
        checkVersion(node.get(SCHEMA_VERSION), path + "." + SCHEMA_VERSION);
      }
      return member.mapping().read(node, path);
    }

    private void checkVersion(@Nullable JsonNode version, String at) {
      if (version == null) {
        throw new JsonCodecException(
            at, String.format("Invalid JSON at %s: missing schema version of the event", at));
      }
      int read = INT.read(version, at);
      if (read < 1 || read > schemaVersion) {
        throw new JsonCodecException(
            at,
            String.format(
                "Invalid JSON at %s: schema version %s is not supported, expected 1 to %s",
                at, read, schemaVersion));
      }
    }

    @Override
    public String expected() {
      return "an object with a \"type\"";
    }
  }

  // ---------------------------------------------------------------- messages

  static JsonNode expect(boolean ok, JsonNode node, String expected, String path) {
    if (!ok) {
      throw invalid(node, expected, path, null);
    }
    return node;
  }

  static JsonCodecException invalid(
      JsonNode node, String expected, String path, @Nullable Throwable cause) {
    String message =
        String.format("Invalid JSON at %s: expected %s, got %s", path, expected, quote(node));
    return cause == null
        ? new JsonCodecException(path, message)
        : new JsonCodecException(path, message, cause);
  }

  /** The domain type refused the values read: its message says why. */
  static JsonCodecException refused(String name, String path, RuntimeException cause) {
    return new JsonCodecException(
        path,
        String.format("Invalid JSON at %s: not a valid %s: %s", path, name, cause.getMessage()),
        cause);
  }

  private static String quote(JsonNode node) {
    String got = node.toString();
    return got.length() > QUOTED_LENGTH ? got.substring(0, QUOTED_LENGTH - 3) + "..." : got;
  }
}
