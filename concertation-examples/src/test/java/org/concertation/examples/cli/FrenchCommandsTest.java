package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concertation.core.text.Texts;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command asked for French speaks French: none of the English sentences that the command line
 * and the library's bundles give it (read from the English bundle, not listed here) is left in what
 * it prints in French, no enum constant is shown raw, and without {@code --lang} (or with {@code
 * --lang en}) it prints the English it always printed.
 */
class FrenchCommandsTest {
  private static final Texts ENGLISH = LanguageOptions.english();
  private static final Texts FRENCH = LanguageOptions.texts(Locale.FRENCH, ZoneOffset.UTC);

  /** A word: two letters or more. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

  private static final String TENNESSEE =
      "42: Memphis > Nashville > Chattanooga > Knoxville\n"
          + "26: Nashville > Chattanooga > Knoxville > Memphis\n"
          + "15: Chattanooga > Knoxville > Nashville > Memphis\n"
          + "17: Knoxville > Chattanooga > Nashville > Memphis\n";

  private static final String PB =
      "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
          + "project_id;cost\na;6\nb;5\nc;4\nd;1\nVOTES\nvoter_id;vote\n1;a,b\n2;a,b,c\n3;a,b,c\n4;d\n";

  @TempDir static Path dir;

  private static Path ballots;
  private static Path approvals;
  private static Path grades;
  private static Path pb;
  private static Path log;
  private static Path pool;
  private static Path quotas;
  private static Path draw;
  private static Path grid;
  private static Path arrayGrid;
  private static Path badLogic;

  @BeforeAll
  static void writeInputs() throws Exception {
    ballots = Files.writeString(dir.resolve("tn.txt"), TENNESSEE);
    approvals = Files.writeString(dir.resolve("approvals.txt"), "3: a, b\n2: c\n4: a\n");
    grades = Files.writeString(dir.resolve("grades.csv"), "count,a,b,c\n3,1,2,0\n2,2,0,1\n");
    pb = Files.writeString(dir.resolve("e.pb"), PB);
    pool = sample("citizens-council-pool.csv");
    quotas = sample("citizens-council-quotas.csv");
    log = dir.resolve("designs.jsonl");
    assertThat(
            execute("run", sample("square-designs.json").toString(), "--events", log.toString())
                .exitCode())
        .isZero();
    Outcome drawn =
        execute(
            "panel",
            "--pool",
            pool.toString(),
            "--quotas",
            quotas.toString(),
            "--size",
            "6",
            "--algorithm",
            "leximin",
            "--seed",
            "7",
            "--json");
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    draw = Files.writeString(dir.resolve("draw.json"), drawn.out());
    grid =
        Files.writeString(
            dir.resolve("grid.json"),
            "{\"seed\": 4, \"runs\": 2, \"grid\": {\"logic\": [\"project\", \"mission\"],"
                + " \"actors\": [20]}}");
    arrayGrid = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    badLogic =
        Files.writeString(
            dir.resolve("logic.json"), "{\"seed\": 1, \"grid\": {\"logic\": [\"x\"]}}");
  }

  private static Path sample(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = FrenchCommandsTest.class.getResourceAsStream("/scenarios/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** Each case: a name and the arguments of one run, without the language. */
  private static Map<String, List<String>> cases() {
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("vote irv", List.of("vote", "--rule", "irv", ballots.toString()));
    cases.put(
        "vote approval", List.of("vote", "--rule", "approval", "--seats", "2", "" + approvals));
    cases.put("vote graded", List.of("vote", "--rule", "majority-judgment", grades.toString()));
    cases.put("vote of a pabulib file", List.of("vote", "--rule", "borda", pb.toString()));
    cases.put(
        "vote with too many seats",
        List.of("vote", "--rule", "borda", "--seats", "9", "" + ballots));
    cases.put("vote with a bad rule", List.of("vote", "--rule", "nope", ballots.toString()));
    cases.put("budget mes", List.of("budget", "--rule", "mes", pb.toString()));
    cases.put(
        "budget greedy", List.of("budget", "--rule", "greedy", "--utility", "approval", "" + pb));
    cases.put("budget of ballots", List.of("budget", "--rule", "mes", ballots.toString()));
    cases.put(
        "budget of no file", List.of("budget", "--rule", "mes", dir.resolve("no.pb").toString()));
    cases.put("budget of a folder", List.of("budget", "--rule", "mes", dir.toString()));
    cases.put(
        "recount borda", List.of("recount", log.toString(), "--round", "1", "--rule", "borda"));
    cases.put(
        "recount no round", List.of("recount", log.toString(), "--round", "9", "--rule", "irv"));
    cases.put(
        "recount budget seats",
        List.of("recount", log.toString(), "--round", "1", "--rule", "mes", "--seats", "2"));
    cases.put(
        "panel",
        List.of(
            "panel",
            "--pool",
            "" + pool,
            "--quotas",
            "" + quotas,
            "--size",
            "6",
            "--algorithm",
            "leximin",
            "--seed",
            "7"));
    cases.put(
        "panel verify",
        List.of(
            "panel", "verify", "--pool", "" + pool, "--quotas", "" + quotas, "--draw", "" + draw));
    cases.put(
        "panel verify of ballots",
        List.of(
            "panel",
            "verify",
            "--pool",
            "" + pool,
            "--quotas",
            "" + quotas,
            "--draw",
            "" + ballots));
    cases.put(
        "simulate",
        List.of("simulate", "--logic", "project", "--actors", "20", "--runs", "3", "--seed", "1"));
    cases.put(
        "compare",
        List.of(
            "compare",
            "--actors",
            "20",
            "--runs",
            "2",
            "--seed",
            "1",
            "--plot",
            "" + dir.resolve("c.png")));
    cases.put(
        "compare with a bad plot",
        List.of("compare", "--actors", "20", "--runs", "2", "--seed", "1", "--plot", "c.gif"));
    cases.put(
        "simulate too few actors",
        List.of("simulate", "--logic", "project", "--actors", "1", "--runs", "3", "--seed", "1"));
    cases.put(
        "sweep", List.of("sweep", grid.toString(), "--csv", dir.resolve("sweep.csv").toString()));
    cases.put("sweep over its grid", List.of("sweep", grid.toString(), "--csv", grid.toString()));
    cases.put(
        "sweep of an array",
        List.of("sweep", arrayGrid.toString(), "--csv", dir.resolve("a.csv").toString()));
    cases.put(
        "sweep of a bad logic",
        List.of("sweep", badLogic.toString(), "--csv", dir.resolve("b.csv").toString()));
    cases.put("diagram project", List.of("diagram", "project"));
    cases.put("diagram mission", List.of("diagram", "mission"));
    cases.put("analyse project", List.of("analyse", "--charter", "project"));
    cases.put("analyse mission", List.of("analyse", "--charter", "mission"));
    cases.put("analyse a log", List.of("analyse", log.toString()));
    cases.put(
        "serve on a bad port",
        List.of("serve", "--db", "jdbc:sqlite:x", "--tokens", "t.json", "--port", "99999"));
    cases.put(
        "serve without tokens",
        List.of("serve", "--db", "jdbc:sqlite:x", "--tokens", dir.resolve("t.json").toString()));
    return cases;
  }

