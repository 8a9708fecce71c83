package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes PrefLib files (preflib.org): {@code .soc} (strict complete orders), {@code .soi}
 * (strict incomplete), {@code .toc} (complete with ties) and {@code .toi} (incomplete with ties).
 *
 * <p>The header's {@code # NUMBER ALTERNATIVES} and {@code # ALTERNATIVE NAME i} lines give the
 * candidates' names (an alternative without a name is named by its number); each data line is
 * {@code count: 1,{2,3},4}, braces grouping tied alternatives. The data type (header's {@code #
 * DATA TYPE}, or else the file's extension) is enforced: no ties in {@code soc}/{@code soi}, every
 * alternative in {@code soc}/{@code toc}.
 *
 * <p>A malformed file raises a {@link FormatException} naming the file, the line and what was
 * expected. This class is stateless and thread-safe.
 */
public final class PrefLib {
  private PrefLib() {}

  /**
   * Reads a file in UTF-8.
   *
   * @param file the file
   * @return the profile
   * @throws FormatException if the file is malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static Profile read(Path file) {
    checkNotNull(file, "file must not be null");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads PrefLib text.
   *
   * @param fileName the name used in error messages; its extension gives the data type when the
   *     header does not
   * @param reader the text
   * @return the profile
   * @throws FormatException if the text is malformed
   */
  public static Profile parse(String fileName, Reader reader) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(reader, "reader must not be null");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String type = extension(fileName);
    int alternatives = -1;
    int alternativesLine = 0;
    long voters = -1;
    int votersLine = 0;
    long uniqueOrders = -1;
    int uniqueOrdersLine = 0;
    TreeMap<Integer, String> names = new TreeMap<>();
    TreeMap<Integer, Integer> nameLines = new TreeMap<>();
    List<RankedBallot> ballots = new ArrayList<>();
    List<List<List<Integer>>> orders = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    int line = 0;
    try {
      String text;
      while ((text = lines.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        String t = text.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (t.startsWith("#")) {
          String header = t.substring(1).strip();
          String upper = header.toUpperCase(Locale.ROOT);
          int colon = header.indexOf(':');
          String value = colon < 0 ? "" : header.substring(colon + 1).strip();
          if (upper.startsWith("DATA TYPE:")) {
            type = value.toLowerCase(Locale.ROOT);
          } else if (upper.startsWith("NUMBER ALTERNATIVES:")) {
            if (alternatives >= 0) {
              throw new FormatException(
                  fileName,
                  line,
                  "expected one '# NUMBER ALTERNATIVES' line, found another after line "
                      + alternativesLine);
            }
            alternatives = positive(fileName, line, value, "the number of alternatives");
            alternativesLine = line;
          } else if (upper.startsWith("NUMBER VOTERS:")) {
            voters = count(fileName, line, value, "the number of voters");
            votersLine = line;
          } else if (upper.startsWith("NUMBER UNIQUE ORDERS:")) {
            uniqueOrders = count(fileName, line, value, "the number of unique orders");
            uniqueOrdersLine = line;
          } else if (upper.startsWith("ALTERNATIVE NAME ")) {
            String number =
                header
                    .substring("ALTERNATIVE NAME ".length(), colon < 0 ? header.length() : colon)
                    .strip();
            int id = positive(fileName, line, number, "an alternative number");
            if (colon < 0 || value.isEmpty()) {
              throw new FormatException(
                  fileName, line, "expected '# ALTERNATIVE NAME " + id + ": name'");
            }
            Integer before = nameLines.put(id, line);
            if (before != null) {
              throw new FormatException(
                  fileName,
                  line,
                  "expected one name for alternative "
                      + id
                      + ", found another after line "
                      + before);
            }
            names.put(id, value);
          }
          continue;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
          throw new FormatException(fileName, line, "expected 'count: order', found '" + t + "'");
        }
        long count = positive(fileName, line, t.substring(0, colon).strip(), "a count");
        orders.add(order(fileName, line, t.substring(colon + 1)));
        counts.add(count);
        lineNumbers.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
    }
    if (alternatives < 0) {
      throw new FormatException(fileName, 0, "expected a '# NUMBER ALTERNATIVES: n' header line");
    }
    if (!Set.of("soc", "soi", "toc", "toi").contains(type)) {
      throw new FormatException(
          fileName, 0, "expected a data type soc, soi, toc or toi, found '" + type + "'");
    }
    if (!names.isEmpty() && names.lastKey() > alternatives) {
      throw new FormatException(
          fileName,
          requireNonNull(nameLines.get(names.lastKey())),
          "expected alternatives 1 to "
              + alternatives
              + " as '# NUMBER ALTERNATIVES' says, found a name for "
              + names.lastKey());
    }
    List<String> candidates = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 1; i <= alternatives; i++) {
      String name = names.getOrDefault(i, Integer.toString(i));
      Integer other = seen.putIfAbsent(name, i);
      if (other != null) {
        // two alternatives of one name could not be told apart in a ballot's outcome
        throw new FormatException(
            fileName,
            nameLines.getOrDefault(i, alternativesLine),
            "expected distinct alternative names, found '"
                + name
                + "' for alternatives "
                + other
                + " and "
                + i);
      }
      candidates.add(name);
    }
    if (uniqueOrders >= 0 && uniqueOrders != orders.size()) {
      throw new FormatException(
          fileName,
          uniqueOrdersLine,
          "expected "
              + uniqueOrders
              + " orders as '# NUMBER UNIQUE ORDERS' says, found "
              + orders.size());
    }
    if (voters >= 0) {
      long total = 0;
      for (long c : counts) {
        total = total > Long.MAX_VALUE - c ? Long.MAX_VALUE : total + c;
      }
      if (total != voters) {
        throw new FormatException(
            fileName,
            votersLine,
            "expected " + voters + " voters as '# NUMBER VOTERS' says, found " + total);
      }
    }
    boolean ties = type.startsWith("t");
    boolean complete = type.endsWith("c");
    for (int k = 0; k < orders.size(); k++) {
      int at = lineNumbers.get(k);
      List<List<String>> tiers = new ArrayList<>();
      int listed = 0;
      for (List<Integer> tier : orders.get(k)) {
        if (!ties && tier.size() > 1) {
          throw new FormatException(
              fileName, at, "expected a strict order in a " + type + " file, found a tie {...}");
        }
        List<String> tierNames = new ArrayList<>();
        for (int id : tier) {
          if (id > alternatives) {
            throw new FormatException(
                fileName, at, "expected alternatives 1 to " + alternatives + ", found " + id);
          }
          tierNames.add(candidates.get(id - 1));
        }
        listed += tier.size();
        tiers.add(tierNames);
      }
      if (complete && listed != alternatives) {
        throw new FormatException(
            fileName,
            at,
            "expected all "
                + alternatives
                + " alternatives in a "
                + type
                + " file, found "
                + listed);
      }
      ballots.add(RankedBallot.of(counts.get(k), tiers));
    }
    return Profile.of(candidates, ballots);
  }

