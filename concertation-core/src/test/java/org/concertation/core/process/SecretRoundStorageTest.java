package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.ballot.Recount;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.PersonalEntry;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.concertation.core.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the stores keep of a secret round: its key while it is open, never after; ballots under
 * pseudonyms that nothing stored can re-link to a voter after the close; a recount from the log
 * that gives the recorded outcome.
 */
class SecretRoundStorageTest {
  private static final BallotRule RULE = BallotRule.ranked("schulze");
  private static final List<Actor> VOTERS = List.of(INES, IVAN, ASSO, LANDLORD, OWNER);

  @TempDir Path dir;

  private final Fixture f = new Fixture();
  private final PersonalText key = RoundKeys.draw(Salts.seeded(3));
  private final Charter charter = SecretRoundSpec.charter(Optional.of(RULE), true, false);

  /** A secret round open, each voter's ballot cast; the close not yet. */
  private Run voted() {
    Run run =
        f.inNegotiation(charter)
            .ok(
                new Command.OpenRound(
                    FACILITATOR.id(), f.at(), ImmutableList.of(P1, P2, P3), Optional.of(key)));
    Ballot[] ballots = {
      Ballot.Ranking.strict(P1, P2, P3),
      Ballot.Ranking.strict(P2, P3, P1),
      Ballot.Ranking.strict(P2, P1, P3),
      Ballot.Ranking.strict(P3, P1, P2),
      Ballot.Ranking.strict(P1, P3, P2)
    };
    for (int i = 0; i < VOTERS.size(); i++) {
      run.ok(new Command.CastBallot(VOTERS.get(i).id(), f.at(), ballots[i]));
    }
    return run;
  }

  private static boolean anyKey(List<PersonalEntry> entries) {
    return entries.stream().anyMatch(RoundKeys::isKey);
  }

