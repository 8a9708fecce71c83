package org.concertation.core.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeded property harness of the whole test tree: draws many inputs from a seeded generator,
 * checks a property on each and, on the first failure, shrinks the input to the simplest one it can
 * find that still fails, then reports the property, the seed, the try, both inputs and how to
 * replay the failure.
 *
 * <p>Two system properties set a run: {@value #SEED_PROPERTY} (the seed, {@value #DEFAULT_SEED} by
 * default, so that every run, on CI too, draws the same inputs) and {@value #TRIES_PROPERTY} (the
 * tries of every property, each property's own default otherwise). The random source of a try
 * depends only on the seed, the property's name and the try's number, never on the number of tries:
 * a failure at try {@code k} comes back with {@code -Dconcertation.seed=S -Dconcertation.tries=k}.
 *
 * <p>A property throws an {@link AssertionError} (or any runtime exception) when it does not hold,
 * and calls {@link #assume} to set aside an input it is not about; the returned {@link Summary}
 * tells how many inputs were checked, so that a property can require that its generator reaches the
 * cases it is about.
 */
public final class PropertyHarness {
  /** The system property that sets the seed of a run. */
  public static final String SEED_PROPERTY = "concertation.seed";

  /** The system property that sets the tries of every property. */
  public static final String TRIES_PROPERTY = "concertation.tries";

  /** The seed of a run when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 20_261_128L;

  /** The most reruns of the property that shrinking one failure may take. */
  static final int MAX_SHRINK_RUNS = 20_000;

  /** The longest text of one input in a report; the rest is cut. */
  static final int MAX_REPORTED_CHARS = 20_000;

  /** Mixed into a try's seed to give its property a random source apart from its generator's. */
  private static final long PROPERTY_STREAM = 0x5DEECE66DL;

  private static final Logger LOG = LoggerFactory.getLogger(PropertyHarness.class);

  private final long seed;
  private final @Nullable Integer tries;

  private PropertyHarness(long seed, @Nullable Integer tries) {
    checkArgument(tries == null || tries > 0, "tries must be positive, got %s", tries);
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * The harness as the system properties {@value #SEED_PROPERTY} and {@value #TRIES_PROPERTY} set
   * it.
   *
   * @return the harness of this run
   */
  public static PropertyHarness fromSystemProperties() {
    return new PropertyHarness(
        Long.getLong(SEED_PROPERTY, DEFAULT_SEED), Integer.getInteger(TRIES_PROPERTY));
  }

  /**
   * A harness with this seed and, when not null, these tries for every property.
   *
   * @param seed the seed of the run
   * @param tries the tries of every property, or null for each property's default
   * @return the harness
   */
  public static PropertyHarness of(long seed, @Nullable Integer tries) {
    return new PropertyHarness(seed, tries);
  }

  /** Draws one input from a random source. */
  @FunctionalInterface
  public interface Generator<T> {
    /**
     * Draws an input.
     *
     * @param random the try's random source
     * @return the input
     */
    T draw(SplittableRandom random);
  }

  /** A property of one input. */
  @FunctionalInterface
  public interface Property<T> {
    /**
     * Checks the property, throwing an {@link AssertionError} when it does not hold.
     *
     * @param input the input
     * @param random a random source for any choice the property makes after seeing the input; it
     *     gives the same values on every rerun of one try (shrinking, replays)
     */
    void check(T input, SplittableRandom random);
  }

  /** The simpler inputs that shrinking may try in place of one, simplest changes first. */
  @FunctionalInterface
  public interface Shrinker<T> {
    /**
     * The simpler inputs.
     *
     * @param input a failing input
     * @return inputs simpler than it, none when it is as simple as it gets
     */
    List<T> simpler(T input);
  }

  /**
   * What a property's run checked.
   *
   * @param name the property
   * @param seed the seed of the run
   * @param tries the inputs drawn
   * @param defaultTries the property's own number of tries
   * @param checked the inputs the property was about (drawn and not set aside by {@link #assume})
   */
  public record Summary(String name, long seed, int tries, int defaultTries, int checked) {
    /**
     * Whether the run drew at least the property's own number of tries: a replay of a few tries
     * says nothing of how often the generator reaches a case.
     *
     * @return true when the run was not shortened
     */
    public boolean isFullRun() {
      return tries >= defaultTries;
    }

    /**
     * Fails, on a full run, when the property was about fewer inputs than this share of the tries:
     * a property that its generator rarely reaches proves little.
     *
     * @param share the least share of the tries that must have been checked
     * @return this summary
     */
    public Summary requireChecked(double share) {
      if (isFullRun() && checked < share * tries) {
        throw new AssertionFailedError(
            String.format(
                "Property '%s' was about only %d of %d inputs (seed %d), less than %s of them: its"
                    + " generator misses it",
                name, checked, tries, seed, share));
      }
      return this;
    }
  }

  /**
   * Checks a property on inputs drawn by the harness of this run.
   *
   * @param name the property, as a sentence; it also seeds the property's tries
   * @param defaultTries the tries when {@value #TRIES_PROPERTY} is not set
   * @param generator draws an input
   * @param property the property
   * @return what was checked
   * @throws AssertionFailedError on the first failing input, with the report
   */
  public static <T> Summary forAll(
      String name, int defaultTries, Generator<T> generator, Property<T> property) {
    return fromSystemProperties()
        .check(name, defaultTries, generator, input -> List.of(), property);
  }

  /**
   * Checks a property on inputs drawn by the harness of this run, shrinking a failing input by
   * trying the simpler ones the shrinker gives, in order, for as long as one still fails.
   *
   * @param name the property, as a sentence; it also seeds the property's tries
   * @param defaultTries the tries when {@value #TRIES_PROPERTY} is not set
   * @param generator draws an input
   * @param shrinker the simpler inputs of an input
   * @param property the property
   * @return what was checked
   * @throws AssertionFailedError on the first failing input, with the report
   */
  public static <T> Summary forAll(
      String name,
      int defaultTries,
      Generator<T> generator,
      Shrinker<T> shrinker,
      Property<T> property) {
    return fromSystemProperties().check(name, defaultTries, generator, shrinker, property);
  }

  /**
   * Checks a property on sequences drawn by the harness of this run, shrinking a failing sequence
   * to a shortest failing one: removes chunks of elements, halving their length down to single
   * elements, for as long as the rest still fails.
   *
   * @param name the property, as a sentence; it also seeds the property's tries
   * @param defaultTries the tries when {@value #TRIES_PROPERTY} is not set
   * @param generator draws a sequence
   * @param property the property
   * @return what was checked
   * @throws AssertionFailedError on the first failing sequence, with the report
   */
  public static <E> Summary forAllSequences(
      String name, int defaultTries, Generator<List<E>> generator, Property<List<E>> property) {
    return fromSystemProperties().checkSequences(name, defaultTries, generator, property);
  }

  /**
   * Sets aside an input that the property is not about: it neither passes nor fails, and is not
   * counted as checked.
   *
   * @param condition whether the input is one the property is about
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new SetAside();
    }
  }

  /**
   * As {@link #forAll(String, int, Generator, Shrinker, Property)}, with this harness's seed and
   * tries.
   *
   * @param name the property
   * @param defaultTries the tries when this harness does not set them
   * @param generator draws an input
   * @param shrinker the simpler inputs of an input
   * @param property the property
   * @return what was checked
   */
  public <T> Summary check(
      String name,
      int defaultTries,
      Generator<T> generator,
      Shrinker<T> shrinker,
      Property<T> property) {
    checkNotNull(shrinker, "shrinker must not be null");
    return checkAll(
        name,
        defaultTries,
        generator,
        (input, fails) -> shrinkGreedily(input, shrinker, fails),
        property);
  }

  /** How a failing input is shrunk: to a simpler input on which {@code fails} still holds. */
  @FunctionalInterface
  private interface Shrinking<T> {
    T shrink(T failing, Predicate<T> fails);
  }

  private <T> Summary checkAll(
      String name,
      int defaultTries,
      Generator<T> generator,
      Shrinking<T> shrinking,
      Property<T> property) {
    checkNotNull(name, "name must not be null");
    checkArgument(defaultTries > 0, "defaultTries must be positive, got %s", defaultTries);
    int runTries = tries != null ? tries : defaultTries;
    SplittableRandom seeds = new SplittableRandom(seed ^ hash(name));
    int checked = 0;
    for (int attempt = 1; attempt <= runTries; attempt++) {
      long trySeed = seeds.nextLong();
      T input = generator.draw(new SplittableRandom(trySeed));
      Optional<Throwable> failure = run(property, input, trySeed);
      if (failure.isEmpty()) {
        checked++;
      } else if (!(failure.get() instanceof SetAside)) {
        throw report(name, attempt, runTries, input, failure.get(), shrinking, property, trySeed);
      }
    }
    LOG.debug("property '{}': {} tries, {} checked, seed {}", name, runTries, checked, seed);
    return new Summary(name, seed, runTries, defaultTries, checked);
  }

  /**
   * As {@link #forAllSequences}, with this harness's seed and tries.
   *
   * @param name the property
   * @param defaultTries the tries when this harness does not set them
   * @param generator draws a sequence
   * @param property the property
   * @return what was checked
   */
  public <E> Summary checkSequences(
      String name, int defaultTries, Generator<List<E>> generator, Property<List<E>> property) {
    return checkAll(name, defaultTries, generator, PropertyHarness::shrinkSequence, property);
  }

  /**
   * Shrinks a failing sequence to a shortest failing one it can find: removes chunks, halving their
   * length down to one element, for as long as the property still fails.
   *
   * @param failing a sequence on which the property fails
   * @param fails whether the property fails on a sequence
   * @return the shortest failing sequence found
   */
  static <E> List<E> shrinkSequence(List<E> failing, Predicate<List<E>> fails) {
    List<E> current = new ArrayList<>(failing);
    int chunk = Math.max(1, current.size() / 2);
    int runs = 0;
    while (runs < MAX_SHRINK_RUNS) {
      boolean removed = false;
      for (int start = 0; start < current.size() && runs < MAX_SHRINK_RUNS; ) {
        List<E> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        runs++;
        if (fails.test(candidate)) {
          current = candidate;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (!removed) {
        if (chunk == 1) {
          break;
        }
        chunk = Math.max(1, chunk / 2);
      }
    }
    return current;
  }

  private <T> AssertionFailedError report(
      String name,
      int attempt,
      int runTries,
      T input,
      Throwable failure,
      Shrinking<T> shrinking,
      Property<T> property,
      long trySeed) {
    T shrunk = shrinking.shrink(input, candidate -> fails(property, candidate, trySeed));
    Throwable shrunkFailure =
        shrunk == input ? failure : run(property, shrunk, trySeed).orElse(failure);
    StringBuilder message =
        new StringBuilder()
            .append(String.format("Property '%s' failed on try %d of %d", name, attempt, runTries))
            .append(
                String.format(
                    " (seed %d).%nReplay: -D%s=%d -D%s=%d",
                    seed, SEED_PROPERTY, seed, TRIES_PROPERTY, attempt));
    testMethod().ifPresent(test -> message.append(" -Dtest=").append(test));
    message
        .append(String.format("%nShrunk input (%s):%n", size(shrunk, input)))
        .append(describe(shrunk))
        .append(String.format("%nFailure on the shrunk input: %s", shrunkFailure))
        .append(String.format("%nOriginal input:%n"))
        .append(describe(input))
        .append(String.format("%nOriginal failure: %s", failure));
    return new AssertionFailedError(message.toString(), shrunkFailure);
  }

  /**
   * Shrinks a failing input greedily: takes the first simpler input that still fails, and starts
   * again from it, until none does.
   */
  static <T> T shrinkGreedily(T failing, Shrinker<T> shrinker, Predicate<T> fails) {
    T smallest = failing;
    int runs = 0;
    boolean shrunk = true;
    while (shrunk && runs < MAX_SHRINK_RUNS) {
      shrunk = false;
      for (T simpler : shrinker.simpler(smallest)) {
        if (++runs > MAX_SHRINK_RUNS) {
          break;
        }
        if (fails.test(simpler)) {
          smallest = simpler;
          shrunk = true;
          break;
        }
      }
    }
    return smallest;
  }

  private static <T> boolean fails(Property<T> property, T input, long trySeed) {
    Optional<Throwable> failure = run(property, input, trySeed);
    return failure.isPresent() && !(failure.get() instanceof SetAside);
  }

  /** Runs the property: empty when it holds, else why not (or a {@link SetAside}). */
  private static <T> Optional<Throwable> run(Property<T> property, T input, long trySeed) {
    try {
      property.check(input, new SplittableRandom(trySeed ^ PROPERTY_STREAM));
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of(e);
    }
  }

  private static String size(Object shrunk, Object input) {
    if (shrunk instanceof List<?> shorter && input instanceof List<?> original) {
      return shorter.size() + " of " + original.size() + " elements";
    }
    return shrunk == input ? "no simpler failing input found" : "the simplest failing input found";
  }

  private static String describe(Object input) {
    StringBuilder text = new StringBuilder();
    if (input instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        text.append(i == 0 ? "" : "\n").append("  ").append(i + 1).append(". ").append(list.get(i));
      }
      if (list.isEmpty()) {
        text.append("  (empty)");
      }
    } else {
      text.append("  ").append(input);
    }
    if (text.length() > MAX_REPORTED_CHARS) {
      int cut = text.length() - MAX_REPORTED_CHARS;
      text.setLength(MAX_REPORTED_CHARS);
      text.append(String.format("%n  ... (%d more characters)", cut));
    }
    return text.toString();
  }

  /** The test method that called the harness, as {@code Class#method}, to name in the replay. */
  private static Optional<String> testMethod() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(
            frames ->
                frames
                    .filter(frame -> frame.getDeclaringClass() != PropertyHarness.class)
                    .filter(frame -> isTest(frame.getDeclaringClass(), frame.getMethodName()))
                    .findFirst()
                    .map(
                        frame ->
                            frame.getDeclaringClass().getSimpleName()
                                + "#"
                                + frame.getMethodName()));
  }

  private static boolean isTest(Class<?> type, String methodName) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(methodName)) {
        for (var annotation : method.getAnnotations()) {
          if (annotation.annotationType().getName().startsWith("org.junit.jupiter")
              && annotation.annotationType().getSimpleName().endsWith("Test")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A stable 64-bit hash of a property's name (FNV-1a over its UTF-8 bytes). */
  static long hash(String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** Thrown by {@link #assume} to set an input aside; carries no stack. */
  private static final class SetAside extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetAside() {
      super("input set aside by assume", null, false, false);
    }
  }
}
