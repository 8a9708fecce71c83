package org.concertation.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * An input that a command refuses: a file that is missing, unreadable, not UTF-8 or malformed, or
 * an output that cannot be written. It names the file and, when known, the line and the byte
 * offset; the command line prints it as one {@code error:} line and exits with status 1.
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

  private final String file;
  private final int line;
  private final long offset;
  private final String detail;

  private InputException(
      String file, int line, long offset, String detail, @Nullable Throwable cause) {
    super(describe(file, line, offset, detail), cause);
    this.file = file;
    this.line = line;
    this.offset = offset;
    this.detail = detail;
  }

  /** The whole file is at fault. */
  static InputException of(Object file, String detail) {
    return at(file, NO_LINE, detail);
  }

  /** One line of the file, from 1, is at fault; {@link #NO_LINE} for the whole file. */
  static InputException at(Object file, int line, String detail) {
    return new InputException(name(file), line, NO_OFFSET, checkNotNull(detail, "detail"), null);
  }

  /** A byte of the file, from 0, on a line from 1, is at fault. */
  static InputException atByte(Object file, int line, long offset, String detail) {
    return new InputException(name(file), line, offset, checkNotNull(detail, "detail"), null);
  }

  /** The same error, with the exception that revealed it as its cause. */
  InputException causedBy(Throwable cause) {
    return new InputException(file, line, offset, detail, cause);
  }

  private static String name(Object file) {
    return String.valueOf(checkNotNull(file, "file must not be null"));
  }

  private static String describe(String file, int line, long offset, String detail) {
    StringBuilder text = new StringBuilder(file);
    if (line > NO_LINE) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (offset > NO_OFFSET) {
      text.append("at byte ").append(offset).append(", ");
    }
    return text.append(detail).toString();
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

  /** What was expected and what was found. */
  String detail() {
    return detail;
  }
}