  @Test
  void aLogKeepsTheKeyOnlyUntilTheCloseAndNothingStoredThenLinksABallotToItsVoter()
      throws Exception {
    Run run = voted();
    Path file = dir.resolve("secret.jsonl");
    EventLog log = EventLog.create(Salts.seeded(5));
    log.write(file, "secret", charter, run.events());
    String keyText = key.orElseThrow();
    assertThat(anyKey(log.personalEntries(file))).isTrue();
    assertThat(Files.readString(EventLog.personalFile(file))).contains(keyText);
    assertThat(Files.readString(file)).doesNotContain(keyText); // the chain holds its digest
    List<String> linesBefore = Files.readAllLines(file);

    run.ok(f.closeRound(FACILITATOR));
    VerifiedLog closed =
        log.append(
            file,
            run.events().size() - 1,
            run.events().subList(run.events().size() - 1, run.events().size()));

    // the chain is unchanged up to its old seal; the key is gone from every file
    List<String> linesAfter = Files.readAllLines(file);
    assertThat(linesAfter.subList(0, linesBefore.size() - 1))
        .isEqualTo(linesBefore.subList(0, linesBefore.size() - 1));
    assertThat(log.verify(file).isIntact()).isTrue();
    assertThat(anyKey(log.personalEntries(file))).isFalse();
    String stored = Files.readString(file) + Files.readString(EventLog.personalFile(file));
    assertThat(stored).doesNotContain(keyText);
    // no ballot line names a voter; the pseudonyms it names are of no actor
    for (String line : linesAfter) {
      if (line.contains("SecretBallotCast")) {
        for (Actor voter : VOTERS) {
          assertThat(line).doesNotContain("\"" + voter.id().value() + "\"");
        }
      }
    }
    // the log read back replays with its key erased, and its recount gives the recorded outcome
    VerifiedLog read = log.read(file);
    assertThat(read.head()).isEqualTo(closed.head());
    Event.RoundOpened opened =
        read.events().stream()
            .filter(Event.RoundOpened.class::isInstance)
            .map(Event.RoundOpened.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(opened.key()).hasValueSatisfying(k -> assertThat(k.isErased()).isTrue());
    assertThat(closed.events()).isEqualTo(read.events());
    Recount recount = Recount.of(charter, read.events(), 1, RULE);
    assertThat(recount.agrees()).isTrue();
    assertThat(recount.outcome()).isEqualTo(recount.recorded());
    assertThat(recount.recorded().ballots()).isEqualTo(VOTERS.size());
  }

  @Test
  void aLogWrittenWholeAfterTheCloseKeepsNoKey() {
    Run run = voted().ok(f.closeRound(FACILITATOR));
    Path file = dir.resolve("whole.jsonl");
    EventLog log = EventLog.create(Salts.seeded(6));
    log.write(file, "whole", charter, run.events());
    assertThat(anyKey(log.personalEntries(file))).isFalse();
    assertThat(log.read(file).events()).hasSameSizeAs(run.events());
  }

  // secret: an erasure while the round is open reaches her secret texts; after it, they are
  // anonymous

  private static final java.time.Instant ERASED_AT =
      java.time.Instant.parse("2026-06-01T10:00:00Z");
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final List<ImmutableList<Event>> STORY = SecretRoundStory.batches(17);

  private static List<Event> storyUpTo(int batch) {
    List<Event> events = new java.util.ArrayList<>();
    STORY.subList(0, batch + 1).forEach(events::addAll);
    return events;
  }

  /** The objector's pseudonym in round 1. */
  private static org.concertation.api.domain.ActorId objectorsPseudonym() {
    return RoundKeys.pseudonym(
        PersonalText.of(SecretRoundStory.keyOf(STORY.get(SecretRoundStory.OPEN_1), 1)),
        SecretRoundStory.OBJECTOR);
  }

  private static String bytesOf(Path file) throws java.io.IOException {
    return Files.readString(file) + Files.readString(EventLog.personalFile(file));
  }

  /** The values of one actor in events, by whether they read as erased. */
  private static List<Boolean> erasedValuesOf(
      List<Event> events, org.concertation.api.domain.ActorId whose) {
    return events.stream()
        .flatMap(e -> org.concertation.core.personal.PersonalValues.of(e).stream())
        .filter(v -> v.actor().equals(whose))
        .map(v -> v.value().isErased())
        .toList();
  }

  @Test
  void erasingTheObjectorWhileTheRoundIsOpenErasesHerSecretReasonAndTheRoundClosesAlike()
      throws Exception {
    Charter story = SecretRoundStory.charter();
    Path file = dir.resolve("open.jsonl");
    EventLog log = EventLog.create(Salts.seeded(8));
    List<Event> open = storyUpTo(SecretRoundStory.OPEN_1);
    log.write(file, "square", story, open);
    String head = log.read(file).head();
    assertThat(bytesOf(file)).contains(SecretRoundStory.REASON);

    var erased =
        org.concertation.core.personal.Erasure.ofLog(
            file, SecretRoundStory.OBJECTOR, ERASED_AT, "request of 2026-05-30");

    assertThat(erased.head()).isEqualTo(head);
    assertThat(bytesOf(file)).doesNotContain(SecretRoundStory.REASON);
    VerifiedLog read = log.read(file);
    assertThat(read.head()).isEqualTo(head);
    assertThat(erasedValuesOf(read.events(), objectorsPseudonym())).containsExactly(true);
    assertThat(erasedValuesOf(read.events(), SecretRoundStory.OBJECTOR))
        .isNotEmpty()
        .allMatch(e -> e);
    assertThat(erasedValuesOf(read.events(), INES.id())).isNotEmpty().noneMatch(e -> e);
    // an own value of hers and her secret reason, erased
    assertThat(erased.values())
        .isEqualTo(erasedValuesOf(open, SecretRoundStory.OBJECTOR).size() + 1);

    // the round closes from the state the log gives, and counts as it would have
    Event.RoundClosed story1 = (Event.RoundClosed) STORY.get(SecretRoundStory.CLOSE_1).get(0);
    ProcessState state = DECIDER.fold(DECIDER.initialState(story), read.events());
    List<Event> close = DECIDER.decide(HistoryCheck.commandOf(story1), state).events();
    assertThat(close)
        .singleElement()
        .satisfies(
            c ->
                assertThat(org.concertation.core.personal.PersonalValues.sameButPersonal(c, story1))
                    .isTrue());
    Event.RoundClosed closed = (Event.RoundClosed) close.get(0);
    assertThat(closed.decisions().get(0).outcome().tally().objections())
        .singleElement()
        .satisfies(o -> assertThat(o.reason().orElseThrow().isErased()).isTrue());
    log.append(file, read.events().size(), close);
    List<Event> rest = new java.util.ArrayList<>(STORY.get(SecretRoundStory.OPEN_2));
    rest.addAll(STORY.get(SecretRoundStory.CLOSE_2));
    VerifiedLog whole = log.append(file, read.events().size() + 1L, rest);
    assertThat(bytesOf(file)).doesNotContain(SecretRoundStory.REASON);
    assertThat(log.read(file).head()).isEqualTo(whole.head());
    Recount recount = Recount.of(story, whole.events(), 2, SecretRoundStory.RULE);
    assertThat(recount.agrees()).isTrue();
    String report =
        org.concertation.core.report.PublicReport.of(
                "square", org.concertation.core.history.ProcessHistory.of(story, whole.events()))
            .markdown();
    assertThat(report).contains("Secret rounds").doesNotContain(SecretRoundStory.REASON);
  }

  @Test
  void erasingTheObjectorAfterTheCloseErasesHerOwnTextsAndLeavesHerSecretReasonAnonymous()
      throws Exception {
    Charter story = SecretRoundStory.charter();
    Path file = dir.resolve("closed.jsonl");
    EventLog log = EventLog.create(Salts.seeded(9));
    List<Event> closed = storyUpTo(SecretRoundStory.CLOSE_1);
    log.write(file, "square", story, closed);
    String head = log.read(file).head();

    var erased =
        org.concertation.core.personal.Erasure.ofLog(
            file, SecretRoundStory.OBJECTOR, ERASED_AT, "request of 2026-05-30");

    assertThat(erased.head()).isEqualTo(head);
    assertThat(erased.values()).isEqualTo(erasedValuesOf(closed, SecretRoundStory.OBJECTOR).size());
    VerifiedLog read = log.read(file);
    assertThat(erasedValuesOf(read.events(), SecretRoundStory.OBJECTOR)).allMatch(e -> e);
    // the key is gone: her reason stays, under her pseudonym and under the close's stand-in
    assertThat(log.personalEntries(file))
        .filteredOn(e -> e.text().equals(SecretRoundStory.REASON))
        .extracting(PersonalEntry::field, PersonalEntry::actor)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("position.reason", objectorsPseudonym()),
            org.assertj.core.groups.Tuple.tuple(
                "decisions[0].outcome.tally.objections[0].reason",
                org.concertation.api.domain.ActorId.of("secret:objection-1")));
    assertThat(DECIDER.fold(DECIDER.initialState(story), read.events()).version())
        .isEqualTo(closed.size());
  }

