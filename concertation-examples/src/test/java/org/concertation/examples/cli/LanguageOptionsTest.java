package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.Locale;
import org.concertation.core.text.Texts;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} and {@code --zone}, and the command line's messages in both languages. */
class LanguageOptionsTest {
  private static final Texts ENGLISH = LanguageOptions.english();
  private static final Texts FRENCH = LanguageOptions.texts(Locale.FRENCH, ZoneOffset.UTC);

  @TempDir Path dir;

  private Path sample(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void everyMessageOfTheCommandLineIsInBothLanguagesWithEveryPlaceholderFilled() {
    assertThat(cliKeys(ENGLISH)).isNotEmpty().containsExactlyInAnyOrderElementsOf(cliKeys(FRENCH));
    for (String key : cliKeys(ENGLISH)) {
      Object[] arguments = arguments(key);
      for (Texts texts : new Texts[] {ENGLISH, FRENCH}) {
        assertThat(texts.text(key, arguments))
            .as("%s in %s", key, texts)
            .isNotBlank()
            .doesNotContain("{0", "{1", "{2", "{3", "cli.");
      }
    }
  }

  private static java.util.List<String> cliKeys(Texts texts) {
    return texts.keys().stream().filter(k -> k.startsWith("cli.")).toList();
  }

  /** A number where either language formats one, else a word. */
  private static Object[] arguments(String key) {
    Format[] english = new MessageFormat(ENGLISH.pattern(key)).getFormatsByArgumentIndex();
    Format[] french = new MessageFormat(FRENCH.pattern(key)).getFormatsByArgumentIndex();
    Object[] arguments = new Object[Math.max(english.length, french.length) + 1];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = numeric(english, i) || numeric(french, i) ? 3 : "word" + i;
    }
    return arguments;
  }

  private static boolean numeric(Format[] formats, int i) {
    return i < formats.length
        && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat);
  }

  @Test
  void reportInFrenchWritesTheBilanWithDatesInTheZoneAsked() throws Exception {
    Path events = dir.resolve("square.jsonl");
    assertThat(
            execute("run", sample("small-square.json").toString(), "--events", events.toString())
                .exitCode())
        .isZero();
    Outcome outcome =
        execute("report", events.toString(), "--lang", "fr", "--zone", "Europe/Paris");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("Tête du journal\u00a0: ");
    String prose = outcome.out().substring(0, outcome.out().indexOf("```mermaid"));
    assertThat(outcome.out()).contains("    state \"cadrage\" as FRAMING\n");
    assertThat(prose)
        .contains(
            "Ce bilan est établi à partir des seuls événements de la concertation.",
            "## Calendrier des phases",
            "| 09/03/2026 19:00 CET | de la phase «\u00a0cadrage\u00a0» à la phase «\u00a0diagnostic"
                + " partagé\u00a0» |",
            "maître d’ouvrage")
        .doesNotContain("PROJECT\\_OWNER", "FRAMING", "Log head", " UTC");
  }

  @Test
  void withoutLangTheOutputIsTheEnglishOneAndLangEnGivesItToo() throws Exception {
    Path scenario = sample("small-square.json");
    String plain = execute("run", scenario.toString()).out();
    assertThat(execute("run", scenario.toString(), "--lang", "en", "--zone", "UTC").out())
        .isEqualTo(plain);
    assertThat(plain).contains("## Timeline of phases", "2026-03-09 18:00 UTC");
  }

  @Test
  void replayAndAnalyseSpeakFrench() throws Exception {
    Path events = dir.resolve("square.jsonl");
    execute("run", sample("small-square.json").toString(), "--events", events.toString());
    assertThat(execute("replay", events.toString(), "--lang", "fr").out())
        .contains("phase\u00a0: diagnostic partagé", "10 événements");
    assertThat(execute("analyse", sample("small-square.json").toString(), "--lang", "fr").out())
        .startsWith("Charte\u00a0: project logic\n")
        .contains("Profil (mission 0 .. projet 1)\u00a0:");
  }

  @Test
  void demoTellsTheFlagshipInFrenchWithDatesInTheZoneAsked() {
    Outcome outcome = execute("demo", "--logic", "project", "--lang", "fr", "--zone", "UTC");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("# Saint-Aubin-les-Prés\u00a0: un quartier qui s’ouvre sur sa ville")
        .contains("## Tours de négociation", "du 12/01/2026 au ");
    assertThat(execute("demo", "--logic", "project").out())
        .isEqualTo(
            org.concertation.examples.demo.Demo.account(
                org.concertation.examples.demo.Logic.PROJECT));
  }

  @Test
  void aRefusedCommandIsSaidInTheLanguageAskedAfterTheUnchangedErrorPrefix() throws Exception {
    Path scenario = dir.resolve("refused.json");
    Files.writeString(
        scenario,
        Files.readString(sample("small-square.json"))
            .replace(
                "{\"type\": \"AdvancePhase\", \"by\": \"facilitator\"",
                "{\"type\": \"AdvancePhase\", \"by\": \"ines\""));
    Outcome outcome = execute("run", scenario.toString(), "--lang", "fr");
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .isEqualTo(
            "error: "
                + scenario
                + ": la commande 5 (commands[0], AdvancePhase) a été refusée\u00a0: l’acteur"
                + " «\u00a0ines\u00a0» ne peut pas animer en phase «\u00a0cadrage\u00a0» selon cette"
                + " charte\u00a0: sa demande «\u00a0passer à la phase suivante\u00a0» est refusée\n");
    Outcome english = execute("run", scenario.toString());
    assertThat(english.exitCode()).isEqualTo(1);
    assertThat(english.err())
        .isEqualTo(
            "error: "
                + scenario
                + ": command 5 (commands[0], AdvancePhase) was refused: actor 'ines' may not move"
                + " to the next phase in the framing phase: this charter does not let the"
                + " actor's role and kind facilitate then\n");
  }

  @Test
  void anUnknownLanguageOrZoneIsAUsageError() {
    Outcome language = execute("report", "x.jsonl", "--lang", "de");
    assertThat(language.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(language.err())
        .startsWith("error: Invalid value for option '--lang': expected 'en' or 'fr', got 'de'\n");
    Outcome zone = execute("replay", "x.jsonl", "--zone", "Mars/Olympus");
    assertThat(zone.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(zone.err())
        .startsWith(
            "error: Invalid value for option '--zone': expected a time zone such as UTC or"
                + " Europe/Paris, got 'Mars/Olympus'\n");
    assertThat(language.out()).isEmpty();
  }
}
