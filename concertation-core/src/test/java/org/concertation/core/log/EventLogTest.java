package org.concertation.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.Salts;
import org.concertation.core.process.ConcertationDecider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
  private static final EventLog LOG = EventLog.create();
  private static final long SEED = 1;

  /** A log whose salts start again from one seed, so that it writes the same bytes each time. */
  private static EventLog fresh() {
    return EventLog.create(Salts.seeded(SEED));
  }

  private static final List<Event> EVENTS = Diagnosis.events();

  private static List<String> lines() {
    return new ArrayList<>(fresh().write(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS));
  }

  private static LogBreak breakOf(List<String> lines) {
    Verification verification = LOG.verify(lines);
    assertThat(verification.isIntact()).as("verification of a tampered log").isFalse();
    return verification.firstBreak().orElseThrow();
  }

  @Test
  void anUntouchedLogVerifiesAndReadsBackItsEvents() {
    Verification verification = LOG.verify(lines());
    assertThat(verification.isIntact()).isTrue();
    assertThat(verification.events()).isEqualTo(EVENTS.size());
    LogText text = fresh().text(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    VerifiedLog log = LOG.read(text.lines(), text.personal());
    assertThat(log.events()).isEqualTo(EVENTS);
    assertThat(log.charter()).isEqualTo(Diagnosis.CHARTER);
    assertThat(log.stream()).isEqualTo(Diagnosis.STREAM);
    assertThat(log.head()).isEqualTo(verification.head()).matches("[0-9a-f]{64}");
  }

  @Test
  void replayRebuildsTheStateOfTheProcess() {
    ConcertationDecider decider = ConcertationDecider.create();
    LogText text = fresh().text(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    assertThat(LOG.read(text.lines(), text.personal()).state())
        .isEqualTo(decider.fold(decider.initialState(Diagnosis.CHARTER), EVENTS));
  }

  @Test
  void eachEventLineChainsToItsPredecessorsHash() {
    List<String> lines = lines();
    for (int i = 1; i < lines.size() - 1; i++) {
      assertThat(lines.get(i))
          .startsWith(
              "{\"version\":" + i + ",\"previous\":\"" + LOG.hashOf(lines.get(i - 1)) + "\"");
    }
  }

  @Test
  void detectsAChangedByteInAnEventAtItsPosition() {
    List<String> lines = lines();
    // the text is beside the log: what the line holds of it is its digest
    String line = lines.get(6);
    int at = line.indexOf("\"digest\":\"") + "\"digest\":\"".length();
    lines.set(
        6, line.substring(0, at) + (line.charAt(at) == 'a' ? 'b' : 'a') + line.substring(at + 1));
    LogBreak broken = breakOf(lines);
    assertThat(broken.position()).isEqualTo(6);
    assertThat(broken.line()).isEqualTo(7);
    assertThat(broken.reason()).isEqualTo("its hash does not match its content");
  }

  @Test
  void detectsEveryChangedByteOfEveryLineAtThatLine() {
    List<String> original = lines();
    for (int line = 0; line < original.size(); line++) {
      String text = original.get(line);
      for (int i = 0; i < text.length(); i += 7) {
        List<String> lines = new ArrayList<>(original);
        char changed = text.charAt(i) == 'x' ? 'y' : 'x';
        lines.set(line, text.substring(0, i) + changed + text.substring(i + 1));
        assertThat(breakOf(lines).line()).as("byte %s of line %s", i, line + 1).isEqualTo(line + 1);
      }
    }
  }

  @Test
  void detectsAChangedHashAtItsLine() {
    List<String> lines = lines();
    String hash = LOG.hashOf(lines.get(3));
    lines.set(
        3,
        lines
            .get(3)
            .replace(
                "\"hash\":\"" + hash,
                "\"hash\":\"" + hash.replace(hash.charAt(5), hash.charAt(5) == 'a' ? 'b' : 'a')));
    assertThat(breakOf(lines).position()).isEqualTo(3);
  }

  @Test
  void detectsARemovedLineAtTheLineThatTookItsPlace() {
    List<String> lines = lines();
    lines.remove(4);
    LogBreak broken = breakOf(lines);
    assertThat(broken.position()).isEqualTo(4);
    assertThat(broken.reason()).startsWith("its version is 5 where 4 was expected");
  }

  @Test
  void detectsAnInsertedLineAtItsPosition() {
    List<String> lines = lines();
    lines.add(3, lines.get(2));
    assertThat(breakOf(lines).position()).isEqualTo(3);
  }

  @Test
  void detectsAnInsertedLineWithTheRightVersionByItsChain() {
    List<String> lines = lines();
    String forged = LOG.chain("0".repeat(64), 3, List.of(EVENTS.get(0))).get(0);
    lines.add(3, forged);
    LogBreak broken = breakOf(lines);
    assertThat(broken.position()).isEqualTo(3);
    assertThat(broken.reason()).startsWith("it does not follow its predecessor");
  }

  @Test
  void detectsTwoSwappedLinesAtTheFirstOfThem() {
    List<String> lines = lines();
    Collections.swap(lines, 5, 6);
    LogBreak broken = breakOf(lines);
    assertThat(broken.position()).isEqualTo(5);
    assertThat(broken.reason()).startsWith("its version is 6 where 5 was expected");
  }

  @Test
  void detectsATruncatedLastLineAsTruncatedAtItsPosition() {
    List<String> lines = lines();
    int last = lines.size() - 2;
    lines.set(last, lines.get(last).substring(0, lines.get(last).length() / 2));
    lines.remove(lines.size() - 1);
    LogBreak broken = breakOf(lines);
    assertThat(broken.kind()).isEqualTo(LogBreak.Kind.TRUNCATED);
    assertThat(broken.position()).isEqualTo(last);
    assertThat(broken.reason())
        .isEqualTo(
            "truncated: the log stops inside this line, cut short after event " + (last - 1));
  }

  @Test
  void detectsAChangedCharterInTheHeader() {
    List<String> lines = lines();
    lines.set(0, lines.get(0).replace("\"roundLimit\":3", "\"roundLimit\":2"));
    LogBreak broken = breakOf(lines);
    assertThat(broken.position()).isZero();
    assertThat(broken.describe()).isEqualTo("header (line 1): its hash does not match its content");
  }

  @Test
  void refusesAnEmptyLogAndAFileThatIsNotALog() {
    assertThat(breakOf(List.of()).reason()).isEqualTo("the log is empty, without even a header");
    assertThat(breakOf(List.of("{\"format\":\"csv\"}")).reason())
        .startsWith("not a concertation log");
  }

  @Test
  void countsTheEventsThatVerifiedBeforeTheBreak() {
    List<String> lines = lines();
    lines.set(5, lines.get(5).replace("Nowhere", "Somewhere"));
    assertThat(LOG.verify(lines).events()).isEqualTo(4);
  }

  @Test
  void readRefusesABrokenLogWholeNamingTheBreak() {
    List<String> lines = lines();
    Collections.swap(lines, 2, 3);
    assertThatThrownBy(() -> LOG.read(lines))
        .isInstanceOf(BrokenLogException.class)
        .hasMessageStartingWith("Broken event log at event 2 (line 3): its version is 3")
        .extracting(e -> ((BrokenLogException) e).logBreak().position())
        .isEqualTo(2L);
  }

  @Test
  void chainContinuesALogThatStillVerifies() {
    EventLog log = fresh();
    List<String> lines =
        new ArrayList<>(log.write(Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS.subList(0, 4)));
    lines.remove(lines.size() - 1); // the seal of the first four events
    lines.addAll(
        log.chain(LOG.hashOf(lines.get(lines.size() - 1)), 5, EVENTS.subList(4, EVENTS.size())));
    lines.add(LOG.seal(EVENTS.size(), LOG.hashOf(lines.get(lines.size() - 1))));
    assertThat(lines).isEqualTo(lines());
  }

  @Test
  void writesAFileThatVerifiesAndDetectsItsTruncation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.jsonl");
    LOG.write(file, Diagnosis.STREAM, Diagnosis.CHARTER, EVENTS);
    assertThat(LOG.verify(file).isIntact()).isTrue();
    assertThat(LOG.read(file).events()).isEqualTo(EVENTS);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
    LogBreak cut = LOG.verify(file).firstBreak().orElseThrow();
    assertThat(cut.kind()).isEqualTo(LogBreak.Kind.TRUNCATED);
    assertThat(cut.position()).as("the seal's position").isEqualTo(EVENTS.size() + 1);
  }

  @Test
  void theHashOfAnEventCoversItsPredecessorItsVersionAndItsCanonicalJson() {
    List<String> lines = lines();
    // the first event as the chain holds it: its personal values by the digests of the first salts
    String content =
        JsonCodec.create()
            .writeEvent(
                PersonalValues.digests(PersonalValues.seal(EVENTS.get(0), Salts.seeded(SEED))));
    String expected =
        Hashing.sha256()
            .hashString(LOG.hashOf(lines.get(0)) + "\n1\n" + content, StandardCharsets.UTF_8)
            .toString();
    assertThat(LOG.hashOf(lines.get(1))).isEqualTo(expected);
  }
}
