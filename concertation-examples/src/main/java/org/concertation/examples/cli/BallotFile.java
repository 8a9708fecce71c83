package org.concertation.examples.cli;

import java.util.Locale;
import org.concertation.core.text.Texts;

/**
 * What a ballot or budgeting file holds, told by its content rather than its name: a PrefLib file
 * (header lines {@code # NUMBER ALTERNATIVES:} or {@code # DATA TYPE:}), a Pabulib file (its first
 * line {@code META}), or the plain formats of {@code vote}.
 */
enum BallotFile {
  /** A PrefLib file of rankings (preflib.org). */
  PREFLIB,
  /** A Pabulib participatory budgeting file (pabulib.org). */
  PABULIB,
  /** Plain ballots: {@code COUNT: A > B}, {@code COUNT: A, C} or a grade CSV. */
  PLAIN;

  /** What the text of a file holds. */
  static BallotFile of(String text) {
    boolean first = true;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (first && t.equalsIgnoreCase("META")) {
        return PABULIB;
      }
      first = false;
      if (!t.startsWith("#")) {
        return PLAIN;
      }
      String header = t.substring(1).strip().toUpperCase(Locale.ROOT);
      if (header.startsWith("NUMBER ALTERNATIVES:") || header.startsWith("DATA TYPE:")) {
        return PREFLIB;
      }
    }
    return PLAIN;
  }

  /** How the file is named in a refusal, in a language. */
  String describe(Texts texts) {
    return texts.text("cli.ballot.file." + name());
  }
}
