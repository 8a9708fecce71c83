package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.concertation.api.domain.ActorKind;
import org.concertation.core.text.Texts;

/**
 * What the analysis says shows a finding, an indicator or a gap, kept as a fact until it is read:
 * the key of its message in the library's bundle ({@code analysis.<key>}) and its arguments, typed
 * values rendered in the reader's language by {@link #text(Texts)}: an enum by its label, an {@link
 * ActorKind} by its word, a collection as a list, a {@link Series} joined by its own pattern, a
 * nested evidence by its own message, a number in the language's format (as its pattern says), any
 * other value (an id) as itself.
 *
 * <p>{@link #toString()} is the English text. This class is immutable and thread-safe.
 *
 * @param key the message's key, without its {@code analysis.} prefix
 * @param arguments the message's arguments, in order
 */
public record Evidence(String key, ImmutableList<Object> arguments) {
  /** The prefix of the keys of the analysis's messages. */
  static final String PREFIX = "analysis.";

  /** The key of a sentence given as it is, for evidence written by a caller. */
  private static final String AS_WRITTEN = "text";

  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  /**
   * Validates the evidence.
   *
   * @param key the message's key, without its {@code analysis.} prefix
   * @param arguments the message's arguments, in order
   */
  public Evidence {
    checkNotNull(key, "key must not be null");
    checkArgument(!key.isBlank(), "Invalid evidence key '%s': must not be blank", key);
    arguments = ImmutableList.copyOf(checkNotNull(arguments, "arguments must not be null"));
  }

  /**
   * Evidence of a message and its arguments.
   *
   * @param key the message's key, without its {@code analysis.} prefix
   * @param arguments its arguments
   * @return the evidence
   */
  public static Evidence of(String key, Object... arguments) {
    return new Evidence(key, ImmutableList.copyOf(arguments));
  }

  /**
   * Evidence written by a caller as one sentence, shown as written in every language.
   *
   * @param sentence the sentence
   * @return the evidence
   * @throws IllegalArgumentException if the sentence is blank
   */
  public static Evidence asWritten(String sentence) {
    checkNotNull(sentence, "sentence must not be null");
    checkArgument(!sentence.isBlank(), "Invalid evidence: must not be blank");
    return of(AS_WRITTEN, sentence);
  }

  /**
   * The evidence in a language.
   *
   * @param texts the language's texts
   * @return the sentence
   */
  public String text(Texts texts) {
    checkNotNull(texts, "texts must not be null");
    Object[] rendered = arguments.stream().map(a -> render(a, texts)).toArray();
    return texts.text(PREFIX + key, rendered);
  }

  /**
   * The evidence in English.
   *
   * @return the sentence
   */
  public String english() {
    return text(ENGLISH);
  }

  @Override
  public String toString() {
    return english();
  }

  /** An argument as a reader reads it; numbers stay numbers, for the pattern to format. */
  private static Object render(Object argument, Texts texts) {
    if (argument instanceof Number) {
      return argument;
    }
    if (argument instanceof Evidence evidence) {
      return evidence.text(texts);
    }
    if (argument instanceof Enum<?> constant) {
      return texts.label(constant);
    }
    if (argument instanceof ActorKind kind) {
      return texts.kind(kind);
    }
    if (argument instanceof Series series) {
      String joined = "";
      for (int i = 0; i < series.items().size(); i++) {
        String item = String.valueOf(render(series.items().get(i), texts));
        joined = i == 0 ? item : texts.text(PREFIX + series.join(), joined, item);
      }
      return joined;
    }
    if (argument instanceof Iterable<?> values) {
      return texts.list(
          StreamSupport.stream(values.spliterator(), false)
              .map(v -> String.valueOf(render(v, texts)))
              .toList());
    }
    return String.valueOf(argument);
  }

  /**
   * Values joined by a pattern of their own, such as the clauses of a sentence: the pattern joins
   * the text so far ({@code {0}}) and the next value ({@code {1}}), {@code {0}; {1}} in English.
   *
   * @param join the key of the pattern, without its {@code analysis.} prefix
   * @param items the values, in order
   */
  public record Series(String join, ImmutableList<Object> items) {
    /**
     * Validates the series.
     *
     * @param join the key of the pattern, without its {@code analysis.} prefix
     * @param items the values, in order
     */
    public Series {
      checkNotNull(join, "join must not be null");
      items = ImmutableList.copyOf(checkNotNull(items, "items must not be null"));
    }

    /**
     * Clauses of a sentence, joined by the key {@code join.clauses}.
     *
     * @param items the clauses
     * @return the series
     */
    public static Series clauses(Iterable<?> items) {
      return new Series("join.clauses", ImmutableList.copyOf(items));
    }
  }
}
