package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command on a corpus of bad inputs, built here from small fixtures: files missing, folders,
 * bytes that are not UTF-8, empty, binary or truncated files; values that would be coerced; sizes
 * out of bounds; headers that contradict their body; outputs that are folders, that cannot be
 * created, or that name an input or another output; bad usage. Each case asserts the exit status, a
 * single {@code error:} line that says what was expected, no stack trace and no library's words,
 * and that the folder holds exactly the files it held before: nothing written, nothing replaced.
 */
class HostileInputTest {
  @TempDir Path root;

  /** Words of libraries and of the JVM that a message must never show. */
  private static final List<String> FOREIGN =
      List.of(
          "\tat ",
          "Exception",
          "Caused by",
          "java.",
          "com.fasterxml",
          "picocli.",
          "Input length",
          "UTF-16",
          "OutOfMemory",
          "unexpected failure",
          "REDACTED",
          "Source:",
          "FAIL_ON",
          "Feature",
          "Cannot build",
          "required attributes",
          "jackson");

  /** One bad input: the files it needs, the command line, the status and a part of the line. */
  record Case(String name, Fixture fixture, List<String> args, int status, String says) {}

  /** Writes a case's files into its folder. */
  @FunctionalInterface
  interface Fixture {
    void write(Path dir) throws IOException;
  }

  // ---------------------------------------------------------------- fixtures

  private static final String TOI =
      "# FILE NAME: small.toi\n# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n"
          + "# NUMBER VOTERS: 6\n# NUMBER UNIQUE ORDERS: 2\n"
          + "# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bob\n# ALTERNATIVE NAME 3: Cy\n"
          + "4: 1,{2,3}\n2: 3\n";

  private static final String PB =
      "META\nkey;value\nnum_projects;4\nnum_votes;4\nbudget;10\nvote_type;approval\nPROJECTS\n"
          + "project_id;cost;name\na;6;Bench\nb;5;Trees\nc;4;Lights\nd;1;Sign\nVOTES\n"
          + "voter_id;vote\n1;a,b\n2;a,b,c\n3;a,b,c\n4;d\n";

  private static final String RANKED = "3: A > B > C\n2: B > C > A\n";

  private static final String GRID = "{\"seed\": 1, \"runs\": 1, \"grid\": {\"actors\": [10]}}";

