package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkNotNull;

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
 * section with a {@code vote} column listing approved project ids separated by commas. Only approval
 * ballots are read. Fields are separated by {@code ;} and may be quoted with {@code "}.
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
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
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
    try {
      return new Parser(fileName).parse(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  private static final class Parser {
    private final String file;
    private int line;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<Project> projects = new ArrayList<>();
    private final Map<String, Integer> projectLines = new LinkedHashMap<>();
    private BudgetElection.@org.jspecify.annotations.Nullable Builder builder;
    private final Map<String, Integer> votes = new java.util.HashMap<>();
    private int budgetLine;

    Parser(String file) {
      this.file = file;
    }

    FormatException error(String detail) {
      return new FormatException(file, line, detail);
    }

    BudgetElection parse(BufferedReader reader) throws IOException {
      String section = null;
      List<String> header = null;
      int idColumn = -1;
      int costColumn = -1;
      int nameColumn = -1;
      int voteColumn = -1;
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("META") || upper.equals("PROJECTS") || upper.equals("VOTES")) {
          if (upper.equals("VOTES") && builder == null) {
            startVotes();
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
        if (builder != null && header != null && text.indexOf('"') < 0) {
          vote(text, header.size(), voteColumn);
          continue;
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
          }
          continue;
        }
        if (fields.size() != header.size()) {
          throw error("expected " + header.size() + " fields separated by ';' as in the header, found " + fields.size());
        }
        switch (section) {
          case "META":
            meta.put(fields.get(0).strip().toLowerCase(java.util.Locale.ROOT), fields.get(1).strip());
            if (fields.get(0).strip().equalsIgnoreCase("budget")) {
              budgetLine = line;
            }
            break;
          case "PROJECTS":
            String id = fields.get(idColumn).strip();
            if (id.isEmpty()) {
              throw error("expected a project_id, found nothing");
            }
            if (projectLines.put(id, line) != null) {
              throw error("expected a new project_id, found '" + id + "' again");
            }
            long cost = integer(fields.get(costColumn).strip(), "a cost");
            projects.add(new Project(id, cost, nameColumn >= 0 ? fields.get(nameColumn).strip() : ""));
            break;
          default:
            addVote(fields.get(voteColumn).strip());
        }
      }
      if (builder == null) {
        if (section == null) {
          line = 0;
          throw error("expected META, PROJECTS and VOTES sections, found an empty file");
        }
        throw error("expected a VOTES section before the end of the file");
      }
      return builder.build();
    }

    /** A vote line without quotes: finds the vote field without splitting the whole line. */
    private void vote(String text, int fields, int column) {
      int found = 1;
      int voteStart = column == 0 ? 0 : -1;
      int voteEnd = -1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == ';') {
          if (found == column + 1) {
            voteEnd = i;
          }
          found++;
          if (found == column + 1) {
            voteStart = i + 1;
          }
        }
      }
      if (found != fields) {
        throw error("expected " + fields + " fields separated by ';' as in the header, found " + found);
      }
      addVote(text.substring(voteStart, voteEnd < 0 ? text.length() : voteEnd).strip());
    }

    private void addVote(String vote) {
      Integer known = votes.get(vote);
      if (known != null) {
        builder.addCount(known, 1);
        return;
      }
      List<String> approved = new ArrayList<>();
      if (!vote.isEmpty()) {
        for (String p : vote.split(",", -1)) {
          String pid = p.strip();
          if (!projectLines.containsKey(pid)) {
            throw error("expected a project_id listed in PROJECTS, found '" + pid + "'");
          }
          if (approved.contains(pid)) {
            throw error("expected each project once in a vote, found '" + pid + "' twice");
          }
          approved.add(pid);
        }
      }
      votes.put(vote, builder.addIndexed(approved, 1));
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
      long value = integer(budget, "a budget");
      line = at;
      builder = BudgetElection.builder(value, projects);
    }

    private int column(List<String> header, String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw error("expected a '" + name + "' column in the header, found " + header);
      }
      return i;
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
   * Writes an election in the Pabulib format: the budget, the projects and one line per voter.
   *
   * @param election the election
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(BudgetElection election, java.io.Writer out) {
    checkNotNull(election, "election must not be null");
    checkNotNull(out, "out must not be null");
    try {
      out.write("META\nkey;value\nbudget;" + election.budget() + "\nvote_type;approval\nnum_projects;"
          + election.projects().size() + "\nnum_votes;" + election.voters() + "\n");
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
    return field.contains(";") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
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
          meta.put(t.substring(0, i).strip().toLowerCase(java.util.Locale.ROOT), t.substring(i + 1).strip());
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
