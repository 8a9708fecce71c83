package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.concertation.api.domain.Proposal;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation replay EVENTS.jsonl [--json]}: verifies the log's chain of hashes, its seal
 * and that each event could have happened, rebuilds the process's state and prints a summary; exit
 * status 0 when the log is intact, 1 with an {@code error:} line naming the first bad, missing or
 * impossible event otherwise. With {@code --json} the summary is one JSON object, a {@link
 * ProcessSummary} (keys documented in the JSON mapping's reference, {@code mapping.md}).
 */
@Command(
    name = "replay",
    description = {
      "Verify an event log's chain of hashes, rebuild the process's state and print a summary.",
      "Exit status 1, with the position of the first bad event, when the log was tampered with,"
          + " cut short or holds an impossible event."
    })
public final class ReplayCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  @Nullable Path events;

  @Option(
      names = "--json",
      description = {
        "Print one JSON object instead of text: stream, events, phase, head, the closed rounds"
            + " (round, rule, adopted, rejected, carried, tie) and every proposal's status."
      })
  boolean json;

  /** Creates the command; picocli fills its options. */
  public ReplayCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VerifiedLog log = Logs.read(Objects.requireNonNull(events));
    if (json) {
      out.println(JsonCodec.create().text(JsonCodec.create().toTree(summary(log))));
      out.flush();
      return CommandLine.ExitCode.OK;
    }
    ProcessState state = log.state();
    Map<String, Integer> statuses = new TreeMap<>();
    for (Proposal proposal : state.proposals().values()) {
      statuses.merge(proposal.status().name(), 1, Integer::sum);
    }
    out.printf(
        "log: %s, %d events, head %s%n",
        log.sealed() ? "sealed" : "intact, unsealed (written before seals)",
        log.events().size(),
        log.head());
    out.printf("stream: %s%n", log.stream());
    out.printf("charter: %s%n", log.charter().name());
    out.printf("phase: %s%n", state.phase());
    out.printf("members: %d%n", state.members().size());
    out.printf(
        "contributions: %d, stakes: %d (%d validated)%n",
        state.contributions(), state.stakes().size(), state.validatedStakes());
    out.printf("proposals: %d %s%n", state.proposals().size(), statuses);
    out.printf("rounds held: %d%n", state.roundsHeld());
    out.printf(
        "objectives: %d, actions: %d, indicators: %d%n",
        state.objectives().size(), state.actions().size(), state.indicators().size());
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The summary of a verified log, as {@code --json} prints it. */
  static ProcessSummary summary(VerifiedLog log) {
    return ProcessSummary.of(
        log.stream(), log.head(), ProcessHistory.of(log.charter(), log.events()));
  }
}