  private static String scenario() {
    try (InputStream in =
        HostileInputTest.class.getResourceAsStream("/scenarios/small-square.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String SCENARIO = scenario();

  private static String log() {
    Scenario read = Scenario.parse(SCENARIO);
    return String.join("\n", EventLog.create().write(read.stream(), read.charter(), read.run()))
        + "\n";
  }

  private static final String LOG = log();

  private static final String CHARTER = JsonCodec.create().writeCharter(Charters.missionLogic());

  private static Fixture file(String name, String text) {
    return dir -> Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Fixture bytes(String name, byte[] data) {
    return dir -> Files.write(dir.resolve(name), data);
  }

  private static Fixture none() {
    return dir -> {};
  }

  private static Fixture folder(String name) {
    return dir -> Files.createDirectory(dir.resolve(name));
  }

  private static Fixture all(Fixture... fixtures) {
    return dir -> {
      for (Fixture fixture : fixtures) {
        fixture.write(dir);
      }
    };
  }

  private static byte[] notUtf8(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[body.length + 2];
    data[0] = (byte) 0xFF;
    data[1] = (byte) 0xFE;
    System.arraycopy(body, 0, data, 2, body.length);
    return data;
  }

  private static byte[] binary(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] data = new byte[512];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) random.nextInt(256);
    }
    data[0] = (byte) 0xC3; // a lead byte followed by no continuation: never UTF-8
    data[1] = 0x00;
    return data;
  }

  // ---------------------------------------------------------------- the commands on files

  /** A command that reads one file, with the valid content of that file. */
  record Reader(
      String name, String fileName, String valid, List<String> before, List<String> after) {
    /** The valid file cut in the middle of a line, where no reader may take it as whole. */
    String truncated() {
      return name.equals("vote approval") ? "3: A," : valid.substring(0, valid.length() / 2);
    }

    List<String> args(String file) {
      List<String> args = new ArrayList<>(before);
      args.add(file);
      args.addAll(after);
      return args;
    }
  }

  private static final List<Reader> READERS =
      List.of(
          new Reader("vote", "ballots.toi", TOI, List.of("vote", "--rule", "borda"), List.of()),
          new Reader(
              "vote approval",
              "ballots.txt",
              "3: A, B\n",
              List.of("vote", "--rule", "approval"),
              List.of()),
          new Reader("budget", "city.pb", PB, List.of("budget", "--rule", "mes"), List.of()),
          new Reader("analyse", "charter.json", CHARTER, List.of("analyse"), List.of()),
          new Reader(
              "run",
              "scenario.json",
              SCENARIO,
              List.of("run"),
              List.of("--events", "out.jsonl", "--report", "out.md")),
          new Reader("replay", "events.jsonl", LOG, List.of("replay"), List.of()),
          new Reader("report", "events.jsonl", LOG, List.of("report"), List.of()),
          new Reader(
              "recount",
              "events.jsonl",
              LOG,
              List.of("recount"),
              List.of("--round", "1", "--rule", "borda")),
          new Reader("diagram", "charter.json", CHARTER, List.of("diagram"), List.of()),
          new Reader("sweep", "grid.json", GRID, List.of("sweep"), List.of("--csv", "out.csv")),
          new Reader("import", "city.pb", PB, List.of("import", "--rule", "mes"), List.of()),
          new Reader(
              "import rankings", "ballots.toi", TOI, List.of("import", "--rule", "irv"), List.of()),
          new Reader("erase", "events.jsonl", LOG, List.of("erase"), List.of("--actor", "ines")),
          new Reader("export", "events.jsonl", LOG, List.of("export"), List.of("--actor", "ines")),
          // means: the evaluation reads a log as report does
          new Reader("evaluate", "events.jsonl", LOG, List.of("evaluate"), List.of("--json")),
          new Reader(
              "serve",
              "tokens.json",
              "{\"0123456789abcdef\": \"ines\",\n \"fedcba9876543210\": \"town-hall\"}\n",
              List.of("serve", "--db", "jdbc:sqlite:citydb", "--tokens"),
              List.of("--port", "0")));

  /** Bad files of every kind, for every command that reads one. */
  static List<Case> badFiles() {
    List<Case> cases = new ArrayList<>();
    for (Reader reader : READERS) {
      String f = reader.fileName();
      String valid = reader.valid();
      cases.add(
          new Case(
              reader.name() + ": missing file", none(), reader.args(f), 1, f + ": no such file"));
      cases.add(
          new Case(
              reader.name() + ": a folder", folder(f), reader.args(f), 1, f + ": is a directory"));
      cases.add(
          new Case(
              reader.name() + ": bytes FF FE, not UTF-8",
              bytes(f, notUtf8(valid)),
              reader.args(f),
              1,
              f + ":1: at byte 0, expected UTF-8 text"));
      cases.add(
          new Case(
              reader.name() + ": a bad byte on line 2",
              bytes(f, withBadByteOnLine2(valid)),
              reader.args(f),
              1,
              f + ":2: at byte "));
      cases.add(new Case(reader.name() + ": empty", file(f, ""), reader.args(f), 1, f));
      cases.add(new Case(reader.name() + ": blank", file(f, "\n \n"), reader.args(f), 1, f));
      cases.add(
          new Case(
              reader.name() + ": binary",
              bytes(f, binary(f.hashCode())),
              reader.args(f),
              1,
              f + ":1: at byte 0"));
      cases.add(
          new Case(
              reader.name() + ": truncated", file(f, reader.truncated()), reader.args(f), 1, f));
    }
    return cases;
  }

  private static byte[] withBadByteOnLine2(String valid) {
    String text = valid.endsWith("\n") ? valid : valid + "\n";
    if (text.indexOf('\n') == text.length() - 1) {
      text = text + "x\n";
    }
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    data[text.indexOf('\n') + 1] = (byte) 0x80;
    return data;
  }

  // ---------------------------------------------------------------- values and headers

  static List<Case> badValues() {
    List<Case> cases = new ArrayList<>();
    String[][] grids = {
      {"runs 10^20", "{\"seed\": 1, \"runs\": 99999999999999999999}", "expected runs from 1 to"},
      {"runs 2^32+2", "{\"seed\": 1, \"runs\": 4294967298}", "expected runs from 1 to"},
      {"runs 2.7", "{\"seed\": 1, \"runs\": 2.7}", "expected runs to be a whole number, found 2.7"},
      {"runs \"two\"", "{\"seed\": 1, \"runs\": \"two\"}", "found \"two\""},
      {"runs null", "{\"seed\": 1, \"runs\": null}", "found null"},
      {"runs 0", "{\"seed\": 1, \"runs\": 0}", "expected runs from 1 to"},
      {"no seed", "{\"runs\": 2}", "expected a seed"},
      {"seed \"42\"", "{\"seed\": \"42\"}", "expected seed to be a whole number"},
      {"seed 1.5", "{\"seed\": 1.5}", "expected seed to be a whole number"},
      {"seed 2^64", "{\"seed\": 18446744073709551616}", "expected seed from"},
      {
        "actors 10^7",
        "{\"seed\": 1, \"grid\": {\"actors\": 10000000}}",
        "expected grid.actors from 2 to"
      },
      {"actors \"ten\"", "{\"seed\": 1, \"grid\": {\"actors\": \"ten\"}}", "whole number"},
      {"actors 1e3", "{\"seed\": 1, \"grid\": {\"actors\": 1e3}}", "whole number"},
      {"logic market", "{\"seed\": 1, \"grid\": {\"logic\": \"market\"}}", "\"market\""},
      {"logic 3", "{\"seed\": 1, \"grid\": {\"logic\": 3}}", "expected grid.logic"},
      {"strategy 1", "{\"seed\": 1, \"grid\": {\"strategy\": 1}}", "to be a string"},
      {"threshold \"1\"", "{\"seed\": 1, \"grid\": {\"harm_threshold\": \"1\"}}", "to be a number"},
      {"threshold 1e400", "{\"seed\": 1, \"grid\": {\"harm_threshold\": 1e400}}", "finite"},
      {"share -1", "{\"seed\": 1, \"grid\": {\"share_inhabitant\": -1}}", "grid.share_inhabitant"},
      {"unknown key", "{\"seed\": 1, \"grid\": {\"budget\": [1, 2]}}", "'budget'"},
      {"empty axis", "{\"seed\": 1, \"grid\": {\"actors\": []}}", "found []"},
      {"grid an array", "{\"seed\": 1, \"grid\": [1]}", "expected grid to be an object"},
      {"root an array", "[1]", "expected a JSON object"},
      {"unknown root key", "{\"seed\": 1, \"rnus\": 2}", "'rnus'"},
      {"duplicate key", "{\"seed\": 1, \"seed\": 2}", "grid.json:1: "},
      {"trailing text", "{\"seed\": 1} {}", "grid.json:1: "},
      {
        "too many points",
        "{\"seed\": 1, \"grid\": {\"actors\": "
            + range(2, 200)
            + ", \"stakes\": "
            + range(1, 64)
            + "}}",
        "grid points"
      },
      {
        "too many runs in all",
        "{\"seed\": 1, \"runs\": 100000, \"grid\": {\"actors\": [10, 20]}}",
        "runs in all"
      },
    };
    for (String[] grid : grids) {
      cases.add(
          new Case(
              "sweep: " + grid[0],
              file("grid.json", grid[1]),
              List.of("sweep", "grid.json", "--csv", "out.csv"),
              1,
              grid[2]));
    }
    String[][] scenarios = {
      {
        "step P99999999999D",
        "\"step\": \"P99999999999D\", ",
        "$.step: expected an ISO-8601 duration"
      },
      {"step 5", "\"step\": 5, ", "$.step: expected an ISO-8601 duration"},
      {"step negative", "\"step\": \"-PT5M\", ", "$.step"},
      {
        "start year 10^9",
        "\"start\": \"+1000000000-01-01T00:00:00Z\", ",
        "$.start: expected an instant from"
      },
      {"title 42", "\"title\": 42, ", "$.title: expected a string"},
      {"stream null", "\"stream\": null, ", "$.stream: expected a string"},
      {"actors an object", "\"actors\": {}, ", "$.actors: expected an array"},
    };
    for (String[] scenario : scenarios) {
      cases.add(
          new Case(
              "run: " + scenario[0],
              file("scenario.json", prefixed(scenario[1])),
              List.of("run", "scenario.json", "--events", "out.jsonl", "--report", "out.md"),
              1,
              scenario[2]));
    }
    for (String cost : List.of("\"1E+999999999\"", "1E+999999999", "\"1e16\"", "\"0.0000001\"")) {
      cases.add(
          new Case(
              "run: cost " + cost,
              file("scenario.json", withCost(cost)),
              List.of("run", "scenario.json", "--events", "out.jsonl", "--report", "out.md"),
              1,
              "expected an amount of at most 1000000000000000"));
    }
    cases.add(
        new Case(
            "run: a refused command",
            file(
                "scenario.json",
                SCENARIO.replace(
                    "{\"type\": \"AdvancePhase\", \"by\": \"facilitator\"",
                    "{\"type\": \"AdvancePhase\", \"by\": \"ines\"")),
            List.of("run", "scenario.json", "--events", "out.jsonl", "--report", "out.md"),
            1,
            "scenario.json: command 5 (commands[0], AdvancePhase) was refused"));
    cases.add(
        new Case(
            "analyse: a refused command",
            file(
                "scenario.json",
                SCENARIO.replace(
                    "{\"type\": \"AdvancePhase\", \"by\": \"facilitator\"",
                    "{\"type\": \"AdvancePhase\", \"by\": \"ines\"")),
            List.of("analyse", "scenario.json"),
            1,
            "scenario.json: command 5 (commands[0], AdvancePhase) was refused"));
    for (String command : List.of("analyse", "diagram")) {
      cases.add(
          new Case(
              command + ": a charter without its fields",
              file("charter.json", "{\"phases\": []}"),
              List.of(command, "charter.json"),
              1,
              "charter.json: "));
      cases.add(
          new Case(
              command + ": a charter whose name is a number",
              file("charter.json", CHARTER.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":7")),
              List.of(command, "charter.json"),
              1,
              "charter.json: "));
    }
    String tampered = LOG.replaceFirst("\"version\":3", "\"version\":4");
    cases.add(
        new Case(
            "recount: a round the log does not hold",
            file("events.jsonl", LOG),
            List.of("recount", "events.jsonl", "--round", "99", "--rule", "borda"),
            1,
            "events.jsonl: the log holds no round 99"));
    for (String command : List.of("replay", "report", "analyse")) {
      cases.add(
          new Case(
              command + ": a tampered log",
              file(
                  "events.jsonl",
                  tampered.equals(LOG) ? LOG.replaceFirst("Ines", "Inez") : tampered),
              List.of(command, "events.jsonl"),
              1,
              "events.jsonl: broken event log at "));
    }
    String[][] preflib = {
      {
        "voters lie",
        TOI.replace("NUMBER VOTERS: 6", "NUMBER VOTERS: 7"),
        "ballots.toi:4: expected 7 voters as '# NUMBER VOTERS' says, found 6"
      },
      {
        "orders lie",
        TOI.replace("UNIQUE ORDERS: 2", "UNIQUE ORDERS: 3"),
        "ballots.toi:5: expected 3 orders"
      },
      {
        "duplicate names",
        TOI.replace("NAME 3: Cy", "NAME 3: Ann"),
        "ballots.toi:8: expected distinct alternative names, found 'Ann' for alternatives 1 and 3"
      },
      {
        "a name beyond the count",
        TOI + "# ALTERNATIVE NAME 4: Dee\n",
        "ballots.toi:11: expected alternatives 1 to 3"
      },
      {
        "a name given twice",
        TOI.replace(
            "# ALTERNATIVE NAME 3: Cy\n", "# ALTERNATIVE NAME 3: Cy\n# ALTERNATIVE NAME 3: Dee\n"),
        "ballots.toi:9: expected one name for alternative 3"
      },
      {
        "count given twice",
        TOI.replace("# NUMBER VOTERS", "# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS"),
        "ballots.toi:4: expected one '# NUMBER ALTERNATIVES' line"
      },
    };
    for (String[] bad : preflib) {
      cases.add(
          new Case(
              "vote: PrefLib " + bad[0],
              file("ballots.toi", bad[1]),
              List.of("vote", "--rule", "schulze", "ballots.toi"),
              1,
              bad[2]));
    }
    for (String rule : List.of("approval", "score", "majority-judgment")) {
      cases.add(
          new Case(
              "vote " + rule + ": a PrefLib file",
              file("ballots.toi", TOI),
              List.of("vote", "--rule", rule, "ballots.toi"),
              1,
              "ballots.toi: is a PrefLib file of rankings, which rule " + rule + " cannot read"));
    }
    cases.add(
        new Case(
            "vote: a Pabulib file",
            file("city.txt", PB),
            List.of("vote", "--rule", "borda", "city.txt"),
            1,
            "city.txt: is a Pabulib participatory budgeting file"));
    cases.add(
        new Case(
            "vote: more seats than candidates",
            file("ballots.txt", RANKED),
            List.of("vote", "--rule", "stv", "--seats", "4", "ballots.txt"),
            1,
            "ballots.txt: expected at most 3 seats"));
    String[][] pabulib = {
      {
        "num_projects lie",
        PB.replace("num_projects;4", "num_projects;5"),
        "city.pb:3: expected 5 projects as num_projects says, found 4"
      },
      {
        "num_votes lie",
        PB.replace("num_votes;4", "num_votes;3"),
        "city.pb:4: expected 3 votes as num_votes says, found 4"
      },
      {
        "duplicate voter ids",
        PB.replace("3;a,b,c", "2;a,b,c"),
        "city.pb:17: expected a new voter_id, found '2' again"
      },
      {
        "duplicate project ids",
        PB.replace("b;5;Trees", "a;5;Trees"),
        "city.pb:10: expected a new project_id"
      },
      {
        "cost 2^63-1",
        PB.replace("a;6;Bench", "a;9223372036854775807;Bench"),
        "city.pb:9: expected a cost of at most 1000000000000000"
      },
      {
        "cost 1e999999999",
        PB.replace("a;6;Bench", "a;1e999999999;Bench"),
        "city.pb:9: expected a cost as a whole number"
      },
    };
    for (String[] bad : pabulib) {
      cases.add(
          new Case(
              "budget: Pabulib " + bad[0],
              file("city.pb", bad[1]),
              List.of("budget", "--rule", "greedy", "city.pb"),
              1,
              bad[2]));
    }
    byte[] binaryName = PB.replace("Bench", "B\u0001\u0002").getBytes(StandardCharsets.UTF_8);
    binaryName[PB.indexOf("Bench") + 1] = (byte) 0xFF;
    cases.add(
        new Case(
            "budget: a binary byte in a name",
            bytes("city.pb", binaryName),
            List.of("budget", "--rule", "greedy", "city.pb"),
            1,
            "city.pb:9: at byte " + (PB.indexOf("Bench") + 1) + ", expected UTF-8 text"));
    cases.add(
        new Case(
            "budget: a PrefLib file",
            file("ballots.pb", TOI),
            List.of("budget", "--rule", "greedy", "ballots.pb"),
            1,
            "ballots.pb: is a PrefLib file of rankings, expected a Pabulib file"));
    cases.add(
        new Case(
            "budget: plain ballots",
            file("ballots.pb", RANKED),
            List.of("budget", "--rule", "greedy", "ballots.pb"),
            1,
            "ballots.pb: is a plain ballot file, expected a Pabulib file"));
    return cases;
  }

