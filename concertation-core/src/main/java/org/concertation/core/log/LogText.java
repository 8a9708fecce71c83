package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The text of a whole log of format {@value EventLog#FORMAT_VERSION}: its hash-chained lines, which
 * hold every personal value by its salted digest, and the lines of its erasable personal part,
 * which hold each value's salt and text ({@link EventLog#personalFile}).
 *
 * <p>{@link #toString()} never shows the personal part. This class is immutable and thread-safe.
 *
 * @param lines the log's lines, without line terminators
 * @param personal the personal part's lines, without line terminators
 */
public record LogText(ImmutableList<String> lines, ImmutableList<String> personal) {
  /**
   * Validates the text.
   *
   * @param lines the log's lines
   * @param personal the personal part's lines
   */
  public LogText {
    lines = ImmutableList.copyOf(checkNotNull(lines, "lines must not be null"));
    personal = ImmutableList.copyOf(checkNotNull(personal, "personal must not be null"));
  }

  @Override
  public String toString() {
    return "LogText[" + lines.size() + " lines, " + personal.size() + " personal lines]";
  }
}
