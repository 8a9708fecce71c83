package org.concertation.examples.cli;

import java.util.Locale;
import org.concertation.core.report.PublicReport;
import picocli.CommandLine;

/** The format of a report: Markdown or a self-contained HTML page. */
enum Format {
  /** Markdown. */
  MD,
  /** One HTML page. */
  HTML;

  String render(PublicReport report) {
    return this == MD ? report.markdown() : report.html();
  }

  /** Reads {@code md} or {@code html}, ignoring case; anything else is a usage error. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "md":
          return MD;
        case "html":
          return HTML;
        default:
          throw Refusal.of("cli.convert.format", value);
      }
    }
  }
}
