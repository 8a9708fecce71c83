package org.concertation.examples.cli;

import java.util.Arrays;
import org.concertation.core.text.Texts;
import picocli.CommandLine;

/**
 * A value an option's converter refuses, said by a key of the command line's texts, so that the
 * usage error reads in the language the arguments ask for: picocli converts values before the
 * command knows its {@code --lang}. Its message is the English text.
 */
final class Refusal extends CommandLine.TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final Object[] arguments;

  private Refusal(String key, Object[] arguments) {
    super(LanguageOptions.english().text(key, arguments));
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** The refusal said by {@code key} with its arguments. */
  static Refusal of(String key, Object... arguments) {
    return new Refusal(key, arguments);
  }

  /** The refusal in a language. */
  String message(Texts texts) {
    return texts.text(key, Arrays.copyOf(arguments, arguments.length));
  }
}
