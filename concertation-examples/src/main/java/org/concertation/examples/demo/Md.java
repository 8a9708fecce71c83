package org.concertation.examples.demo;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small Markdown helpers: tables, numbers and dates, always formatted the same way. */
final class Md {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private Md() {}

  /** A date, in UTC: {@code 2026-01-12}. */
  static String date(Instant instant) {
    return DATE.format(instant);
  }

  /** A number with thousands separators and at most two decimals: {@code 180,000}, {@code 4.15}. */
  static String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  /** A number with thousands separators. */
  static String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * Appends a formatted line, with {@code \n} and never the platform's line separator, so that the
   * text is the same everywhere. A format that ends with {@code \n} makes a paragraph.
   */
  static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  /** An enum constant in lower-case words: {@code PROJECT_OWNER} gives {@code project owner}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The items' texts, comma-separated, in order. */
  static String list(Collection<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Text made safe for a table cell. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** A Markdown table built row by row. */
  static final class Table {
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
      this.headers = headers.clone();
    }

    Table row(String... cells) {
      if (cells.length != headers.length) {
        throw new IllegalArgumentException(
            "Invalid row of " + cells.length + " cells for " + headers.length + " columns");
      }
      rows.add(cells.clone());
      return this;
    }

    void appendTo(StringBuilder out) {
      line(out, headers);
      out.append('|');
      for (int i = 0; i < headers.length; i++) {
        out.append(" --- |");
      }
      out.append('\n');
      for (String[] row : rows) {
        line(out, row);
      }
      out.append('\n');
    }

    private static void line(StringBuilder out, String[] cells) {
      out.append('|');
      for (String cell : cells) {
        out.append(' ').append(cell(cell)).append(" |");
      }
      out.append('\n');
    }
  }
}
