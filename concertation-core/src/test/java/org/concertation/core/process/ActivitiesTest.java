package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/**
 * The activity {@link ProcessService#activityOf} names for each command is the one the decider
 * checks, and the README's table says the same.
 */
class ActivitiesTest {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final ActorKind NOBODY = ActorKind.of("nobody");
  private static final Path README = Path.of("../README.md");

  /** The charter with an activity's grants narrowed to a kind no actor has. */
  private static Charter withoutGrantsOf(Charter charter, Activity activity) {
    return Charter.builder()
        .from(charter)
        .grants(
            charter.grants().stream()
                .map(
                    g ->
                        g.activity() == activity
                            ? new Grant(
                                g.activity(), g.roles(), ImmutableSet.of(NOBODY), g.phases())
                            : g)
                .toList())
        .build();
  }

  @Test
  void everyCommandOfTheWholePathIsRefusedForItsActivityWhenTheCharterDoesNotGrantIt() {
    HierarchiesSpec hierarchies = new HierarchiesSpec();
    checkPath(Charters.projectLogic(), hierarchies.tour());
    checkPath(org.concertation.core.Charters.missionLogic(), hierarchies.abandoned());
  }

  private static void checkPath(Charter charter, Run run) {
    List<Command> commands = run.commands();
    List<Event> events = run.events();
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      Optional<Activity> activity = ProcessService.activityOf(command.getClass());
      boolean first = i == 0 || events.get(i - 1) instanceof Event.ProcessOpened;
      if (command instanceof Command.OpenProcess
          || command instanceof Command.WithdrawProposal
          || command instanceof Command.LeaveProcess
          || (command instanceof Command.RegisterActor && first)) {
        // opening, withdrawing, leaving and the owner's own registration need no grant
        continue;
      }
      Activity needed =
          command instanceof Command.RegisterActor r && r.by().equals(r.actor().id())
              ? Activity.JOIN
              : activity.orElseThrow();
      ProcessState before = DECIDER.initialState(withoutGrantsOf(charter, needed));
      for (Event event : events.subList(0, i)) {
        before = DECIDER.apply(before, event);
      }
      Result<Event> result = DECIDER.decide(command, before);
      assertThat(result)
          .as("%s without %s", command.getClass().getSimpleName(), needed)
          .isEqualTo(
              Result.rejected(
                  new Rejection.NotPermitted(
                      command.by(), needed, before.phase(), command.getClass())));
    }
  }

  @Test
  void everyCommandNeedsAnActivityButOpeningAndLeavingAProcess() {
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      Class<? extends Command> command = type.asSubclass(Command.class);
      assertThat(ProcessService.activityOf(command).isEmpty())
          .as("%s", type.getSimpleName())
          .isEqualTo(command == Command.OpenProcess.class || command == Command.LeaveProcess.class);
    }
  }

  @Test
  void theReadmesTableSaysWhichActivityEachCommandNeeds() throws IOException {
    String whole = Files.readString(README);
    int start = whole.indexOf("## Embed processes in a host");
    assertThat(start).as("the README's section on embedding").isNotNegative();
    String readme = whole.substring(start, whole.indexOf("\n## ", start + 1));
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| (?:`(\\w+)`|none) \\|").matcher(readme);
    Map<String, String> documented = new LinkedHashMap<>();
    while (row.find()) {
      documented.put(row.group(1), row.group(2) == null ? "none" : row.group(2));
    }
    Map<String, String> code = new LinkedHashMap<>();
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      code.put(
          type.getSimpleName(),
          ProcessService.activityOf(type.asSubclass(Command.class))
              .map(Activity::name)
              .orElse("none"));
    }
    assertThat(documented).containsExactlyEntriesOf(code);
  }
}
