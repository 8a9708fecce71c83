package org.concertation.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An input that a command refuses: a file that is missing, unreadable, not UTF-8 or malformed, or
 * an output that cannot be written. It names the file and, when known, the line and the byte
 * offset; the command line prints it as one {@code error:} line and exits with status 1.
 *
 * <p>What it says is a message of the command line's bundle ({@code cli.input.…}) with its
 * arguments, said in the command's language by {@link #message(Texts)}; what a reader of the input
 * said of it (a codec, a parser) is quoted as it said it. {@link #getMessage()} is the English
 * text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class InputException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** No line is known. */
  static final int NO_LINE = 0;

  /** No byte offset is known. */
  static final long NO_OFFSET = -1;

  /** The key of a detail quoted as a reader of the input said it. */
  private static final String QUOTED = "cli.input.quoted";

  private final String file;
  private final int line;
  private final long offset;
  private final String key;
  private final ImmutableList<Object> arguments;

  private InputException(
      String file,
      int line,
      long offset,
      String key,
      ImmutableList<Object> arguments,
      @Nullable Throwable cause) {
    super(describe(file, line, offset, key, arguments, LanguageOptions.english()), cause);
    this.file = file;
    this.line = line;
    this.offset = offset;
    this.key = key;
    this.arguments = arguments;
  }

  /** The whole file is at fault, as a reader of it said. */
  static InputException of(Object file, String detail) {
    return at(file, NO_LINE, detail);
  }

  /**
   * One line of the file, from 1, is at fault, as a reader of it said; {@link #NO_LINE} for all.
   */
  static InputException at(Object file, int line, String detail) {
    return new InputException(
        name(file), line, NO_OFFSET, QUOTED, quoted(detail), (Throwable) null);
  }

  /** The whole file is at fault, as the command line's message of this key says. */
  static InputException said(Object file, String key, Object... arguments) {
    return saidAt(file, NO_LINE, key, arguments);
  }

  /** One line of the file is at fault, as the command line's message of this key says. */
  static InputException saidAt(Object file, int line, String key, Object... arguments) {
    return new InputException(
        name(file),
        line,
        NO_OFFSET,
        checkNotNull(key, "key"),
        ImmutableList.copyOf(arguments),
        (Throwable) null);
  }

  /** A byte of the file, from 0, on a line from 1, is at fault, as the message of a key says. */
  static InputException atByte(
      Object file, int line, long offset, String key, Object... arguments) {
    return new InputException(
        name(file),
        line,
        offset,
        checkNotNull(key, "key"),
        ImmutableList.copyOf(arguments),
        (Throwable) null);
  }

  /** The same error, with the exception that revealed it as its cause. */
  InputException causedBy(Throwable cause) {
    return new InputException(file, line, offset, key, arguments, cause);
  }

  private static ImmutableList<Object> quoted(String detail) {
    return ImmutableList.of(checkNotNull(detail, "detail"));
  }

  private static String name(Object file) {
    return String.valueOf(checkNotNull(file, "file must not be null"));
  }

  private static String describe(
      String file,
      int line,
      long offset,
      String key,
      ImmutableList<Object> arguments,
      Texts texts) {
    StringBuilder text = new StringBuilder(file);
    if (line > NO_LINE) {
      text.append(':').append(line);
    }
    text.append(": ");
    String detail = texts.text(key, rendered(arguments, texts));
    return text.append(
            offset > NO_OFFSET ? texts.text("cli.input.at.byte", offset, detail) : detail)
        .toString();
  }

  /** Arguments as a language says them: a nested message by its own words. */
  private static Object[] rendered(ImmutableList<Object> arguments, Texts texts) {
    return arguments.stream()
        .map(
            a ->
                a instanceof Words words ? texts.text(words.key(), words.arguments().toArray()) : a)
        .toArray();
  }

  /**
   * Words of the command line's bundle given as an argument of another message, such as what a
   * value was found to be.
   *
   * @param key the words' key
   * @param arguments their arguments
   */
  record Words(String key, ImmutableList<Object> arguments) {
    /** The words of a key. */
    static Words of(String key, Object... arguments) {
      return new Words(key, ImmutableList.copyOf(arguments));
    }
  }

  /**
   * What the error says in a language: {@code FILE[:LINE]: [at byte N, ]what was expected}.
   *
   * @param texts the language's texts
   * @return the message
   */
  String message(Texts texts) {
    return describe(file, line, offset, key, arguments, texts);
  }

  /** The file's name as given. */
  String file() {
    return file;
  }

  /** The line at fault, from 1, or {@link #NO_LINE}. */
  int line() {
    return line;
  }

  /** The byte at fault, from 0, or {@link #NO_OFFSET}. */
  long offset() {
    return offset;
  }

  /** What was expected and what was found, in English. */
  String detail() {
    return LanguageOptions.english().text(key, rendered(arguments, LanguageOptions.english()));
  }
}