  private static List<List<Integer>> order(String file, int line, String text) {
    List<List<Integer>> tiers = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int i = 0;
    String s = text.strip();
    if (s.isEmpty()) {
      return tiers;
    }
    while (i < s.length()) {
      List<Integer> tier = new ArrayList<>();
      int end;
      if (s.charAt(i) == '{') {
        end = s.indexOf('}', i);
        if (end < 0) {
          throw new FormatException(
              file, line, "expected '}' closing the tie opened at column " + (i + 1));
        }
        for (String part : s.substring(i + 1, end).split(",", -1)) {
          tier.add(alternative(file, line, part, seen));
        }
        end++;
      } else {
        end = s.indexOf(',', i);
        end = end < 0 ? s.length() : end;
        tier.add(alternative(file, line, s.substring(i, end), seen));
      }
      tiers.add(tier);
      while (end < s.length() && s.charAt(end) == ' ') {
        end++;
      }
      if (end < s.length()) {
        if (s.charAt(end) != ',') {
          throw new FormatException(
              file, line, "expected ',' after an alternative, found '" + s.charAt(end) + "'");
        }
        end++;
        if (end >= s.length()) {
          throw new FormatException(file, line, "expected an alternative after the last ','");
        }
      }
      i = end;
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }
    return tiers;
  }

  private static int alternative(String file, int line, String text, Set<Integer> seen) {
    int id = positive(file, line, text.strip(), "an alternative number");
    if (!seen.add(id)) {
      throw new FormatException(
          file, line, "expected each alternative once, found " + id + " twice");
    }
    return id;
  }

  private static int positive(String file, int line, String text, String what) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FormatException(
        file, line, "expected " + what + " (a whole number from 1), found '" + text + "'");
  }

  private static long count(String file, int line, String text, String what) {
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FormatException(
        file, line, "expected " + what + " (a whole number from 0), found '" + text + "'");
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Writes a profile as a {@code toi} file (the most general type) with the candidates' names.
   *
   * @param profile the profile
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Profile profile, Writer out) {
    checkNotNull(profile, "profile must not be null");
    checkNotNull(out, "out must not be null");
    try {
      out.write("# DATA TYPE: toi\n# NUMBER ALTERNATIVES: " + profile.size() + "\n");
      for (int i = 0; i < profile.size(); i++) {
        out.write("# ALTERNATIVE NAME " + (i + 1) + ": " + profile.candidates().get(i) + "\n");
      }
      out.write(
          "# NUMBER VOTERS: "
              + profile.voters()
              + "\n# NUMBER UNIQUE ORDERS: "
              + profile.ballots().size()
              + "\n");
      for (RankedBallot ballot : profile.ballots()) {
        StringBuilder line = new StringBuilder().append(ballot.count()).append(": ");
        for (int t = 0; t < ballot.tiers().size(); t++) {
          List<String> tier = ballot.tiers().get(t).asList();
          line.append(t > 0 ? "," : "").append(tier.size() > 1 ? "{" : "");
          for (int k = 0; k < tier.size(); k++) {
            line.append(k > 0 ? "," : "").append(profile.indexOf(tier.get(k)) + 1);
          }
          line.append(tier.size() > 1 ? "}" : "");
        }
        out.write(line.append('\n').toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write: " + e.getMessage(), e);
    }
  }
}