  @Test
  void anInMemoryAppendThatClosesOneSecretRoundAndOpensAnotherKeepsOnlyTheOpenRoundsKey() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    long unused = store.append("s", 0, storyUpTo(SecretRoundStory.OPEN_2));
    List<Event.RoundOpened> openings =
        store.read("s").stream()
            .map(StoredEvent::event)
            .filter(Event.RoundOpened.class::isInstance)
            .map(Event.RoundOpened.class::cast)
            .toList();
    assertThat(openings)
        .extracting(o -> o.key().orElseThrow().isErased())
        .containsExactly(true, false);
  }

  @Test
  void anInMemoryStoreErasesTheObjectorsSecretReasonWhileTheRoundIsOpen() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    long unused = store.append("s", 0, storyUpTo(SecretRoundStory.OPEN_1));
    int erased = store.erase("s", SecretRoundStory.OBJECTOR);
    List<Event> read = store.read("s").stream().map(StoredEvent::event).toList();
    assertThat(erasedValuesOf(read, objectorsPseudonym())).containsExactly(true);
    assertThat(erasedValuesOf(read, SecretRoundStory.OBJECTOR)).isNotEmpty().allMatch(e -> e);
    assertThat(erasedValuesOf(read, INES.id())).isNotEmpty().noneMatch(e -> e);
    assertThat(erased).isPositive();
    assertThat(DECIDER.fold(DECIDER.initialState(SecretRoundStory.charter()), read).openRound())
        .isPresent();
  }

  @Test
  void aServiceThatForgetsTheStreamAfterAnErasureClosesTheSecretRoundWithoutHerReason() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    long unused = store.append("s", 0, storyUpTo(SecretRoundStory.OPEN_1));
    ProcessService service = ProcessService.builder(store).build();
    // the service folds the stream and keeps its state, her secret reason in it
    assertThat(service.state("s").openRound()).isPresent();
    assertThat(store.erase("s", SecretRoundStory.OBJECTOR)).isPositive();
    service.forget("s");

    Event.RoundClosed story1 = (Event.RoundClosed) STORY.get(SecretRoundStory.CLOSE_1).get(0);
    assertThat(service.handle("s", HistoryCheck.commandOf(story1)))
        .isInstanceOf(Result.Accepted.class);

    List<Event> read = store.read("s").stream().map(StoredEvent::event).toList();
    Event.RoundClosed closed = (Event.RoundClosed) read.get(read.size() - 1);
    assertThat(closed.decisions().get(0).outcome().tally().objections())
        .singleElement()
        .satisfies(o -> assertThat(o.reason().orElseThrow().isErased()).isTrue());
    assertThat(
            read.stream()
                .flatMap(e -> org.concertation.core.personal.PersonalValues.of(e).stream())
                .filter(v -> !v.value().isErased())
                .map(v -> v.value().orElseThrow()))
        .isNotEmpty()
        .doesNotContain(SecretRoundStory.REASON);
    assertThatThrownBy(() -> service.forget(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aServiceDrawsTheKeyAndAnInMemoryStoreErasesItInTheAppendThatClosesTheRound() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessService service =
        ProcessService.builder(store)
            .legacyCharters(id -> charter)
            .roundKeys(Salts.seeded(9))
            .build();
    Run before = f.inNegotiation(charter);
    long unused = store.append("s", 0, before.events());
    assertThat(service.handle("s", f.openRound(FACILITATOR, P1, P2, P3)))
        .isInstanceOf(Result.Accepted.class);
    Event.RoundOpened opened =
        (Event.RoundOpened) store.read("s").get(before.events().size()).event();
    assertThat(opened.key()).hasValueSatisfying(k -> assertThat(RoundKeys.isUsable(k)).isTrue());
    for (Actor voter : VOTERS) {
      assertThat(
              service.handle(
                  "s", new Command.CastBallot(voter.id(), f.at(), Ballot.Ranking.strict(P2, P1))))
          .isInstanceOf(Result.Accepted.class);
    }
    assertThat(
            service.handle(
                "s", new Command.CastBallot(INES.id(), f.at(), Ballot.Ranking.strict(P1))))
        .isInstanceOf(Result.Rejected.class);
    assertThat(service.handle("s", f.closeRound(FACILITATOR))).isInstanceOf(Result.Accepted.class);

    ImmutableList<StoredEvent<Event>> stored = store.read("s");
    Event.RoundOpened erased = (Event.RoundOpened) stored.get(before.events().size()).event();
    assertThat(erased.key()).hasValueSatisfying(k -> assertThat(k.isErased()).isTrue());
    assertThat(
            stored.stream()
                .map(StoredEvent::event)
                .filter(Event.SecretBallotCast.class::isInstance)
                .map(e -> ((Event.SecretBallotCast) e).voter()))
        .hasSize(VOTERS.size())
        .allSatisfy(v -> assertThat(VOTERS.stream().map(Actor::id)).doesNotContain(v));
    assertThat(HistoryCheck.create().firstImpossibleStored(charter, stored)).isEmpty();
    // another service reads the stream, key erased, whole
    assertThat(ProcessService.of(store, id -> charter).state("s").version())
        .isEqualTo(stored.size());
  }
}