  private static String range(int from, int to) {
    StringBuilder list = new StringBuilder("[");
    for (int i = from; i <= to; i++) {
      list.append(i == from ? "" : ", ").append(i);
    }
    return list.append(']').toString();
  }

  /** The sample with one top-level field given first instead of where it was. */
  private static String prefixed(String field) {
    String name = field.substring(0, field.indexOf(':'));
    String body = SCENARIO.strip();
    int at = body.indexOf("\n  " + name + ":");
    body =
        name.equals("\"actors\"")
            ? body.replace("\"actors\":", "\"former\":")
            : body.substring(0, at) + body.substring(body.indexOf('\n', at + 1));
    return "{" + field + body.substring(1);
  }

  private static String withCost(String cost) {
    String submit =
        "{\"type\": \"SubmitProposal\", \"by\": \"ines\", \"proposal\": \"bench\", \"content\":"
            + " {\"title\": \"A bench\", \"text\": \"A bench by the fountain.\", \"stakes\": [],"
            + " \"cost\": "
            + cost
            + "}, \"coAuthors\": []}";
    int commands = SCENARIO.indexOf("\"commands\"");
    int open = SCENARIO.indexOf('[', commands);
    return SCENARIO.substring(0, open + 1) + submit + "," + SCENARIO.substring(open + 1);
  }

