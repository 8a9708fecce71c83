package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.concertation.core.text.Texts;
import org.concertation.examples.http.HttpService;
import org.concertation.examples.http.Tokens;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation serve --db JDBC-URL --tokens TOKENS.json [--port P]}: serves the processes of
 * a database over HTTP ({@link HttpService}) until stopped; prints one line {@code listening on
 * port P} once it answers. Several instances may serve one database.
 */
@Command(
    name = "serve",
    description = {
      "Serve the processes of a database over HTTP: open processes, send them commands, read"
          + " their summaries, events and public reports.",
      "Runs until stopped; several instances may serve one database."
    })
public final class ServeCommand implements Callable<Integer>, LanguageOptions.Localized {
  /** The port when none is given. */
  static final int DEFAULT_PORT = 8080;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "JDBC-URL",
      description =
          "The database of the processes' events: jdbc:sqlite:FILE or"
              + " jdbc:postgresql://HOST/DATABASE?user=NAME&password=SECRET.")
  @Nullable String database;

  @Option(
      names = "--tokens",
      required = true,
      paramLabel = "TOKENS.json",
      description = "A JSON object mapping each bearer token to the actor id it stands for.")
  @Nullable Path tokens;

  @Option(
      names = "--port",
      paramLabel = "P",
      description = "The TCP port, 0 for any free one (default: " + DEFAULT_PORT + ").")
  int port = DEFAULT_PORT;

  /** Creates the command; picocli fills its options. */
  public ServeCommand() {}

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > HttpService.MAX_PORT) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          texts()
              .text("cli.usage.port", String.valueOf(port), String.valueOf(HttpService.MAX_PORT)));
    }
    Path file = Objects.requireNonNull(tokens);
    Tokens accepted;
    try {
      accepted = Tokens.of(Inputs.json(file));
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, String.valueOf(e.getMessage())).causedBy(e);
    }
    HttpService service;
    try {
      service = HttpService.start(Objects.requireNonNull(database), accepted, port);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "concertation-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(texts().text("cli.serve.listening", service.port()));
    out.flush();
    stopped.await();
    return CommandLine.ExitCode.OK;
  }
}
