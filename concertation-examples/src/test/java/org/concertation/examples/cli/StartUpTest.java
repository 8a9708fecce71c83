package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line that {@code main} builds for its arguments, with only the subcommand they name,
 * answers exactly as the whole command line does.
 */
class StartUpTest {
  @TempDir Path dir;

  private static final String PB =
      "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
          + "project_id;cost\na;6\nb;5\nc;4\nd;1\nVOTES\nvoter_id;vote\n1;a,b\n2;a,b,c\n3;a,b,c\n4;d\n";

  private record Answer(int code, String out, String err) {}

  private static Answer run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Answer(code, out.toString(), err.toString());
  }

  private List<String[]> commandLines() throws IOException {
    String pb = Files.writeString(dir.resolve("e.pb"), PB).toString();
    String bom =
        Files.write(
                dir.resolve("bom.pb"),
                ("\uFEFF" + PB.replace("a;6", "a;6\u00e9")).getBytes(StandardCharsets.UTF_8))
            .toString();
    String latin1 =
        Files.write(
                dir.resolve("latin1.pb"),
                PB.replace("a,b\n", "a,b\u00e9\n").getBytes(StandardCharsets.ISO_8859_1))
            .toString();
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"budget", "--rule", "mes", "--increment", "1%", "--complete", "greedy", pb});
    lines.add(new String[] {"budget", "--rule", "greedy", "--json", pb});
    lines.add(new String[] {"budget", "--rule", "mes", "--lang", "fr", pb});
    lines.add(new String[] {"budget", "--rule", "mes", bom});
    lines.add(new String[] {"budget", "--rule", "mes", latin1});
    lines.add(new String[] {"budget", "--rule", "mes", dir.resolve("missing.pb").toString()});
    lines.add(new String[] {"budget", "--rule", "joy", pb});
    lines.add(new String[] {"budget", "--rul", "mes", pb});
    lines.add(new String[] {"budget", "--help"});
    lines.add(new String[] {"budget"});
    lines.add(new String[] {"vote", "--help"});
    lines.add(new String[] {"demo"});
    lines.add(new String[] {"help", "budget"});
    lines.add(new String[] {"help"});
    lines.add(new String[] {"budgt", "--rule", "mes", pb});
    lines.add(new String[] {"--version"});
    lines.add(new String[] {"--help"});
    lines.add(new String[] {});
    return lines;
  }

  @Test
  void theCommandLineBuiltForTheArgumentsAnswersAsTheWholeOne() throws IOException {
    for (String[] args : commandLines()) {
      Answer whole = run(ConcertationCommand.commandLine(), args);
      Answer built = run(ConcertationCommand.commandLine(args), args);
      assertThat(built).as(String.join(" ", args)).isEqualTo(whole);
    }
  }

  @Test
  void theCommandLineBuiltForASubcommandHoldsThatSubcommandAlone() {
    CommandLine cli = ConcertationCommand.commandLine("budget", "--rule", "mes", "x.pb");
    assertThat(cli.getSubcommands()).containsOnlyKeys("budget");
    assertThat(ConcertationCommand.commandLine("help", "budget").getSubcommands())
        .hasSameSizeAs(ConcertationCommand.commandLine().getSubcommands());
    assertThat(ConcertationCommand.commandLine("--help").getSubcommands())
        .hasSameSizeAs(ConcertationCommand.commandLine().getSubcommands())
        .containsKeys("help", "budget", "vote", "demo", "import");
  }
}