  // ---------------------------------------------------------------- outputs

  static List<Case> badOutputs() {
    List<Case> cases = new ArrayList<>();
    Fixture scenario = file("scenario.json", SCENARIO);
    Fixture grid = file("grid.json", GRID);
    Fixture afile = file("afile", "not a folder");
    List<String> simulate =
        List.of("simulate", "--logic", "project", "--actors", "10", "--runs", "2", "--seed", "1");
    List<String> compare = List.of("compare", "--actors", "10", "--runs", "2", "--seed", "1");
    cases.add(
        new Case(
            "run: --events names the scenario",
            scenario,
            List.of("run", "scenario.json", "--events", "scenario.json"),
            2,
            "'--events': 'scenario.json' is the scenario"));
    cases.add(
        new Case(
            "run: --report names the scenario",
            scenario,
            List.of("run", "scenario.json", "--report", "./scenario.json"),
            2,
            "is the scenario"));
    cases.add(
        new Case(
            "run: --events and --report one file",
            scenario,
            List.of("run", "scenario.json", "--events", "x", "--report", "x"),
            2,
            "'--report': 'x' is also the output of --events x"));
    cases.add(
        new Case(
            "run: --events a folder",
            all(scenario, folder("adir")),
            List.of("run", "scenario.json", "--events", "adir", "--report", "out.md"),
            1,
            "adir: is a directory"));
    cases.add(
        new Case(
            "run: --report under a file",
            all(scenario, afile),
            List.of("run", "scenario.json", "--events", "out.jsonl", "--report", "afile/r.md"),
            1,
            "afile/r.md: cannot be written"));
    cases.add(
        new Case(
            "sweep: --csv names the grid",
            grid,
            List.of("sweep", "grid.json", "--csv", "grid.json"),
            2,
            "is the grid"));
    cases.add(
        new Case(
            "sweep: --csv a folder",
            all(grid, folder("adir")),
            List.of("sweep", "grid.json", "--csv", "adir"),
            1,
            "adir: is a directory"));
    cases.add(
        new Case(
            "sweep: --csv under a file",
            all(grid, afile),
            List.of("sweep", "grid.json", "--csv", "afile/o.csv"),
            1,
            "afile/o.csv: cannot be written"));
    cases.add(
        new Case(
            "sweep: colleges CSV a folder",
            all(grid, folder("o-colleges.csv")),
            List.of("sweep", "grid.json", "--csv", "o.csv"),
            1,
            "o-colleges.csv: is a directory"));
    for (List<String> command : List.of(simulate, compare)) {
      String name = command.get(0);
      cases.add(
          new Case(
              name + ": --csv a folder",
              folder("adir"),
              with(command, "--csv", "adir", "--plot", "p.png"),
              1,
              "adir: is a directory"));
      cases.add(
          new Case(
              name + ": --plot a folder",
              folder("adir.png"),
              with(command, "--csv", "o.csv", "--plot", "adir.png"),
              1,
              "adir.png: is a directory"));
      cases.add(
          new Case(
              name + ": --plot without .png",
              none(),
              with(command, "--csv", "o.csv", "--plot", "adir"),
              2,
              "'adir', expected a file name ending in .png"));
      cases.add(
          new Case(
              name + ": --plot .jpg",
              none(),
              with(command, "--csv", "o.csv", "--plot", "plot.jpg"),
              2,
              "'plot.jpg', expected a file name ending in .png"));
      cases.add(
          new Case(
              name + ": --plot under a file",
              afile,
              with(command, "--csv", "o.csv", "--plot", "afile/p.png"),
              1,
              "afile/p.png: cannot be written"));
      cases.add(
          new Case(
              name + ": --csv under a file",
              afile,
              with(command, "--csv", "afile/o.csv", "--plot", "p.png"),
              1,
              "afile/o.csv: cannot be written"));
      cases.add(
          new Case(
              name + ": --csv and --plot one file",
              none(),
              with(command, "--csv", "p.png", "--plot", "p.png"),
              2,
              "'--plot': 'p.png' is also the output of --csv p.png"));
    }
    return cases;
  }

