package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.concertation.core.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's own words in the language the arguments ask for: the usage help of every command (from
 * {@code usage_fr.properties}) and the usage errors picocli raises while it parses (an unknown
 * option, a missing option or parameter, a value its converter refuses), which it writes in
 * English. The language is known before parsing by looking for {@code --lang} among the arguments;
 * in English picocli's own messages are kept as they are.
 */
final class PicocliTexts {
  /** The bundle of the usage help in French, beside the commands. */
  private static final String USAGE = "org.concertation.examples.cli.usage";

  private PicocliTexts() {}

  /**
   * The language that {@code --lang} asks for among the arguments, English when none is given or
   * when its value is not a language (picocli then refuses it, in English).
   */
  static Locale language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      Optional<String> value =
          arg.equals("--lang") && i + 1 < args.length
              ? Optional.of(args[i + 1])
              : arg.startsWith("--lang=")
                  ? Optional.of(arg.substring("--lang=".length()))
                  : Optional.empty();
      if (value.isPresent()) {
        try {
          return Texts.language(value.get());
        } catch (IllegalArgumentException e) {
          return Locale.ENGLISH; // not a language: the converter says so
        }
      }
    }
    return Locale.ENGLISH;
  }

  /** The texts of the command line in the language the arguments ask for, dates in UTC. */
  static Texts texts(String[] args) {
    return LanguageOptions.texts(language(args), ZoneOffset.UTC);
  }

  /** Whether a language is English, in which picocli speaks for itself. */
  static boolean english(Locale language) {
    return language.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /** The usage help of a language, or empty for English (the commands' annotations). */
  static Optional<ResourceBundle> usage(Locale language) {
    return english(language)
        ? Optional.empty()
        : Optional.of(
            ResourceBundle.getBundle(
                USAGE,
                Locale.forLanguageTag(language.getLanguage()),
                PicocliTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** Makes the usage help of a command line and all its subcommands speak a language. */
  static void speak(CommandLine commandLine, Locale language) {
    usage(language).ifPresent(commandLine::setResourceBundle);
  }

  /**
   * How picocli names an option or parameter in its messages: {@code --rule=RULE}, {@code FILE}.
   */
  private static String label(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "");
    }
    return arg.paramLabel();
  }

  /** The name of an option, or the label of a parameter. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /**
   * A usage error in the texts' language: picocli's own errors are said anew, the commands' own are
   * already in their language and kept.
   */
  static String message(CommandLine.ParameterException e, Texts texts) {
    String english = String.valueOf(e.getMessage());
    if (english(texts.locale())) {
      return english;
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> values = unmatched.getUnmatched();
      if (!values.isEmpty() && values.get(0).startsWith("-")) {
        return texts.text("cli.picocli.unknown.option", values.get(0));
      }
      return texts.text("cli.picocli.unmatched", texts.list(values), values.size());
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<ArgSpec> args = missing.getMissing();
      if (english.startsWith("Missing required parameter for option")
          || english.startsWith("Expected parameter for option")) {
        ArgSpec arg = args.get(0);
        return texts.text("cli.picocli.option.value", name(arg), arg.paramLabel());
      }
      List<String> labels = new ArrayList<>();
      boolean options = true;
      for (ArgSpec arg : args) {
        labels.add(label(arg));
        options &= arg instanceof OptionSpec;
      }
      return texts.text(
          options ? "cli.picocli.missing.options" : "cli.picocli.missing.parameters",
          String.join("\u00a0», «\u00a0", labels),
          labels.size());
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      return texts.text("cli.picocli.once", name(overwritten.getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && english.startsWith("Invalid value for ")) {
      return texts.text(
          arg instanceof OptionSpec
              ? "cli.picocli.invalid.option"
              : "cli.picocli.invalid.parameter",
          name(arg),
          refusal(e, arg, texts));
    }
    if (english.equals("Missing a subcommand")) {
      return texts.text("cli.picocli.subcommand");
    }
    return english;
  }

  /** Why a converter refused a value. */
  private static String refusal(CommandLine.ParameterException e, ArgSpec arg, Texts texts) {
    String value = String.valueOf(e.getValue());
    if (e.getCause() instanceof Refusal refusal) {
      return refusal.message(texts);
    }
    Class<?> type = arg.type();
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == BigInteger.class) {
      return texts.text("cli.picocli.not.integer", value);
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == BigDecimal.class) {
      return texts.text("cli.picocli.not.number", value);
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return texts.text("cli.picocli.not.one.of", value, texts.list(names));
    }
    return texts.text("cli.picocli.refused", value);
  }

  /** picocli's suggestions after an unknown option or argument, in the texts' language. */
  static boolean printSuggestions(CommandLine.ParameterException e, Texts texts, PrintWriter err) {
    if (english(texts.locale())) {
      return CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      err.println(texts.text("cli.picocli.suggestions", texts.list(unmatched.getSuggestions())));
      return true;
    }
    return false;
  }
}
