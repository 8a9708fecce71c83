package org.concertation.core.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.core.Charters;

/**
 * Random values of the api's records, built from their declared types. A record whose constructor
 * refuses the drawn components is drawn again, so every value returned is a valid one.
 */
final class RandomValues {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String[] ODD = {
    "é", "\"", "\\", "\n", "\t", " ", "<", "&", "🌳", "ß", "/", "{", "0", "-", "_", "\u2028"
  };
  private static final int ATTEMPTS = 10_000;

  private final SplittableRandom random;

  /** Values drawn from this random source, in the harness a try's own. */
  RandomValues(SplittableRandom random) {
    this.random = random;
  }

  /** A random instance of a record type (a member of a sealed family, or any api record). */
  <T> T of(Class<T> type) {
    return type.cast(value(type));
  }

  private Object value(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return string();
    } else if (raw == PersonalText.class) {
      // mostly present, as the decider emits them; now and then erased, as a store reads them
      return random.nextInt(4) == 0
          ? PersonalText.erased(PersonalText.digestOf("00".repeat(16), string()))
          : PersonalText.of(string());
    } else if (raw == int.class || raw == Integer.class) {
      return random.nextInt(-1, 7);
    } else if (raw == long.class || raw == Long.class) {
      return random.nextLong(0, 6);
    } else if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    } else if (raw == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(-100_000, 1_000_000), random.nextInt(-3, 5));
    } else if (raw == Instant.class) {
      return Instant.ofEpochSecond(
              random.nextLong(0, 4_000_000_000L), random.nextInt(0, 1_000_000_000))
          .truncatedTo(
              random.nextBoolean()
                  ? java.time.temporal.ChronoUnit.SECONDS
                  : java.time.temporal.ChronoUnit.NANOS);
    } else if (raw == Charter.class) {
      Charter charter = random.nextBoolean() ? Charters.projectLogic() : Charters.missionLogic();
      return random.nextBoolean()
          ? charter
          : Charter.builder()
              .from(charter)
              .roundDuration(Duration.ofHours(random.nextLong(1, 24 * 60)))
              .build();
    } else if (raw == DeadlineTarget.class) {
      return random.nextBoolean()
          ? DeadlineTarget.round(random.nextInt(1, 9))
          : DeadlineTarget.phase(Phase.values()[random.nextInt(Phase.values().length - 2)]);
    } else if (raw == java.time.LocalDate.class) {
      // means: a horizon date, from year 1970 to about 2080
      return java.time.LocalDate.ofEpochDay(random.nextLong(0, 40_000));
    } else if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    } else if (raw == Optional.class) {
      return random.nextBoolean() ? Optional.empty() : Optional.of(value(argument(type, 0)));
    } else if (raw == ImmutableList.class || raw == List.class) {
      return ImmutableList.copyOf(elements(argument(type, 0)));
    } else if (raw == ImmutableSet.class) {
      return ImmutableSet.copyOf(elements(argument(type, 0)));
    } else if (raw == ImmutableMap.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      int size = random.nextInt(0, 4);
      for (int i = 0; i < size; i++) {
        map.put(value(argument(type, 0)), value(argument(type, 1)));
      }
      return ImmutableMap.copyOf(map);
    } else if (raw == Outcome.class) {
      // consent: only reading an older log gives an outcome a legacy text (the golden files test
      // it); an outcome decided now has none, and random tallies would give no grounds to read
      Outcome outcome = (Outcome) record(raw);
      return new Outcome(
          outcome.rule(), outcome.verdict(), outcome.tie(), outcome.tally(), outcome.grounds());
    } else if (raw.isRecord()) {
      return record(raw);
    } else if (raw.isSealed()) {
      Class<?>[] members = raw.getPermittedSubclasses();
      return value(members[random.nextInt(members.length)]);
    }
    throw new IllegalArgumentException("No random values of " + type);
  }

  private Object record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    IllegalArgumentException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        arguments[i] = value(components[i].getGenericType());
      }
      try {
        return type.getDeclaredConstructor(types).newInstance(arguments);
      } catch (InvocationTargetException e) {
        last = new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    throw new IllegalStateException("No valid " + type + " drawn", last);
  }

  private List<Object> elements(Type element) {
    int size = random.nextInt(0, 4);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(value(element));
    }
    return values;
  }

  private String string() {
    int length = random.nextInt(1, 9);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(4) == 0) {
        s.append(ODD[random.nextInt(ODD.length)]);
      } else {
        s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return s.toString();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
