package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a ballot or budgeting file is malformed. The message names the file, the line (from
 * 1) and what was expected: {@code votes.txt:3: expected a count before ':', found 'x'}.
 */
public final class FormatException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** The file's name. */
  private final String file;

  /** The line, from 1, or 0 for the whole file. */
  private final int line;

  /**
   * A format error.
   *
   * @param file the file's name
   * @param line the line, from 1, or 0 when the whole file is at fault
   * @param detail what was expected and what was found
   */
  public FormatException(String file, int line, String detail) {
    super(
        checkNotNull(file, "file must not be null")
            + ":"
            + line
            + ": "
            + checkNotNull(detail, "detail must not be null"));
    this.file = file;
    this.line = line;
  }

  /**
   * The file's name.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The line at fault, from 1, or 0 when the whole file is at fault.
   *
   * @return the line
   */
  public int line() {
    return line;
  }
}
