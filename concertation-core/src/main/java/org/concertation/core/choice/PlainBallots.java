package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the plain ballot formats, one ballot per line, {@code #} starting a comment:
 *
 * <ul>
 *   <li>ranked: {@code COUNT: A > B = C}, the count optional (1), {@code =} tying candidates;
 *   <li>approval: {@code COUNT: A, C}, the count optional, an empty list approving nobody;
 *   <li>grades: CSV with a header {@code count,A,B,C} and one row of integer grades per ballot
 *       line.
 * </ul>
 *
 * <p>In the ranked and approval formats the candidates are the names met, in order of first
 * appearance. A malformed file raises a {@link FormatException} naming the file, the line and what
 * was expected. This class is stateless and thread-safe.
 */
public final class PlainBallots {
  private PlainBallots() {}

  private interface LineParser {
    void accept(int line, String text);
  }

  private static void lines(String file, Reader reader, LineParser parser) {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    try {
      String text;
      int line = 0;
      while ((text = lines.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        int hash = text.indexOf('#');
        String t = (hash < 0 ? text : text.substring(0, hash)).strip();
        if (!t.isEmpty()) {
          parser.accept(line, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static <T> T open(Path file, java.util.function.BiFunction<String, Reader, T> parse) {
    checkNotNull(file, "file must not be null");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.apply(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a ranked ballot file in UTF-8.
   *
   * @param file the file
   * @return the profile
   * @throws FormatException if the file is malformed
   */
  public static Profile readRanked(Path file) {
    return open(file, PlainBallots::parseRanked);
  }

  /**
   * Reads ranked ballots, {@code COUNT: A > B = C} per line.
   *
   * @param fileName the name used in error messages
   * @param reader the text
   * @return the profile
   * @throws FormatException if the text is malformed
   */
  public static Profile parseRanked(String fileName, Reader reader) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(reader, "reader must not be null");
    Set<String> candidates = new LinkedHashSet<>();
    List<RankedBallot> ballots = new ArrayList<>();
    lines(
        fileName,
        reader,
        (line, text) -> {
          String[] parts = countAndRest(fileName, line, text);
          long count = Long.parseLong(parts[0]);
          List<List<String>> tiers = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          if (!parts[1].isBlank()) {
            for (String tier : parts[1].split(">", -1)) {
              List<String> names = new ArrayList<>();
              for (String name : tier.split("=", -1)) {
                String n = name.strip();
                if (n.isEmpty()) {
                  throw new FormatException(
                      fileName,
                      line,
                      "expected a candidate name between '>' or '=', found nothing");
                }
                if (n.contains(",")) {
                  throw new FormatException(
                      fileName,
                      line,
                      "expected candidates separated by '>' or '=', found ',' in '" + n + "'");
                }
                if (!seen.add(n)) {
                  throw new FormatException(
                      fileName, line, "expected each candidate once, found '" + n + "' twice");
                }
                names.add(n);
                candidates.add(n);
              }
              tiers.add(names);
            }
          }
          ballots.add(RankedBallot.of(count, tiers));
        });
    if (candidates.isEmpty()) {
      throw new FormatException(fileName, 0, "expected at least one ballot naming a candidate");
    }
    return Profile.of(candidates, ballots);
  }

  /**
   * Reads an approval ballot file in UTF-8.
   *
   * @param file the file
   * @return the profile, grade 1 for approved
   * @throws FormatException if the file is malformed
   */
  public static GradedProfile readApprovals(Path file) {
    return open(file, PlainBallots::parseApprovals);
  }

  /**
   * Reads approval ballots, {@code COUNT: A, C} per line.
   *
   * @param fileName the name used in error messages
   * @param reader the text
   * @return the profile, grade 1 for approved
   * @throws FormatException if the text is malformed
   */
  public static GradedProfile parseApprovals(String fileName, Reader reader) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(reader, "reader must not be null");
    Set<String> candidates = new LinkedHashSet<>();
    List<Set<String>> approved = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    lines(
        fileName,
        reader,
        (line, text) -> {
          String[] parts = countAndRest(fileName, line, text);
          Set<String> set = new LinkedHashSet<>();
          if (!parts[1].isBlank()) {
            for (String name : parts[1].split(",", -1)) {
              String n = name.strip();
              if (n.isEmpty()) {
                throw new FormatException(
                    fileName, line, "expected a candidate name between ',', found nothing");
              }
              if (n.contains(">") || n.contains("=")) {
                throw new FormatException(
                    fileName,
                    line,
                    "expected approved candidates separated by ',', found '" + n + "'");
              }
              if (!set.add(n)) {
                throw new FormatException(
                    fileName, line, "expected each candidate once, found '" + n + "' twice");
              }
              candidates.add(n);
            }
          }
          approved.add(set);
          counts.add(Long.parseLong(parts[0]));
        });
    if (candidates.isEmpty()) {
      throw new FormatException(fileName, 0, "expected at least one ballot naming a candidate");
    }
    return GradedProfile.approvals(List.copyOf(candidates), approved, counts);
  }

  /**
   * Reads a grade file (CSV) in UTF-8.
   *
   * @param file the file
   * @return the profile
   * @throws FormatException if the file is malformed
   */
  public static GradedProfile readGrades(Path file) {
    return open(file, PlainBallots::parseGrades);
  }

  /**
   * Reads grades as CSV: a header {@code count,A,B,C}, then one row of integer grades per ballot
   * line.
   *
   * @param fileName the name used in error messages
   * @param reader the text
   * @return the profile
   * @throws FormatException if the text is malformed
   */
  public static GradedProfile parseGrades(String fileName, Reader reader) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(reader, "reader must not be null");
    List<String> candidates = new ArrayList<>();
    List<GradedProfile.Ballot> ballots = new ArrayList<>();
    lines(
        fileName,
        reader,
        (line, text) -> {
          String[] fields = text.split(",", -1);
          if (candidates.isEmpty()) {
            if (!fields[0].strip().equalsIgnoreCase("count") || fields.length < 2) {
              throw new FormatException(
                  fileName, line, "expected a header 'count,A,B,...', found '" + text + "'");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < fields.length; i++) {
              String name = fields[i].strip();
              if (name.isEmpty() || !seen.add(name)) {
                throw new FormatException(
                    fileName,
                    line,
                    "expected distinct candidate names in the header, found '" + name + "'");
              }
              candidates.add(name);
            }
            return;
          }
          if (fields.length != candidates.size() + 1) {
            throw new FormatException(
                fileName,
                line,
                "expected "
                    + (candidates.size() + 1)
                    + " comma-separated fields (count and one grade per candidate), found "
                    + fields.length);
          }
          long count = count(fileName, line, fields[0].strip());
          int[] grades = new int[candidates.size()];
          for (int i = 0; i < grades.length; i++) {
            String g = fields[i + 1].strip();
            try {
              grades[i] = Integer.parseInt(g);
            } catch (NumberFormatException e) {
              throw new FormatException(
                  fileName,
                  line,
                  "expected an integer grade for '" + candidates.get(i) + "', found '" + g + "'");
            }
          }
          ballots.add(GradedProfile.Ballot.of(count, grades));
        });
    if (candidates.isEmpty()) {
      throw new FormatException(fileName, 0, "expected a header 'count,A,B,...'");
    }
    return GradedProfile.of(candidates, ballots);
  }

  /**
   * Writes ranked ballots in the plain format.
   *
   * @param profile the profile
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRanked(Profile profile, Writer out) {
    checkNotNull(profile, "profile must not be null");
    checkNotNull(out, "out must not be null");
    try {
      for (RankedBallot ballot : profile.ballots()) {
        out.write(ballot + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write: " + e.getMessage(), e);
    }
  }

  /** Splits {@code COUNT: rest}; without a colon the count is 1. */
  private static String[] countAndRest(String file, int line, String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new String[] {"1", text};
    }
    String count = text.substring(0, colon).strip();
    return new String[] {Long.toString(count(file, line, count)), text.substring(colon + 1)};
  }

  private static long count(String file, int line, String text) {
    try {
      long count = Long.parseLong(text);
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FormatException(
        file, line, "expected a count (a whole number from 1) before ':', found '" + text + "'");
  }
}
