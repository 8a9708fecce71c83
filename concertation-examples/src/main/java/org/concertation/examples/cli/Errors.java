package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.concertation.core.choice.FormatException;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.text.Texts;
import org.concertation.examples.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * The command line's one error contract. Bad input (a file missing, unreadable, not UTF-8,
 * malformed or refused, an output that cannot be written): exit status 1 and one line {@code error:
 * FILE[:LINE]: what was expected}. Bad usage (an unknown option, a value out of its bounds, outputs
 * that name an input or each other): exit status 2, an {@code error:} line and the command's usage.
 * In both cases nothing is written.
 */
final class Errors {
  /** The exit status of bad input. */
  static final int FAILURE = 1;

  /** The exit status of bad usage. */
  static final int USAGE = CommandLine.ExitCode.USAGE;

  /** The longest message printed; longer ones are cut, so that no input is echoed whole. */
  static final int MAX_MESSAGE = 400;

  private Errors() {}

  /** Installs the handlers on a command line and all its subcommands. */
  static CommandLine install(CommandLine commandLine) {
    commandLine.setExecutionExceptionHandler(Errors::execution);
    commandLine.setParameterExceptionHandler(Errors::usage);
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    // the usage help of --help speaks the language of --lang, known once the arguments are parsed
    commandLine.setExecutionStrategy(
        parsed -> {
          PicocliTexts.speak(
              commandLine, PicocliTexts.language(parsed.originalArgs().toArray(new String[0])));
          return run.execute(parsed);
        });
    return commandLine;
  }

  /** Prints one {@code error:} line and returns the exit status of bad input. */
  static int print(PrintWriter err, String message) {
    err.println("error: " + oneLine(message));
    err.flush();
    return FAILURE;
  }

  private static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    // picocli refused the arguments before any command knew its --lang: look for it among them
    Texts texts = PicocliTexts.texts(args);
    PicocliTexts.speak(commandLine, texts.locale());
    err.println("error: " + oneLine(PicocliTexts.message(e, texts)));
    if (!PicocliTexts.printSuggestions(e, texts, err)) {
      commandLine.usage(err, commandLine.getColorScheme());
    }
    err.flush();
    return USAGE;
  }

  private static int execution(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    Object command = commandLine.getCommand();
    return print(
        err,
        message(
            e,
            command instanceof LanguageOptions.Localized localized
                ? localized.texts()
                : LanguageOptions.english()));
  }

  /** What a refusal says, in the project's words, in English. */
  static String message(Throwable e) {
    return message(e, LanguageOptions.english());
  }

  /**
   * What a refusal says, in the project's words, in a language: the command line's own words are
   * translated; what an input's reader said of it (a file's line, a codec's path) is quoted as it
   * said it.
   */
  static String message(Throwable e, Texts texts) {
    if (e instanceof InputException input) {
      return input.message(texts);
    }
    if (e instanceof ScenarioException || e instanceof JsonCodecException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof FormatException format) {
      String message = String.valueOf(format.getMessage());
      String wholeFile = format.file() + ":0: ";
      return message.startsWith(wholeFile)
          ? format.file() + ": " + message.substring(wholeFile.length())
          : message;
    }
    if (e instanceof UncheckedIOException io) {
      return String.valueOf(io.getMessage()) + ": " + Inputs.reason(io.getCause());
    }
    if (e instanceof OutOfMemoryError) {
      return texts.text("cli.error.memory");
    }
    return texts.text(
        "cli.error.unexpected",
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  /**
   * A message on one line: line breaks and tabs become spaces, other control and undecodable
   * characters are shown as a backslash, {@code u} and their four hexadecimal digits ({@code
   * \\u0007} for a bell), and a long message is cut.
   */
  static String oneLine(String message) {
    StringBuilder text = new StringBuilder();
    message
        .codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                text.append(' ');
              } else if (Character.isISOControl(c)
                  || c == 0xFFFD
                  || Character.getType(c) == Character.SURROGATE
                  || Character.getType(c) == Character.UNASSIGNED
                  || Character.getType(c) == Character.PRIVATE_USE) {
                text.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                text.appendCodePoint(c);
              }
            });
    String flat = text.toString().replaceAll(" {2,}", " ").strip();
    return flat.length() <= MAX_MESSAGE
        ? flat
        : flat.substring(0, MAX_MESSAGE - 3).stripTrailing() + "...";
  }
}
