package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concertation.core.choice.FormatException;

/**
 * Reads Pabulib {@code .pb} files (pabulib.org): a {@code META} section with the {@code budget}, a
 * {@code PROJECTS} section with {@code project_id} and {@code cost} columns and a {@code VOTES}
 * section with a {@code vote} column listing approved project ids separated by commas. Only
 * approval ballots are read. Fields are separated by {@code ;} and may be quoted with {@code "}.
 *
 * <p>The budget and each cost are whole numbers from 0 to a million billion (10^15), and the costs
 * add up to at most a thousand times that; voter ids, when given, are unique, and the META
 * section's {@code num_projects} and {@code num_votes}, when given, must match the body.
 *
 * <p>A malformed file raises a {@link FormatException} naming the file, the line and what was
 * expected. This class is stateless and thread-safe.
 */
public final class Pabulib {
  private Pabulib() {}

  /**
   * Reads a file in UTF-8.
   *
   * @param file the file
   * @return the election
   * @throws FormatException if the file is malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static BudgetElection read(Path file) {
    checkNotNull(file, "file must not be null");
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return new Parser(file.toString()).parse(data);
  }

  /**
   * Reads Pabulib text.
   *
   * @param fileName the name used in error messages
   * @param reader the text
   * @return the election
   * @throws FormatException if the text is malformed
   */
  public static BudgetElection parse(String fileName, Reader reader) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(reader, "reader must not be null");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
    }
    return new Parser(fileName).parse(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads Pabulib text from its UTF-8 bytes, as a host that has read the file itself holds it: the
   * same as {@link #parse(String, Reader)} on the decoded text, without decoding it whole.
   *
   * @param fileName the name used in error messages
   * @param utf8 the text's bytes, which may start with a byte order mark
   * @return the election
   * @throws FormatException if the bytes are not UTF-8 or the text is malformed
   */
  public static BudgetElection parse(String fileName, byte[] utf8) {
    checkNotNull(fileName, "fileName must not be null");
    checkNotNull(utf8, "utf8 must not be null");
    return new Parser(fileName).parse(utf8);
  }

  /**
   * The largest budget or cost read: a million billion, above any city's budget in any currency,
   * and far enough below the range of {@code long} that sums of costs cannot overflow.
   */
  static final long MAX_AMOUNT = 1_000_000_000_000_000L;

  /** How many times {@link #MAX_AMOUNT} all the projects' costs may add up to. */
  private static final long MAX_AMOUNT_FACTOR = 1000;

  /** The characters decoded at a time when checking that a file is UTF-8. */
  private static final int UTF8_CHUNK = 8192;

  private static final class Parser {
    private final String file;
    private int line;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<Project> projects = new ArrayList<>();
    private final Map<String, Integer> projectLines = new LinkedHashMap<>();
    private BudgetElection.@org.jspecify.annotations.Nullable Builder builder;
    private IdTable projectIndex = new IdTable(List.of());
    private int budgetLine;
    private final Map<String, Integer> metaLines = new LinkedHashMap<>();
    private int voterColumn = -1;
    private final java.util.Set<String> voters = new java.util.HashSet<>();
    private long votes;
    private long totalCost;

    Parser(String file) {
      this.file = file;
    }

    FormatException error(String detail) {
      return new FormatException(file, line, detail);
    }

    /**
     * Parses UTF-8 bytes line by line. Vote lines, nearly all of a large file, are read from the
     * bytes without decoding the line: only the ids in the vote field become strings.
     */
    BudgetElection parse(byte[] data) {
      utf8(data);
      String section = null;
      List<String> header = null;
      int idColumn = -1;
      int costColumn = -1;
      int nameColumn = -1;
      int voteColumn = -1;
      int next =
          data.length >= 3
                  && data[0] == (byte) 0xEF
                  && data[1] == (byte) 0xBB
                  && data[2] == (byte) 0xBF
              ? 3
              : 0;
      while (next < data.length) {
        int start = next;
        int end = start;
        while (end < data.length && data[end] != '\n') {
          end++;
        }
        next = end + 1;
        if (end > start && data[end - 1] == '\r') {
          end--;
        }
        line++;
        if (builder != null
            && header != null
            && end - start > 8
            && vote(data, start, end, header.size(), voteColumn)) {
          continue;
        }
        String text = new String(data, start, end - start, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String upper = trimmed.length() <= 8 ? trimmed.toUpperCase(java.util.Locale.ROOT) : "";
        if (upper.equals("META") || upper.equals("PROJECTS") || upper.equals("VOTES")) {
          if (upper.equals("VOTES") && builder == null) {
            startVotes();
            requireNonNull(builder).expectBallots(countLines(data, next));
          }
          if (upper.equals("PROJECTS") && !"META".equals(section)) {
            throw error("expected the META section before PROJECTS");
          }
          if (upper.equals("VOTES") && !"PROJECTS".equals(section)) {
            throw error("expected the PROJECTS section before VOTES");
          }
          section = upper;
          header = null;
          continue;
        }
        if (section == null) {
          throw error("expected META, found '" + trimmed + "'");
        }
        List<String> fields = split(text);
        if (header == null) {
          header = new ArrayList<>();
          for (String f : fields) {
            header.add(f.strip().toLowerCase(java.util.Locale.ROOT));
          }
          if (section.equals("PROJECTS")) {
            idColumn = column(header, "project_id");
            costColumn = column(header, "cost");
            nameColumn = header.indexOf("name");
          } else if (section.equals("VOTES")) {
            voteColumn = column(header, "vote");
            voterColumn = header.indexOf("voter_id");
          }
          continue;
        }
        if (fields.size() != header.size()) {
          throw error(
              "expected "
                  + header.size()
                  + " fields separated by ';' as in the header, found "
                  + fields.size());
        }
        switch (section) {
          case "META":
            meta.put(
                fields.get(0).strip().toLowerCase(java.util.Locale.ROOT), fields.get(1).strip());
            if (fields.get(0).strip().equalsIgnoreCase("budget")) {
              budgetLine = line;
            }
            metaLines.put(fields.get(0).strip().toLowerCase(java.util.Locale.ROOT), line);
            break;
          case "PROJECTS":
            String id = fields.get(idColumn).strip();
            if (id.isEmpty()) {
              throw error("expected a project_id, found nothing");
            }
            if (projectLines.put(id, line) != null) {
              throw error("expected a new project_id, found '" + id + "' again");
            }
            long cost = amount(fields.get(costColumn).strip(), "a cost");
            totalCost += cost;
            if (totalCost > MAX_AMOUNT * MAX_AMOUNT_FACTOR) {
              throw error(
                  "expected the projects' costs to add up to at most "
                      + MAX_AMOUNT * MAX_AMOUNT_FACTOR
                      + ", found more");
            }
            projects.add(
                new Project(id, cost, nameColumn >= 0 ? fields.get(nameColumn).strip() : ""));
            break;
          default:
            if (voterColumn >= 0) {
              voter(fields.get(voterColumn).strip());
            }
            byte[] vote = fields.get(voteColumn).getBytes(StandardCharsets.UTF_8);
            addVote(vote, 0, vote.length);
        }
      }
      if (builder == null) {
        if (section == null) {
          line = 0;
          throw error("expected META, PROJECTS and VOTES sections, found an empty file");
        }
        throw error("expected a VOTES section before the end of the file");
      }
      declared("num_votes", "votes", votes);
      return builder.build();
    }

    /**
     * Reads a vote line from its bytes, without decoding it; returns false, having read nothing,
     * when the line holds a quote and must be split as text.
     */
    private boolean vote(byte[] data, int start, int end, int fields, int column) {
      int found = 1;
      int voteStart = column == 0 ? start : -1;
      int voteEnd = end;
      int voterStart = voterColumn == 0 ? start : -1;
      int voterEnd = end;
      for (int i = start; i < end; i++) {
        byte b = data[i];
        if (b == ';') {
          if (found == column + 1) {
            voteEnd = i;
          }
          if (found == voterColumn + 1) {
            voterEnd = i;
          }
          found++;
          if (found == column + 1) {
            voteStart = i + 1;
          }
          if (found == voterColumn + 1) {
            voterStart = i + 1;
          }
        } else if (b == '"') {
          return false;
        }
      }
      if (found == 1 && isBlank(data, start, end)) {
        return true;
      }
      if (found != fields) {
        throw error(
            "expected " + fields + " fields separated by ';' as in the header, found " + found);
      }
      if (voterColumn >= 0) {
        voter(new String(data, voterStart, voterEnd - voterStart, StandardCharsets.UTF_8).strip());
      }
      addVote(data, voteStart, voteEnd);
      return true;
    }

    /** Refuses a voter id seen before: one voter, one ballot. */
    private void voter(String id) {
      if (!voters.add(id)) {
        throw error("expected a new voter_id, found '" + id + "' again");
      }
    }

    /** Refuses a count in META that the body contradicts. */
    private void declared(String key, String what, long found) {
      String value = meta.get(key);
      if (value == null) {
        return;
      }
      int at = line;
      line = requireNonNull(metaLines.get(key));
      long expected = integer(value, "the number of " + what);
      if (expected != found) {
        throw error("expected " + expected + " " + what + " as " + key + " says, found " + found);
      }
      line = at;
    }

    /** Refuses bytes that are not UTF-8, naming the line and the byte's offset. */
    private void utf8(byte[] data) {
      java.nio.charset.CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(data);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(UTF8_CHUNK);
      while (true) {
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
          int offset = in.position();
          line = 1;
          for (int i = 0; i < offset; i++) {
            if (data[i] == '\n') {
              line++;
            }
          }
          throw error(
              String.format(
                  java.util.Locale.ROOT,
                  "expected UTF-8 text, found the byte 0x%02X at byte %d",
                  data[offset] & 0xFF,
                  offset));
        }
        if (result.isUnderflow()) {
          return;
        }
        out.clear();
      }
    }

    /**
     * Adds the ballot whose comma-separated project ids lie between {@code from} and {@code to}.
     */
    private void addVote(byte[] data, int from, int to) {
      votes++;
      while (from < to && isSpace(data[from])) {
        from++;
      }
      while (to > from && isSpace(data[to - 1])) {
        to--;
      }
      if (from == to) {
        requireNonNull(builder).addSorted(new int[0], 1);
        return;
      }
      int[] ids = new int[8];
      int k = 0;
      int start = from;
      while (start <= to) {
        int end = start;
        while (end < to && data[end] != ',') {
          end++;
        }
        int s = start;
        int e = end;
        while (s < e && isSpace(data[s])) {
          s++;
        }
        while (e > s && isSpace(data[e - 1])) {
          e--;
        }
        int at = projectIndex.find(data, s, e);
        if (at < 0) {
          throw error(
              "expected a project_id listed in PROJECTS, found '"
                  + new String(data, s, e - s, StandardCharsets.UTF_8)
                  + "'");
        }
        if (k == ids.length) {
          ids = java.util.Arrays.copyOf(ids, k * 2);
        }
        ids[k++] = at;
        start = end + 1;
      }
      ids = java.util.Arrays.copyOf(ids, k);
      java.util.Arrays.sort(ids);
      for (int i = 1; i < k; i++) {
        if (ids[i] == ids[i - 1]) {
          throw error(
              "expected each project once in a vote, found '"
                  + projects.get(ids[i]).id()
                  + "' twice");
        }
      }
      requireNonNull(builder).addSorted(ids, 1);
    }

    /** The number of lines from {@code from} on: at most the number of ballots to come. */
    private static int countLines(byte[] data, int from) {
      int lines = 1;
      for (int i = from; i < data.length; i++) {
        if (data[i] == '\n') {
          lines++;
        }
      }
      return lines;
    }

    private static boolean isSpace(byte b) {
      return b == ' ' || b == '\t' || b == '\r' || b == 0x0B || b == '\f';
    }

    private static boolean isBlank(byte[] data, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!isSpace(data[i])) {
          return false;
        }
      }
      return true;
    }

    private void startVotes() {
      String type = meta.getOrDefault("vote_type", "approval");
      if (!type.equalsIgnoreCase("approval")) {
        throw error("expected vote_type approval in META, found '" + type + "'");
      }
      String budget = meta.get("budget");
      if (budget == null) {
        throw error("expected a budget in META");
      }
      int at = line;
      line = budgetLine;
      long value = amount(budget, "a budget");
      line = at;
      declared("num_projects", "projects", projects.size());
      builder = BudgetElection.builder(value, projects);
      projectIndex = new IdTable(projects);
    }

    private int column(List<String> header, String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw error("expected a '" + name + "' column in the header, found " + header);
      }
      return i;
    }

    /** A budget or a cost: a whole number from 0 to {@link #MAX_AMOUNT}. */
    private long amount(String text, String what) {
      long value = integer(text, what);
      if (value > MAX_AMOUNT) {
        throw error("expected " + what + " of at most " + MAX_AMOUNT + ", found '" + text + "'");
      }
      return value;
    }

    private long integer(String text, String what) {
      try {
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
          throw error("expected " + what + " at least 0, found '" + text + "'");
        }
        return value.longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw error("expected " + what + " as a whole number, found '" + text + "'");
      }
    }

    private List<String> split(String text) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        throw error("expected a closing '\"'");
      }
      fields.add(field.toString());
      return fields;
    }
  }

  /**
   * Project ids by their UTF-8 bytes, found without making a string of each id read: an open
   * addressing table of the ids' bytes.
   */
  private static final class IdTable {
    private final byte[][] keys;
    private final int[] values;
    private final int mask;

    IdTable(List<Project> projects) {
      int size = Integer.highestOneBit(Math.max(4, projects.size() * 4) - 1) << 1;
      keys = new byte[size][];
      values = new int[size];
      mask = size - 1;
      for (int i = 0; i < projects.size(); i++) {
        byte[] key = projects.get(i).id().getBytes(StandardCharsets.UTF_8);
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = i;
      }
    }

    /** The index of the project whose id is these bytes, or -1. */
    int find(byte[] data, int from, int to) {
      int slot = hash(data, from, to) & mask;
      for (byte[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
        if (java.util.Arrays.equals(key, 0, key.length, data, from, to)) {
          return values[slot];
        }
      }
      return -1;
    }

    private static int hash(byte[] data, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + data[i];
      }
      return h ^ (h >>> 16);
    }
  }

  /**
   * Writes an election in the Pabulib format: the budget, the projects and one line per voter.
   *
   * @param election the election
   * @param out where to write
   * @throws IllegalArgumentException if the election has weighted voters
   * @throws UncheckedIOException if writing fails
   */
  public static void write(BudgetElection election, java.io.Writer out) {
    checkNotNull(election, "election must not be null");
    checkNotNull(out, "out must not be null");
    // The Pabulib format has no column for a voter's weight.
    checkArgument(
        !election.isWeighted(),
        "Invalid election %s: Pabulib cannot write weighted voters",
        election);
    try {
      out.write(
          "META\nkey;value\nbudget;"
              + election.budget()
              + "\nvote_type;approval\nnum_projects;"
              + election.projects().size()
              + "\nnum_votes;"
              + election.voters()
              + "\n");
      out.write("PROJECTS\nproject_id;cost;name\n");
      for (Project p : election.projects()) {
        out.write(quote(p.id()) + ";" + p.cost() + ";" + quote(p.name()) + "\n");
      }
      out.write("VOTES\nvoter_id;vote\n");
      long voter = 0;
      for (var ballot : election.ballots().entrySet()) {
        String vote = quote(String.join(",", ballot.getKey()));
        for (long i = 0; i < ballot.getValue(); i++) {
          out.write(++voter + ";" + vote + "\n");
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write: " + e.getMessage(), e);
    }
  }

  private static String quote(String field) {
    return field.contains(";") || field.contains("\"")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }

  /**
   * The META section of a file, for reports (the budget, the rule the city used...).
   *
   * @param file the file
   * @return the key-value pairs, keys in lower case
   * @throws UncheckedIOException if it cannot be read
   */
  public static ImmutableMap<String, String> meta(Path file) {
    checkNotNull(file, "file must not be null");
    Map<String, String> meta = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text = reader.readLine();
      boolean inMeta = false;
      while (text != null) {
        String t = text.strip();
        if (t.equalsIgnoreCase("PROJECTS")) {
          break;
        }
        if (inMeta && t.contains(";") && !t.equalsIgnoreCase("key;value")) {
          int i = t.indexOf(';');
          meta.put(
              t.substring(0, i).strip().toLowerCase(java.util.Locale.ROOT),
              t.substring(i + 1).strip());
        }
        inMeta |= t.replace("\uFEFF", "").equalsIgnoreCase("META");
        text = reader.readLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return ImmutableMap.copyOf(meta);
  }
}