  private static Outcome run(List<String> arguments, String... more) {
    return execute(Stream.concat(arguments.stream(), Stream.of(more)).toArray(String[]::new));
  }

  @Test
  void everyCommandAskedForFrenchLeavesNoEnglishSentenceOfItsEnglishOutput() {
    Set<String> sentences = englishSentences();
    assertThat(sentences).hasSizeGreaterThan(100);
    for (Map.Entry<String, List<String>> c : cases().entrySet()) {
      Outcome english = run(c.getValue());
      Outcome french = run(c.getValue(), "--lang", "fr");
      assertThat(french.exitCode()).as(c.getKey()).isEqualTo(english.exitCode());
      String said = english.out() + withoutUsage(english);
      String inFrench = french.out() + withoutUsage(french);
      List<String> left = new ArrayList<>();
      for (String sentence : sentences) {
        if (said.contains(sentence) && inFrench.contains(sentence)) {
          left.add(sentence);
        }
      }
      assertThat(left).as("%s in French:%n%s", c.getKey(), inFrench).isEmpty();
      assertThat(said).as(c.getKey()).isNotBlank();
    }
  }

  @Test
  void everyCommandAskedForFrenchShowsNoEnumConstantRaw() {
    Set<String> constants = enumConstants();
    assertThat(constants).contains("PROJECT_OWNER", "COLLEGE_MAJORITY", "NO_OVERRULE");
    for (Map.Entry<String, List<String>> c : cases().entrySet()) {
      Outcome french = run(c.getValue(), "--lang", "fr");
      String shown = withoutDiagramIds(french.out() + french.err());
      for (String constant : constants) {
        assertThat(Pattern.compile("\\b" + constant + "\\b").matcher(shown).find())
            .as("%s shows %s:%n%s", c.getKey(), constant, shown)
            .isFalse();
      }
    }
  }

  @Test
  void withoutLangOrWithLangEnEveryCommandPrintsTheSameEnglish() {
    for (Map.Entry<String, List<String>> c : cases().entrySet()) {
      Outcome plain = run(c.getValue());
      Outcome english = run(c.getValue(), "--lang", "en", "--zone", "UTC");
      assertThat(english.out()).as(c.getKey()).isEqualTo(plain.out());
      assertThat(english.err()).as(c.getKey()).isEqualTo(plain.err());
    }
  }