  private static List<String> with(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(Arrays.asList(more));
    return args;
  }

  // ---------------------------------------------------------------- usage

  static List<Case> badUsage() {
    List<Case> cases = new ArrayList<>();
    for (String command :
        List.of(
            "demo",
            "vote",
            "budget",
            "analyse",
            "run",
            "replay",
            "report",
            "diagram",
            "simulate",
            "compare",
            "sweep",
            "recount")) {
      cases.add(new Case(command + ": unknown option", none(), List.of(command, "--bogus"), 2, ""));
    }
    cases.add(new Case("no command", none(), List.of(), 2, "Missing a subcommand"));
    cases.add(
        new Case(
            "demo: unknown logic",
            none(),
            List.of("demo", "--logic", "market"),
            2,
            "expected 'project' or 'mission', got 'market'"));
    cases.add(new Case("unknown command", none(), List.of("dance"), 2, "'dance'"));
    String[][] bounds = {
      {"--actors", "1"}, {"--actors", "10001"}, {"--actors", "10000000"}, {"--runs", "0"},
      {"--runs", "100001"}, {"--threads", "0"}, {"--threads", "257"}, {"--actors", "99999999999"},
      {"--runs", "2.7"}, {"--seed", "x"},
    };
    for (String[] bound : bounds) {
      Map<String, String> values =
          new TreeMap<>(Map.of("--actors", "10", "--runs", "2", "--seed", "1", "--threads", "1"));
      values.put(bound[0], bound[1]);
      List<String> simulate = new ArrayList<>(List.of("simulate", "--logic", "project"));
      List<String> compare = new ArrayList<>(List.of("compare", "--plot", "p.png"));
      values.forEach(
          (k, v) -> {
            simulate.add(k);
            simulate.add(v);
            compare.add(k);
            compare.add(v);
          });
      cases.add(
          new Case(
              "simulate: " + bound[0] + " " + bound[1], none(), simulate, 2, "'" + bound[1] + "'"));
      cases.add(
          new Case(
              "compare: " + bound[0] + " " + bound[1], none(), compare, 2, "'" + bound[1] + "'"));
    }
    cases.add(
        new Case(
            "sweep: --threads 0",
            file("grid.json", GRID),
            List.of("sweep", "grid.json", "--csv", "o.csv", "--threads", "0"),
            2,
            "'--threads': '0'"));
    cases.add(
        new Case(
            "vote: --seats 0",
            file("b.txt", RANKED),
            List.of("vote", "--rule", "stv", "--seats", "0", "b.txt"),
            2,
            "'--seats'"));
    cases.add(
        new Case(
            "vote: unknown rule",
            file("b.txt", RANKED),
            List.of("vote", "--rule", "dictator", "b.txt"),
            2,
            "'dictator'"));
    cases.add(
        new Case(
            "budget: --min-approvals -1",
            file("c.pb", PB),
            List.of("budget", "--rule", "greedy", "--min-approvals", "-1", "c.pb"),
            2,
            "'-1'"));
    cases.add(
        new Case(
            "simulate: unknown logic",
            none(),
            List.of(
                "simulate", "--logic", "market", "--actors", "10", "--runs", "1", "--seed", "1"),
            2,
            "'market'"));
    cases.add(
        new Case(
            "run: unknown format",
            file("scenario.json", SCENARIO),
            List.of("run", "scenario.json", "--format", "pdf"),
            2,
            "'pdf'"));
    cases.add(new Case("analyse: nothing", none(), List.of("analyse"), 2, ""));
    return cases;
  }

