package org.concertation.examples.demo;

import java.util.ArrayList;
import java.util.List;

/** Markdown tables; the account's words, numbers and dates come from its {@link RunView}. */
final class Md {
  private Md() {}

  /** A table cell's text: pipes escaped, on one line. */
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
