package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The two paths never drift: on every file of {@code ../shared/data} (Pabulib and PrefLib), the
 * ballot round of the scenario that {@code import} writes, run through the machine, adopts what
 * {@code budget} or {@code vote} select on the same file with the same options. Every rule variant
 * runs on every file, the two largest (61,668 and 90,494 voters) included; all runs are in this
 * JVM, so the whole test takes about a minute. Skipped where the data folder is absent.
 */
class ImportAgreementTest {
  /** The budget variants; {@code MIN} stands for a tenth of the file's voters. */
  private static final List<String> BUDGET_VARIANTS =
      List.of(
          "greedy",
          "greedy --utility approval",
          "greedy --min-approvals MIN",
          "mes",
          "mes --utility approval",
          "mes --complete greedy",
          "mes --utility approval --complete greedy",
          "mes --increment 1%",
          "mes --increment 2.5%",
          "mes --increment 25",
          "mes --increment 1% --complete greedy",
          "mes --increment 100 --complete greedy",
          "mes --utility approval --increment 1% --complete greedy",
          "mes --increment 1% --complete greedy --min-approvals MIN",
          "phragmen",
          "phragmen --min-approvals MIN");

  private static final List<Integer> SEATS = List.of(1, 2, 3);

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path dataFolder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !Files.isDirectory(dir.resolve(".git"))
        && !Files.isRegularFile(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("absent") : dir.resolve("../shared/data").normalize();
  }

  private static List<Path> files(String folder) throws IOException {
    Path dir = dataFolder().resolve(folder);
    assumeTrue(Files.isDirectory(dir), "no data at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBudgetVariantOnEveryPabulibFileAdoptsWhatBudgetSelects()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files("pabulib")) {
      long voters = voters(file);
      for (String variant : BUDGET_VARIANTS) {
        List<String> options =
            List.of(variant.replace("MIN", Long.toString(voters / 10)).split(" "));
        tests.add(
            DynamicTest.dynamicTest(
                file.getFileName() + " --rule " + String.join(" ", options),
                () -> budgetAgrees(file, options)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyRankedRuleAndSeatsOnEveryPrefLibFileAdoptsWhatVoteSelects()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files("preflib")) {
      for (String rule : VoteOptions.RANKED) {
        for (int seats : SEATS) {
          tests.add(
              DynamicTest.dynamicTest(
                  file.getFileName() + " --rule " + rule + " --seats " + seats,
                  () -> voteAgrees(file, rule, seats)));
        }
      }
    }
    return tests.stream();
  }

  private static void budgetAgrees(Path file, List<String> options) throws IOException {
    JsonNode standalone = standalone("budget", file, options);
    BallotOutcome round = importedRound(file, options);
    ImmutableList<String> selected = texts(standalone.get("selected"));
    assertThat(ids(round.chosen())).containsExactlyElementsOf(selected);
    assertThat(adopted(round)).containsExactlyInAnyOrderElementsOf(selected);
    assertThat((long) round.ballots()).isEqualTo(voters(file));
  }

  private static void voteAgrees(Path file, String rule, int seats) throws IOException {
    List<String> options = List.of(rule, "--seats", Integer.toString(seats));
    JsonNode standalone = standalone("vote", file, options);
    BallotOutcome round = importedRound(file, options);
    ImmutableList<String> winners = texts(standalone.get("winners"));
    assertThat(ids(round.chosen())).containsExactlyElementsOf(winners);
    assertThat(round.tie()).isEqualTo(standalone.get("tie").asBoolean());
    if (!round.tie()) {
      assertThat(adopted(round)).containsExactlyInAnyOrderElementsOf(winners);
    }
  }

  /** What {@code budget} or {@code vote} print as JSON on the file with the options. */
  private static JsonNode standalone(String command, Path file, List<String> options)
      throws IOException {
    List<String> args = new ArrayList<>(List.of(command, "--json", "--rule"));
    args.addAll(options);
    args.add(file.toString());
    CliRun.Outcome outcome = CliRun.execute(args.toArray(String[]::new));
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return JSON.readTree(outcome.out());
  }

  /** The outcome of the one round of the scenario imported with the options, run. */
  private static BallotOutcome importedRound(Path file, List<String> options) {
    List<String> args = new ArrayList<>(List.of("import", "--rule"));
    args.addAll(options);
    args.add(file.toString());
    CliRun.Outcome imported = CliRun.execute(args.toArray(String[]::new));
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    ImmutableList<Event> events = Scenario.parse(imported.out()).run();
    Event last = events.get(events.size() - 1);
    assertThat(last).isInstanceOf(Event.RoundClosed.class);
    return ((Event.RoundClosed) last).ballot().orElseThrow();
  }

  private static ImmutableList<String> adopted(BallotOutcome round) {
    return round.statuses().entrySet().stream()
        .filter(e -> e.getValue() == ProposalStatus.ADOPTED)
        .map(e -> e.getKey().value())
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> ids(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> texts(JsonNode array) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    array.forEach(node -> texts.add(node.asText()));
    return texts.build();
  }

  private static long voters(Path file) {
    return org.concertation.core.budget.Pabulib.read(file).voters();
  }
}
