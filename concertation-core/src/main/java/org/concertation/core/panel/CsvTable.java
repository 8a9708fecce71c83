package org.concertation.core.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concertation.core.choice.FormatException;

/**
 * A strict reader of comma-separated files (RFC 4180 without line breaks inside fields): fields may
 * be quoted with {@code "}, a quote inside a quoted field is doubled; blank lines are skipped.
 */
final class CsvTable {
  private CsvTable() {}

  /** One non-blank line of a file: its number, from 1, and its fields. */
  record Row(int line, List<String> fields) {}

  /** The non-blank rows of a file; the first is the header. */
  static List<Row> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte order mark
      }
      if (line.isBlank()) {
        if (i == 0) {
          throw new FormatException(file.toString(), 1, "expected a header, found a blank line");
        }
        continue;
      }
      rows.add(new Row(i + 1, fields(file.toString(), i + 1, line)));
    }
    return rows;
  }

  /** The fields of one line. */
  static List<String> fields(String file, int line, String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new FormatException(file, line, "expected a closing quote, found the line's end");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < text.length() && text.charAt(i) != ',') {
          throw new FormatException(
              file, line, "expected ',' after a quoted field, found '" + text.charAt(i) + "'");
        }
      } else {
        while (i < text.length() && text.charAt(i) != ',') {
          char c = text.charAt(i++);
          if (c == '"') {
            throw new FormatException(file, line, "expected no quote inside an unquoted field");
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= text.length()) {
        return fields;
      }
      i++; // the comma
    }
  }

  /** The index of the first header column with one of the names (case-insensitive, trimmed). */
  static int column(String file, List<String> header, String... names) {
    int found = find(header, names);
    if (found < 0) {
      throw new FormatException(
          file, 1, "expected a column '" + names[0] + "', found " + String.join(",", header));
    }
    return found;
  }

  /** The index of the first header column with one of the names, or -1. */
  static int find(List<String> header, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A count: a whole number from 0. */
  static int count(String file, int line, String what, String text) {
    String value = text.strip();
    try {
      int count = Integer.parseInt(value);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FormatException(
        file, line, "expected " + what + " as a whole number from 0, found '" + value + "'");
  }
}
