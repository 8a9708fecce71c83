package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.report.PublicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelProcessTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");

  private static final Pool POOL =
      Fixtures.pool(
          List.of("gender"),
          "female",
          "female",
          "female",
          "female",
          "female",
          "male",
          "male",
          "male");
  private static final ImmutableList<Quota> PARITY =
      Fixtures.quotas("gender female 2 2", "gender male 2 2");

  private final ConcertationDecider decider = ConcertationDecider.create();
  private final Charter charter = Charters.projectLogic();
  private final List<Event> log = new ArrayList<>();
  private ProcessState state = decider.initialState(charter);

  private Optional<Rejection> run(Command command) {
    Result<Event> result = decider.decide(command, state);
    if (result instanceof Result.Accepted<Event> accepted) {
      log.addAll(accepted.events());
      state = decider.fold(state, accepted.events());
      return Optional.empty();
    }
    return Optional.of(((Result.Rejected<Event>) result).rejection());
  }

  private static Map<String, Actor> actors() {
    Map<String, Actor> actors = new HashMap<>();
    for (String id : POOL.ids()) {
      actors.put(id, Actor.of("volunteer-" + id, "Volunteer " + id, ActorKind.INHABITANT));
    }
    return actors;
  }

  @Test
  void aParityDrawSeatsItsMembersInTheCollegeThroughTheProcesssCommands() {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    Draw draw = Draw.of(POOL, PARITY, allocation, 2014);
    for (Command command : draw.commands(INHABITANTS, OWNER.id(), AT, actors())) {
      assertThat(run(command)).as(command.toString()).isEmpty();
    }
    for (String id : draw.panel()) {
      assertThat(state.members())
          .hasEntrySatisfying(
              actors().get(id).id(), member -> assertThat(member.college()).contains(INHABITANTS));
    }
    assertThat(state.members()).hasSize(5);
    assertThat(draw.verify(POOL, PARITY, allocation)).isEmpty();
  }

  @Test
  void aDrawIntoAnUnknownCollegeIsRejected() {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN);
    Draw draw = Draw.of(POOL, PARITY, allocation, 1);
    Command first = draw.commands(CollegeId.of("elders"), OWNER.id(), AT, actors()).get(0);
    assertThat(run(first)).isPresent();
  }

  private Draw recordedDraw(Allocation allocation, long seed) {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Draw draw = Draw.of(POOL, PARITY, allocation, seed);
    assertThat(run(draw.toCommand(PARITY, INHABITANTS, OWNER.id(), AT))).isEmpty();
    for (Command command : draw.commands(INHABITANTS, OWNER.id(), AT, actors())) {
      assertThat(run(command)).as(command.toString()).isEmpty();
    }
    return draw;
  }

  private static Event.PanelDrawn drawn(List<Event> events) {
    return events.stream()
        .filter(Event.PanelDrawn.class::isInstance)
        .map(Event.PanelDrawn.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRecordedDrawIsRedoneFromTheLogReadBack(@TempDir Path dir) throws Exception {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    Draw draw = recordedDraw(allocation, 2014);
    Path file = dir.resolve("council.jsonl");
    EventLog.create().write(file, "council", charter, log);

    VerifiedLog read = EventLog.create().read(file);
    Event.PanelDrawn event = drawn(read.events());
    assertThat(event.college()).isEqualTo(INHABITANTS);
    assertThat(event.draw().algorithm()).isEqualTo("leximin");
    assertThat(event.draw().quotas()).containsExactly("gender,female,2,2", "gender,male,2,2");
    assertThat(Draw.quotas(event.draw())).isEqualTo(PARITY);
    Draw again = Draw.fromEvent(event);
    assertThat(again).isEqualTo(draw);
    assertThat(again.panel()).isEqualTo(draw.panel());
    assertThat(again.verify(POOL, Draw.quotas(event.draw()), allocation)).isEmpty();
  }

  @Test
  void aForgedSeedInTheEventIsDetected() {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    Draw draw = recordedDraw(allocation, 2014);
    PanelDrawRecord honest = drawn(log).draw();
    Draw redone = null;
    for (long seed = 0; redone == null; seed++) { // a seed that draws another panel
      Draw other = Draw.of(POOL, PARITY, allocation, seed);
      if (!other.panel().equals(draw.panel())) {
        redone = other;
      }
    }
    Event.PanelDrawn forged =
        new Event.PanelDrawn(
            AT,
            OWNER.id(),
            INHABITANTS,
            new PanelDrawRecord(
                honest.algorithm(),
                redone.seed(),
                honest.poolDigest(),
                honest.quotas(),
                honest.distributionDigest(),
                honest.panel()));

    assertThat(Draw.fromEvent(forged).verify(POOL, PARITY, allocation))
        .singleElement()
        .asString()
        .startsWith("the seed " + redone.seed() + " draws ");
  }

  @Test
  void thePublicReportSaysHowTheCollegeWasDrawn() {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.NASH);
    recordedDraw(allocation, 7);

    assertThat(PublicReport.of("Council", charter, log).markdown())
        .contains(
            "college inhabitants: 4 members drawn by lot (nash, seed 7, pool "
                + POOL.digest()
                + ", distribution "
                + allocation.digest()
                + ")");
  }

  @Test
  void aDrawRecordedByAParticipantIsRefused() {
    Actor volunteer = Actor.of("volunteer", "Volunteer", ActorKind.INHABITANT);
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    assertThat(
            run(
                new Command.RegisterActor(
                    volunteer.id(), AT, volunteer, Role.PARTICIPANT, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN);
    Command record =
        Draw.of(POOL, PARITY, allocation, 1).toCommand(PARITY, INHABITANTS, volunteer.id(), AT);

    assertThat(run(record)).get().isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void aDrawRecordIntoAnUnknownCollegeIsRejected() {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN);
    Command record =
        Draw.of(POOL, PARITY, allocation, 1)
            .toCommand(PARITY, CollegeId.of("elders"), OWNER.id(), AT);

    assertThat(run(record)).get().isInstanceOf(Rejection.Unknown.class);
  }

  @Test
  void aDrawRefusesQuotasThatAreNotItsOwn() {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN);
    Draw draw = Draw.of(POOL, PARITY, allocation, 1);

    assertThatThrownBy(
            () ->
                draw.toCommand(
                    Fixtures.quotas("gender female 1 3", "gender male 1 3"),
                    INHABITANTS,
                    OWNER.id(),
                    AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digest");
  }

  @Test
  void theRecordedDrawKeepsTheDistributionsMinimumProbability(@TempDir Path dir) throws Exception {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    recordedDraw(allocation, 2014);
    Path file = dir.resolve("council.jsonl");
    EventLog.create().write(file, "council", charter, log);

    PanelDrawRecord record = drawn(EventLog.create().read(file).events()).draw();
    // 2 seats for 5 women and 2 for 3 men: the least chance is 2/5
    assertThat(allocation.minimum()).isCloseTo(0.4, within(1e-6));
    assertThat(record.minimumProbability()).contains(new BigDecimal("0.4"));
    assertThat(Files.readString(file)).contains("\"minimumProbability\":\"0.4\"");
  }

  @Test
  void aRecordWithoutTheMinimumProbabilityReadsAsUnknownAndStillVerifies() {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    recordedDraw(allocation, 2014);
    PanelDrawRecord honest = drawn(log).draw();
    JsonCodec codec = JsonCodec.create();
    ObjectNode old =
        (ObjectNode) codec.toTree(new Event.PanelDrawn(AT, OWNER.id(), INHABITANTS, honest));
    ((ObjectNode) old.get("draw")).remove("minimumProbability");

    Event.PanelDrawn read = (Event.PanelDrawn) codec.readEvent(codec.text(old));

    assertThat(read.draw().minimumProbability()).isEmpty();
    assertThat(codec.writeEvent(read)).isEqualTo(codec.text(old));
    assertThat(Draw.fromEvent(read).verify(POOL, PARITY, allocation)).isEmpty();
  }

  @Test
  void aForgedMinimumProbabilityIsDetected() {
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    recordedDraw(allocation, 2014);
    PanelDrawRecord forged = drawn(log).draw().withMinimumProbability(new BigDecimal("0.5"));

    assertThat(
            Draw.fromEvent(new Event.PanelDrawn(AT, OWNER.id(), INHABITANTS, forged))
                .verify(POOL, PARITY, allocation))
        .containsExactly("the allocation's minimum probability is 0.4, not 0.5");
  }

  @Test
  void aRecordRefusesAProbabilityOutsideZeroToOne() {
    PanelDrawRecord record = drawn(logOfADraw()).draw();
    assertThatThrownBy(() -> record.withMinimumProbability(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid panel draw: minimum probability '1.5' must be from 0 to 1");
  }

  private List<Event> logOfADraw() {
    recordedDraw(Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN), 1);
    return log;
  }
}