  @Test
  void theTablesInFrenchFormatNumbersAndPluralsTheFrenchWay() {
    assertThat(run(cases().get("budget mes"), "--lang", "fr").out())
        .contains("financés  2 projets pour 7 sur 10\n", "retenus   a, d\n");
    assertThat(run(cases().get("simulate"), "--lang", "fr").out())
        .startsWith("| mesure | logique de projet (3 exécutions) |\n")
        .containsPattern("\\| accord \\| \\d,\\d{3} ± \\d,\\d{3} \\|");
    assertThat(run(cases().get("vote graded"), "--lang", "fr").out())
        .contains("décompte  a\u00a0: 1, b\u00a0: 2, c\u00a0: 0\n");
    assertThat(run(cases().get("panel"), "--lang", "fr").out())
        .containsPattern("chances +minimum \\d+,\\d{4}\u00a0%");
  }

  @Test
  void anInputErrorInFrenchKeepsItsPrefixFileAndExitStatus() {
    Outcome missing = run(cases().get("budget of no file"), "--lang", "fr");
    assertThat(missing.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(missing.err())
        .isEqualTo("error: " + dir.resolve("no.pb") + ": fichier introuvable\n");
    Outcome seats = run(cases().get("vote with too many seats"), "--lang", "fr");
    assertThat(seats.err())
        .isEqualTo(
            "error: "
                + ballots
                + ": au plus 4 sièges étaient attendus, un par candidat, et non"
                + " --seats 9\n");
  }

  @Test
  void theAnalysisAsJsonKeepsItsKeysAndIdentifiersAndGivesItsEvidenceInFrench() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode english = mapper.readTree(execute("analyse", "--charter", "mission", "--json").out());
    JsonNode french =
        mapper.readTree(execute("analyse", "--charter", "mission", "--json", "--lang", "fr").out());
    assertThat(fieldNames(french)).isEqualTo(fieldNames(english));
    assertThat(french.get("iap2")).isEqualTo(english.get("iap2"));
    assertThat(french.get("criteria").get(0).get("criterion").asText()).isEqualTo("answers");
    assertThat(french.get("criteria").get(0).get("evidence").asText())
        .isEqualTo("le maître d’ouvrage doit une réponse motivée à chaque proposition");
  }

  /**
   * What a run printed on standard error, without the usage that follows a usage error's line: the
   * options' help is in English in every language.
   */
  private static String withoutUsage(Outcome outcome) {
    return outcome.exitCode() == Errors.USAGE
        ? outcome.err().lines().findFirst().orElse("")
        : outcome.err();
  }

  /** The names of a JSON object's fields, in order. */
  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * The sentences of the English bundles: each stretch of literal text between the placeholders of
   * a pattern, of two words or more, that no French pattern also holds (a word both languages write
   * alike, such as a rule's name, is no English left behind).
   */
  static Set<String> englishSentences() {
    StringBuilder french = new StringBuilder();
    for (String key : FRENCH.keys()) {
      french.append(FRENCH.pattern(key)).append('\n');
    }
    Set<String> sentences = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (key.startsWith("format.")) {
        continue; // patterns of dates and separators, not sentences
      }
      for (String literal : literals(ENGLISH.pattern(key))) {
        String sentence = literal.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        Matcher words = WORDS.matcher(sentence);
        int count = 0;
        while (words.find()) {
          count++;
        }
        if (count >= 2 && !french.toString().contains(sentence)) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  /** The literal stretches of a MessageFormat pattern, its quotes undone. */
  static List<String> literals(String pattern) {
    List<String> literals = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          if (depth == 0) {
            current.append('\'');
          }
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (quoted) {
        if (depth == 0) {
          current.append(c);
        }
      } else if (c == '{') {
        if (depth == 0) {
          literals.add(current.toString());
          current.setLength(0);
        }
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0) {
        current.append(c);
      }
    }
    literals.add(current.toString());
    return literals;
  }

  /** The constants of the enums that have labels: the names a reader must never see. */
  static Set<String> enumConstants() {
    Set<String> constants = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (key.startsWith("enum.")) {
        constants.add(key.substring(key.lastIndexOf('.') + 1));
      }
    }
    return constants;
  }

  /** A Mermaid diagram's state ids are its syntax, not its text: only its labels are read. */
  private static String withoutDiagramIds(String text) {
    return text.replaceAll("\\b[A-Z_]+\\b(?= -->)", "")
        .replaceAll("(?<=--> )[A-Z_]+\\b", "")
        .replaceAll("(?<= as )[A-Z_]+\\b", "");
  }
}
