package org.concertation.examples.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.concertation.core.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write for readers, shared as a picocli mixin: {@code --lang
 * en|fr} (English by default) and {@code --zone ZONE} (UTC by default, so that the default output
 * does not depend on the machine). An unknown language or zone is a usage error (exit status 2).
 *
 * <p>The command line's own messages are in {@code
 * org/concertation/examples/cli/messages.properties} (English) and {@code messages_fr.properties}
 * (French), one key per message, {@code cli.<command>.…}; a new message is added to both files, and
 * {@code LanguageOptionsTest} fails when one lacks a key the other has. The library's texts
 * (reports, rejections, labels) come behind them.
 */
final class LanguageOptions {
  @Option(
      names = "--lang",
      paramLabel = "en|fr",
      converter = LanguageConverter.class,
      description = "The language of the output: en (English, the default) or fr (French).")
  Locale language = Locale.ENGLISH;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "The time zone of the dates, such as Europe/Paris (default: UTC).")
  ZoneId zone = ZoneOffset.UTC;

  /** The texts of the command line and the library in the chosen language and zone. */
  Texts texts() {
    return texts(language, zone);
  }

  /** The texts of the command line and the library in a language and zone. */
  static Texts texts(Locale language, ZoneId zone) {
    return Texts.of(language, zone).with(LanguageOptions.class, "messages");
  }

  /** The texts of a command that has no language options: English, dates in UTC. */
  static Texts english() {
    return texts(Locale.ENGLISH, ZoneOffset.UTC);
  }

  /** The texts of the command of a specification: its language's, or English. */
  static Texts of(CommandLine.Model.CommandSpec spec) {
    return spec.userObject() instanceof Localized localized ? localized.texts() : english();
  }

  /** A command whose output is in a language. */
  interface Localized {
    /** The texts of its output. */
    Texts texts();
  }

  /** Reads {@code en} or {@code fr} (or a tag of them, such as {@code fr-FR}), ignoring case. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        return Texts.language(value);
      } catch (IllegalArgumentException e) {
        throw Refusal.of("cli.convert.language", value);
      }
    }
  }

  /**
   * Reads a time zone by its region or offset: {@code Europe/Paris}, {@code UTC}, {@code +01:00}.
   */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.strip());
      } catch (DateTimeException e) {
        throw Refusal.of("cli.convert.zone", value);
      }
    }
  }
}
