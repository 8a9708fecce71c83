package org.concertation.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.core.personal.Salts;
import org.concertation.core.process.ImpossibleEvent;
import org.concertation.core.process.ImpossibleEventException;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedLogTest {
  private static final EventLog LOG = EventLog.create();
  private static final List<Event> EVENTS = Diagnosis.events();

  private static final int RANDOM_CUTS = 400;

  @TempDir Path dir;

  private Path written() {
    Path file = dir.resolve("events.jsonl");
    LOG.write(file, Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    return file;
  }

  private Verification cutAt(byte[] bytes, int length) throws IOException {
    Path cut = dir.resolve("cut.jsonl");
    Files.write(cut, Arrays.copyOf(bytes, length));
    return LOG.verify(cut);
  }

  private static int newlines(byte[] bytes, int length) {
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  @Test
  void aWholeLogEndsWithASealThatCountsItsEventsAndNamesItsHead() {
    List<String> lines = LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    String head = LOG.hashOf(lines.get(lines.size() - 2));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("{\"seal\":{\"events\":" + EVENTS.size() + ",\"head\":\"" + head + "\"}}");
    Verification verification = LOG.verify(lines);
    assertThat(verification.status()).isEqualTo(Verification.Status.SEALED);
    assertThat(verification.head()).isEqualTo(head);
    assertThat(LOG.read(lines).sealed()).isTrue();
  }

  @Test
  void aLogWithoutEventsIsSealedWithTheHeadersHash() {
    List<String> lines = LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, List.of());
    assertThat(lines).hasSize(2);
    assertThat(LOG.verify(lines).status()).isEqualTo(Verification.Status.SEALED);
    assertThat(LOG.read(lines).head()).isEqualTo(LOG.hashOf(lines.get(0)));
  }

  @Test
  void aLogCutAtAnyLineEndIsRefusedAsTruncatedWhereItStops() throws IOException {
    byte[] bytes = Files.readAllBytes(written());
    int cuts = 0;
    for (int i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      int kept = newlines(bytes, i + 1); // whole lines kept: the header and kept - 1 events
      Verification verification = cutAt(bytes, i + 1);
      assertThat(verification.status())
          .as("cut after line %s", kept)
          .isEqualTo(Verification.Status.TRUNCATED);
      LogBreak cut = verification.firstBreak().orElseThrow();
      assertThat(cut.position()).as("cut after line %s", kept).isEqualTo(kept);
      assertThat(cut.line()).isEqualTo(kept + 1);
      assertThat(verification.events()).isEqualTo(kept - 1);
      assertThat(cut.reason())
          .isEqualTo(
              "truncated: the log stops after event "
                  + (kept - 1)
                  + ", without its seal; what followed is lost");
      cuts++;
    }
    assertThat(cuts)
        .as("one cut after the header and after each event")
        .isEqualTo(EVENTS.size() + 1);
  }

  @Test
  void aLogCutAtRandomBytesIsRefusedAsTruncatedAtTheLineItStopsIn() throws IOException {
    byte[] bytes = Files.readAllBytes(written());
    PropertyHarness.forAll(
        "a log cut at a random byte is refused as truncated at the line it stops in",
        RANDOM_CUTS,
        random -> 1 + random.nextInt(bytes.length - 2), // not empty, not whole
        SealedLogTest::shorterCuts,
        (length, random) -> {
          Verification verification = uncheckedCutAt(bytes, length);
          assertThat(verification.status())
              .as("cut after %s of %s bytes", length, bytes.length)
              .isEqualTo(Verification.Status.TRUNCATED);
          assertThat(verification.firstBreak().orElseThrow().position())
              .as("cut after %s bytes", length)
              .isEqualTo(newlines(bytes, length));
        });
  }

  /** Shorter cuts, still not empty: the first byte alone, half as many bytes, one byte fewer. */
  private static List<Integer> shorterCuts(int length) {
    return List.of(1, length / 2, length - 1).stream()
        .filter(shorter -> shorter >= 1 && shorter < length)
        .distinct()
        .toList();
  }

  private Verification uncheckedCutAt(byte[] bytes, int length) {
    try {
      return cutAt(bytes, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aLogThatLostOnlyItsFinalNewlineIsStillWhole() throws IOException {
    byte[] bytes = Files.readAllBytes(written());
    assertThat(cutAt(bytes, bytes.length - 1).status()).isEqualTo(Verification.Status.SEALED);
  }

  @Test
  void readRefusesATruncatedLogNamingWhereItStops() throws IOException {
    Path file = written();
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, 5));
    assertThatThrownBy(() -> LOG.read(file))
        .isInstanceOf(BrokenLogException.class)
        .hasMessage(
            "Truncated event log at line 6: truncated: the log stops after event 4, without its"
                + " seal; what followed is lost");
  }

  @Test
  void aSealThatDoesNotMatchOrALineAfterItBreaksTheLog() {
    List<String> lines = new ArrayList<>(LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS));
    int seal = lines.size() - 1;
    List<String> miscounted = new ArrayList<>(lines);
    miscounted.set(seal, LOG.seal(EVENTS.size() + 1, LOG.hashOf(lines.get(seal - 1))));
    LogBreak broken = LOG.verify(miscounted).firstBreak().orElseThrow();
    assertThat(broken.kind()).isEqualTo(LogBreak.Kind.BROKEN);
    assertThat(broken.position()).isEqualTo(seal);
    assertThat(broken.reason()).startsWith("its seal does not match the log");
    List<String> followed = new ArrayList<>(lines);
    followed.add(lines.get(1));
    LogBreak after = LOG.verify(followed).firstBreak().orElseThrow();
    assertThat(after.kind()).isEqualTo(LogBreak.Kind.BROKEN);
    assertThat(after.position()).isEqualTo(seal + 1);
  }

  @Test
  void aLogWrittenBeforeSealsStillReadsReportedAsUnsealed() throws IOException {
    List<String> lines = unsealed();
    Verification verification = LOG.verify(lines);
    assertThat(verification.status()).isEqualTo(Verification.Status.UNSEALED);
    assertThat(verification.events()).isEqualTo(lines.size() - 1);
    VerifiedLog log = LOG.read(lines);
    assertThat(log.sealed()).isFalse();
    assertThat(log.stream()).isEqualTo("small-square");
    assertThat(log.events()).hasSize(lines.size() - 1);
    assertThat(LOG.verify(lines.subList(0, 4)).status())
        .as("a cut at a line end cannot be seen in an unsealed log")
        .isEqualTo(Verification.Status.UNSEALED);
  }

  @Test
  void anUnsealedLogCutInsideItsLastLineIsTruncated() throws IOException {
    Path file = dir.resolve("old.jsonl");
    Files.write(file, String.join("\n", unsealed()).concat("\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(file);
    Verification verification = cutAt(bytes, bytes.length - 30);
    assertThat(verification.status()).isEqualTo(Verification.Status.TRUNCATED);
    assertThat(verification.firstBreak().orElseThrow().position()).isEqualTo(unsealed().size() - 1);
  }

  private static List<String> unsealed() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            SealedLogTest.class.getResourceAsStream("unsealed-small-square.jsonl"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void appendAddsEventsAndSealsTheLogAgainAsIfWrittenWhole() throws IOException {
    Path file = dir.resolve("events.jsonl");
    EventLog writer = EventLog.create(Salts.seeded(3));
    writer.write(file, Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS.subList(0, 3));
    VerifiedLog log = writer.append(file, 3, EVENTS.subList(3, 6));
    assertThat(log.events()).isEqualTo(EVENTS.subList(0, 6));
    writer.append(file, 6, EVENTS.subList(6, EVENTS.size()));
    LogText whole =
        EventLog.create(Salts.seeded(3)).text(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    assertThat(Files.readAllLines(file)).isEqualTo(whole.lines());
    assertThat(Files.readAllLines(EventLog.personalFile(file))).isEqualTo(whole.personal());
    assertThat(LOG.read(file).events()).isEqualTo(EVENTS);
    assertThat(LOG.verify(file).status()).isEqualTo(Verification.Status.SEALED);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(file, EventLog.personalFile(file));
    }
  }

  @Test
  void appendRefusesAStaleWriterAnImpossibleEventAndAnUnsealedLogWritingNothing()
      throws IOException {
    Path file = dir.resolve("events.jsonl");
    LOG.write(file, Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS.subList(0, 5));
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> LOG.append(file, 4, EVENTS.subList(5, 6)))
        .isInstanceOf(ConcurrencyConflictException.class);
    Event ghost = ghostContribution(EVENTS.get(4));
    assertThatThrownBy(() -> LOG.append(file, 5, List.of(ghost)))
        .isInstanceOf(ImpossibleEventException.class)
        .extracting(e -> ((ImpossibleEventException) e).impossible().position())
        .isEqualTo(6L);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    Path old = dir.resolve("old.jsonl");
    Files.write(old, unsealed());
    assertThatThrownBy(() -> LOG.append(old, unsealed().size() - 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsealed");
  }

  private static Event ghostContribution(Event after) {
    return new Event.ContributionMade(
        after.at().plusSeconds(1),
        ActorId.of("ghost"),
        "an observation",
        ImmutableSet.of(StakeId.of("youth")));
  }

  @Test
  void aLogWhoseHashesWereRecomputedAfterAnEditIsRefusedAsImpossible() {
    List<Event> edited = new ArrayList<>(EVENTS);
    edited.add(5, ghostContribution(EVENTS.get(4)));
    List<String> lines = LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, edited);
    Verification verification = LOG.verify(lines);
    assertThat(verification.status()).isEqualTo(Verification.Status.IMPOSSIBLE);
    assertThat(verification.events()).isEqualTo(5);
    LogBreak impossible = verification.firstBreak().orElseThrow();
    assertThat(impossible.position()).isEqualTo(6);
    assertThat(impossible.impossibility())
        .contains(new ImpossibleEvent.Refused(new Rejection.Unknown(Entity.ACTOR, "ghost")));
    assertThatThrownBy(() -> LOG.read(lines))
        .isInstanceOf(BrokenLogException.class)
        .hasMessageStartingWith("Impossible history in event log at event 6 (line 7): ");
  }

  @Test
  void aLogWithAnActorRegisteredTwiceOrADateGoingBackIsRefusedAsImpossible() {
    List<Event> twice = new ArrayList<>(EVENTS);
    Event.ActorRegistered ines = (Event.ActorRegistered) EVENTS.get(1);
    twice.add(
        new Event.ActorRegistered(
            EVENTS.get(EVENTS.size() - 1).at(),
            ines.by(),
            ines.actor(),
            ines.role(),
            ines.college()));
    LogBreak registered =
        LOG.verify(LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, twice))
            .firstBreak()
            .orElseThrow();
    assertThat(registered.position()).isEqualTo(twice.size());
    assertThat(registered.impossibility())
        .contains(new ImpossibleEvent.Refused(new Rejection.AlreadyExists(Entity.ACTOR, "ines")));

    List<Event> back = new ArrayList<>(EVENTS);
    Event.ContributionMade last = (Event.ContributionMade) back.get(back.size() - 1);
    back.set(
        back.size() - 1,
        new Event.ContributionMade(EVENTS.get(0).at(), last.by(), last.text(), last.stakes()));
    LogBreak dated =
        LOG.verify(LOG.write(Diagnosis.STREAM, Diagnosis.CHARTER, back)).firstBreak().orElseThrow();
    assertThat(dated.kind()).isEqualTo(LogBreak.Kind.IMPOSSIBLE);
    assertThat(dated.position()).isEqualTo(back.size());
    assertThat(dated.impossibility().orElseThrow()).isInstanceOf(ImpossibleEvent.Refused.class);
    assertThat(((ImpossibleEvent.Refused) dated.impossibility().orElseThrow()).rejection())
        .isInstanceOf(Rejection.TimeWentBack.class);
  }
}