  // ---------------------------------------------------------------- the table

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(badFiles());
    cases.addAll(badValues());
    cases.addAll(badOutputs());
    cases.addAll(badUsage());
    cases.addAll(badPanels());
    return cases;
  }

  private static final String QUOTAS =
      "category,feature,min,max\ngender,female,1,1\ngender,male,1,1\n";

  private static final String PEOPLE = "id,gender\na,female\nb,male\nc,male\n";

  private static List<String> panel(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "panel",
                "--pool",
                "people.csv",
                "--quotas",
                "quotas.csv",
                "--size",
                "2",
                "--algorithm",
                "leximin",
                "--seed",
                "1"));
    args.addAll(List.of(more));
    return args;
  }

  /** The panel command's files. */
  private static List<Case> badPanels() {
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "panel: no pool",
            file("quotas.csv", QUOTAS),
            panel(),
            1,
            "people.csv:0: cannot read the file"));
    cases.add(
        new Case(
            "panel: a count that is not a number",
            all(
                file("quotas.csv", QUOTAS.replace("1,1\ngender,male", "x,1\ngender,male")),
                file("people.csv", PEOPLE)),
            panel(),
            1,
            "quotas.csv:2: expected min as a whole number from 0, found 'x'"));
    cases.add(
        new Case(
            "panel: a feature no quota names",
            all(file("quotas.csv", QUOTAS), file("people.csv", PEOPLE + "d,other\n")),
            panel(),
            1,
            "people.csv:5: expected a feature of 'gender'"));
    cases.add(
        new Case(
            "panel: quotas that conflict",
            all(
                file("quotas.csv", QUOTAS.replace("female,1,1", "female,2,2")),
                file("people.csv", PEOPLE)),
            panel(),
            1,
            "No panel of 2 meets these quotas together"));
    cases.add(
        new Case(
            "panel: a row too short",
            all(file("quotas.csv", QUOTAS), file("people.csv", "id,gender\na\n")),
            panel(),
            1,
            "people.csv:2: expected 2 fields, found 1"));
    cases.add(
        new Case(
            "panel verify: a draw that is not JSON",
            all(file("quotas.csv", QUOTAS), file("people.csv", PEOPLE), file("draw.json", "{")),
            List.of(
                "panel",
                "verify",
                "--pool",
                "people.csv",
                "--quotas",
                "quotas.csv",
                "--draw",
                "draw.json"),
            1,
            "draw.json"));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandRefusesEveryBadInputWithOneLineAndWritesNothing() {
    List<Case> cases = corpus();
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(), () -> check(c, root.resolve("case-" + cases.indexOf(c)))));
  }

  @Test
  void theCorpusCoversEveryCommand() {
    List<String> commands = new ArrayList<>();
    ConcertationCommand.commandLine().getSubcommands().keySet().forEach(commands::add);
    commands.remove("help");
    for (String command : commands) {
      assertThat(
              corpus().stream()
                  .filter(c -> !c.args().isEmpty() && c.args().get(0).equals(command))
                  .count())
          .as("cases of %s", command)
          .isGreaterThanOrEqualTo(command.equals("demo") ? 2 : 5);
    }
  }

  private static void check(Case c, Path dir) throws Exception {
    Files.createDirectories(dir);
    c.fixture().write(dir);
    Map<String, String> before = snapshot(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    String saved = System.getProperty("user.dir");
    CommandLine commandLine = ConcertationCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>();
    for (String arg : c.args()) {
      args.add(relative(dir, arg));
    }
    status = commandLine.execute(args.toArray(String[]::new));
    String text = err.toString().replace(dir + "/", "");
    List<String> lines = text.lines().toList();
    assertThat(status).as("status of %s; stderr:%n%s", c.args(), text).isEqualTo(c.status());
    assertThat(lines).as("stderr").isNotEmpty();
    assertThat(lines.get(0)).as("first line").startsWith("error: ").contains(c.says());
    assertThat(lines.stream().filter(l -> l.startsWith("error:"))).as("error lines").hasSize(1);
    if (c.status() == 1) {
      assertThat(lines).as("stderr of bad input").hasSize(1);
    }
    for (String word : FOREIGN) {
      assertThat(text).as("stderr").doesNotContain(word);
    }
    assertThat(out.toString()).as("stdout").isEmpty();
    assertThat(snapshot(dir)).as("files after the command").isEqualTo(before);
    assertThat(saved).isEqualTo(System.getProperty("user.dir"));
  }

  /** A relative file name of a case, placed in the case's folder; options stay as they are. */
  private static String relative(Path dir, String arg) {
    boolean fileName =
        !arg.startsWith("-")
            && (arg.contains(".")
                || arg.equals("x")
                || arg.equals("adir")
                || arg.startsWith("afile"))
            && !arg.matches("-?[0-9.]+");
    return fileName ? dir.resolve(arg).toString() : arg;
  }

  /** Every file under a folder, hidden ones too, with a digest of its content. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        String name = dir.relativize(path).toString();
        files.put(name, Files.isDirectory(path) ? "folder" : digest(Files.readAllBytes(path)));
      }
    }
    return files;
  }

  private static String digest(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
