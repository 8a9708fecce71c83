package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own words in French: the usage help of every command and option (enumerated from the
 * command line itself, so that a command or an option added without its French description fails
 * here), and the usage errors picocli raises while parsing; in English they stay as they were.
 */
class UsageHelpTest {
  @TempDir Path dir;

  /** Every command of the command line, by its qualified name. */
  private static Map<String, CommandSpec> commands(CommandLine commandLine) {
    Map<String, CommandSpec> commands = new LinkedHashMap<>();
    collect(commandLine, commands);
    return commands;
  }

  private static void collect(CommandLine commandLine, Map<String, CommandSpec> commands) {
    CommandSpec spec = commandLine.getCommandSpec();
    commands.put(spec.qualifiedName("."), spec);
    commandLine.getSubcommands().values().forEach(sub -> collect(sub, commands));
  }

  private static String key(ArgSpec arg) {
    return arg instanceof OptionSpec option
        ? option.longestName().replaceFirst("^-+", "")
        : arg.paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
  }

  /** What the usage help says of each command and option, by qualified key. */
  private static Map<String, String> descriptions(CommandLine commandLine) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    commands(commandLine)
        .forEach(
            (name, spec) -> {
              descriptions.put(
                  name + ".usage.description",
                  String.join("\n", spec.usageMessage().description()));
              for (ArgSpec arg : spec.args()) {
                descriptions.put(name + "." + key(arg), String.join("\n", arg.description()));
              }
            });
    return descriptions;
  }

  @Test
  void everyCommandAndOptionHasItsFrenchDescription() {
    Map<String, String> english = descriptions(ConcertationCommand.commandLine());
    CommandLine french = ConcertationCommand.commandLine();
    PicocliTexts.speak(french, Locale.FRENCH);
    Map<String, String> translated = descriptions(french);
    assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
    assertThat(english).hasSizeGreaterThan(150);
    List<String> untranslated = new ArrayList<>();
    english.forEach(
        (key, text) -> {
          if (text.isBlank() || text.equals(translated.get(key))) {
            untranslated.add(key);
          }
        });
    assertThat(untranslated).as("descriptions still in English").isEmpty();
  }

  @Test
  void theFrenchUsageHelpHoldsNoKeyThatNoCommandOrOptionReads() {
    Set<String> read = new HashSet<>(descriptions(ConcertationCommand.commandLine()).keySet());
    // picocli's own headings, and descriptions that every command shares
    read.addAll(
        List.of(
            "usage.synopsisHeading",
            "usage.commandListHeading",
            "help",
            "version",
            "lang",
            "zone",
            "json"));
    ResourceBundle french = PicocliTexts.usage(Locale.FRENCH).orElseThrow();
    assertThat(french.keySet()).isSubsetOf(read);
  }

  @Test
  void theUsageHelpOfEveryCommandReadsInFrenchWithLangFr() {
    for (String command : commands(ConcertationCommand.commandLine()).keySet()) {
      List<String> args = new ArrayList<>();
      String[] path = command.split("\\.");
      for (int i = 1; i < path.length; i++) {
        args.add(path[i]);
      }
      if (args.isEmpty() || args.get(0).equals("help")) {
        continue; // the main command and help have no --lang: their help is English
      }
      CommandLine commandLine = ConcertationCommand.commandLine();
      CommandSpec spec = commands(commandLine).get(command);
      if (spec.findOption("--lang") == null) {
        continue;
      }
      args.add("--lang");
      args.add("fr");
      args.add("--help");
      Outcome outcome = execute(args.toArray(new String[0]));
      assertThat(outcome.exitCode()).as(command).isZero();
      assertThat(outcome.out())
          .as(command)
          .startsWith("Utilisation\u00a0: ")
          .contains("Affiche cette aide et quitte.")
          .doesNotContain("Usage:", "Show this help message");
    }
  }

  @Test
  void theEnglishUsageHelpIsTheCommandsOwn() {
    Outcome outcome = execute("vote", "--help");
    assertThat(outcome.out())
        .startsWith("Usage: concertation vote [-hV] [--json] [--lang=en|fr] --rule=RULE")
        .contains("      FILE           The ballot file.\n")
        .contains("  -h, --help         Show this help message and exit.\n");
  }

  @Test
  void anUnknownOptionIsSaidInFrenchWithTheFrenchUsage() throws Exception {
    Path ballots = Files.writeString(dir.resolve("b.txt"), "3: a > b\n");
    Outcome outcome =
        execute("vote", "--lang", "fr", "--rule", "irv", "--bogus", ballots.toString());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .startsWith("error: Option inconnue\u00a0: «\u00a0--bogus\u00a0»\n")
        .contains("Utilisation\u00a0: concertation vote");
  }

  @Test
  void aMissingOptionOrParameterIsSaidInFrench() throws Exception {
    Path ballots = Files.writeString(dir.resolve("b.txt"), "3: a > b\n");
    Outcome option = execute("vote", "--lang=fr", ballots.toString());
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err())
        .startsWith("error: Option requise manquante\u00a0: «\u00a0--rule=RULE\u00a0»\n");
    Outcome parameter = execute("vote", "--lang", "fr", "--rule", "irv");
    assertThat(parameter.exitCode()).isEqualTo(2);
    assertThat(parameter.err())
        .startsWith("error: Paramètre requis manquant\u00a0: «\u00a0FILE\u00a0»\n");
    Outcome value = execute("vote", "--lang", "fr", "--rule");
    assertThat(value.exitCode()).isEqualTo(2);
    assertThat(value.err())
        .startsWith("error: L’option «\u00a0--rule\u00a0» attend une valeur (RULE)\n");
  }

  @Test
  void aValueAConverterRefusesIsSaidInFrench() throws Exception {
    Path ballots = Files.writeString(dir.resolve("b.txt"), "3: a > b\n");
    Outcome number = execute("vote", "--lang", "fr", "--rule", "irv", "--seats", "x", "b");
    assertThat(number.exitCode()).isEqualTo(2);
    assertThat(number.err())
        .startsWith(
            "error: Valeur invalide pour l’option «\u00a0--seats\u00a0»\u00a0: «\u00a0x\u00a0»"
                + " n’est pas un nombre entier\n");
    Outcome zone = execute("vote", "--lang", "fr", "--zone", "Mars/Olympus", ballots.toString());
    assertThat(zone.err())
        .startsWith(
            "error: Valeur invalide pour l’option «\u00a0--zone\u00a0»\u00a0: un fuseau horaire");
  }

  @Test
  void aBadIncrementRuleOrUtilityIsSaidInFrench() throws Exception {
    Path pb =
        Files.writeString(
            dir.resolve("p.pb"),
            "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;6\n"
                + "VOTES\nvoter_id;vote\n1;a\n");
    Outcome increment =
        execute("budget", "--lang", "fr", "--rule", "mes", "--increment", "2x", pb.toString());
    assertThat(increment.exitCode()).isEqualTo(2);
    assertThat(increment.err())
        .startsWith(
            "error: Valeur invalide pour l’option «\u00a0--increment\u00a0»\u00a0: «\u00a02x\u00a0»"
                + " n’est ni un montant");
    Outcome utility =
        execute("budget", "--lang", "fr", "--rule", "mes", "--utility", "joy", pb.toString());
    assertThat(utility.exitCode()).isEqualTo(2);
    assertThat(utility.err())
        .startsWith(
            "error: Valeur invalide pour l’option «\u00a0--utility\u00a0»\u00a0: «\u00a0joy");
    Outcome rule = execute("budget", "--lang", "fr", "--rule", "lottery", pb.toString());
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err())
        .startsWith(
            "error: Valeur invalide pour l’option «\u00a0--rule\u00a0»\u00a0: «\u00a0lottery");
  }

  @Test
  void picocliSpeaksEnglishAsBeforeWithoutLangFr() throws Exception {
    Path ballots = Files.writeString(dir.resolve("b.txt"), "3: a > b\n");
    assertThat(execute("vote", "--rule", "irv", "--bogus", ballots.toString()).err())
        .startsWith("error: Unknown option: '--bogus'\n");
    assertThat(execute("vote", ballots.toString()).err())
        .startsWith("error: Missing required option: '--rule=RULE'\n");
    assertThat(execute("vote", "--rule", "irv", "--seats", "x", "b").err())
        .startsWith("error: Invalid value for option '--seats': 'x' is not an int\n");
    assertThat(execute("vote", "--lang", "de", "b").err())
        .startsWith("error: Invalid value for option '--lang': expected 'en' or 'fr', got 'de'\n");
  }
}
