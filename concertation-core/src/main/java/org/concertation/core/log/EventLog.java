package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Bytes;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.core.io.AtomicFile;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.HistoryCheck;
import org.concertation.core.process.ImpossibleEvent;
import org.concertation.core.process.ImpossibleEventException;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes, verifies and appends to hash-chained event logs in JSON lines.
 *
 * <p>A log is a header line, one line per event, and a seal:
 *
 * <pre>{@code
 * {"format":"concertation-log","formatVersion":2,"stream":"square","charter":{...},"hash":"9f2c..."}
 * {"version":1,"previous":"9f2c...","hash":"41ab...","event":{"type":"ActorRegistered",...}}
 * {"version":2,"previous":"41ab...","hash":"07d3...","event":{...}}
 * {"seal":{"events":2,"head":"07d3..."}}
 * }</pre>
 *
 * <p>The header's hash is the SHA-256 of {@code "concertation-log\n"} followed by the header's
 * canonical text without its {@code hash} field. The hash of event {@code n} is the SHA-256 of the
 * previous line's hash, a newline, {@code n}, a newline and the event's canonical JSON ({@link
 * JsonCodec#writeEvent}), as lower-case hexadecimal. Every line must be exactly the canonical text
 * that the writer produces, so that a changed byte anywhere is detected; a removed, inserted or
 * moved line breaks the version sequence and the chain of hashes.
 *
 * <p>The seal, the last line, counts the events and repeats the head: the hash of the last event
 * line, or the header's when there is none. A log of format version 2 without its seal was cut
 * short, even when the cut fell exactly at a line end, and is refused as {@link
 * LogBreak.Kind#TRUNCATED truncated} at the first missing line; so is a log whose last line is cut
 * inside. Logs of format version 1, written before seals, still verify and read, reported as
 * unsealed ({@link Verification#sealed()} false): for them a cut at a line end cannot be told from
 * the end.
 *
 * <p>Verifying a log also re-checks its sense: each event is folded through {@link HistoryCheck} in
 * the state the events before it made, and the first one that could not have happened there breaks
 * the log as {@link LogBreak.Kind#IMPOSSIBLE impossible}, with its typed reason. Every command that
 * reads a log therefore reads only a possible history.
 *
 * <p>Files are written atomically ({@link AtomicFile}): a crash while writing or appending leaves
 * the previous log whole. {@link #append(Path, long, List)} adds events to a sealed log file and
 * re-seals it in one atomic replacement.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventLog {
  /** The value of the header's {@code format} field. */
  public static final String FORMAT = "concertation-log";

  /** The version of this format, in the header's {@code formatVersion} field: sealed logs. */
  public static final int FORMAT_VERSION = 2;

  /** The version of logs written before seals, still read. */
  public static final int UNSEALED_FORMAT_VERSION = 1;

  private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
  private static final EventLog INSTANCE = new EventLog();

  private final JsonCodec codec = JsonCodec.create();

  private EventLog() {}

  /**
   * The event log.
   *
   * @return the event log
   */
  public static EventLog create() {
    return INSTANCE;
  }

  /**
   * The lines of a whole log: the header, each event chained to its predecessor, and the seal.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @param events its events, in order
   * @return the lines, without line terminators
   */
  public ImmutableList<String> write(String stream, Charter charter, List<? extends Event> events) {
    checkNotNull(events, "events must not be null");
    String header = header(stream, charter);
    ImmutableList<String> chained = chain(hashOf(header), 1, events);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(header);
    lines.addAll(chained);
    lines.add(
        seal(events.size(), hashOf(chained.isEmpty() ? header : chained.get(chained.size() - 1))));
    return lines.build();
  }

  /**
   * Writes a whole log to a file, replacing it atomically ({@link AtomicFile}), one line per event,
   * the seal and a final newline: until the new log is complete on the disk, the file holds the
   * previous log whole.
   *
   * @param file the file
   * @param stream the process's stream
   * @param charter its charter
   * @param events its events, in order
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file, String stream, Charter charter, List<? extends Event> events) {
    checkNotNull(file, "file must not be null");
    List<String> lines = write(stream, charter, events);
    try {
      AtomicFile.writeLines(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the event log " + file, e);
    }
    LOG.debug("wrote {} events of stream '{}' to {}", events.size(), stream, file);
  }

  /**
   * Appends events to a sealed log file and seals it again, in one atomic replacement of the file:
   * a crash leaves the log as it was before the append, or with every new event and its new seal.
   * The log is verified first, and the new events must be possible after its own ({@link
   * HistoryCheck}); nothing is written otherwise.
   *
   * <p>One writer at a time: two processes appending to one file at once each replace it whole, and
   * the later replacement wins. {@code expectedEvents} catches a writer that read the log before
   * another appended, as long as the appends do not overlap.
   *
   * @param file the log, written by {@link #write(Path, String, Charter, List)}
   * @param expectedEvents the number of events the writer knows the log to hold
   * @param events the events to append, in order
   * @return the whole log after the append
   * @throws BrokenLogException if the log does not verify
   * @throws IllegalArgumentException if the log is unsealed (format version 1): write it whole to
   *     seal it
   * @throws ConcurrencyConflictException if the log does not hold {@code expectedEvents} events
   * @throws ImpossibleEventException if a new event could not follow the log's
   * @throws UncheckedIOException if the file cannot be read or written
   */
  @CanIgnoreReturnValue
  public VerifiedLog append(Path file, long expectedEvents, List<? extends Event> events) {
    checkNotNull(file, "file must not be null");
    checkNotNull(events, "events must not be null");
    checkArgument(
        expectedEvents >= 0, "Invalid expected events %s: must be at least 0", expectedEvents);
    FileText text = fileText(file);
    VerifiedLog log = read(text.lines, text.complete);
    checkArgument(
        log.sealed(),
        "Invalid log %s: it is unsealed (format version %s); write it whole to seal it",
        file,
        UNSEALED_FORMAT_VERSION);
    if (log.events().size() != expectedEvents) {
      throw new ConcurrencyConflictException(log.stream(), expectedEvents, log.events().size());
    }
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState unused = decider.fold(log.state(), ImmutableList.copyOf(events)); // or throws
    ImmutableList<String> chained = chain(log.head(), log.events().size() + 1L, events);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.addAll(text.lines.subList(0, text.lines.size() - 1)); // all but the old seal
    lines.addAll(chained);
    String head = chained.isEmpty() ? log.head() : hashOf(chained.get(chained.size() - 1));
    long count = log.events().size() + (long) events.size();
    lines.add(seal(count, head));
    try {
      AtomicFile.writeLines(file, lines.build());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the event log " + file, e);
    }
    LOG.debug("appended {} events to stream '{}' in {}", events.size(), log.stream(), file);
    return new VerifiedLog(
        log.stream(),
        log.charter(),
        ImmutableList.<Event>builder().addAll(log.events()).addAll(events).build(),
        head,
        true);
  }

  /**
   * The header line of a log.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @return the header line
   */
  public String header(String stream, Charter charter) {
    return header(Checks.text("stream", stream), charter, FORMAT_VERSION);
  }

  private String header(String stream, Charter charter, int formatVersion) {
    ObjectNode header = headerWithoutHash(stream, charter, formatVersion);
    header.put("hash", headerHash(header));
    return codec.text(header);
  }

  /**
   * Lines that continue a log: events chained after a line whose hash is given.
   *
   * @param previousHash the hash of the last line already written ({@link #hashOf(String)})
   * @param firstVersion the version of the first event, one more than the last one written
   * @param events the events
   * @return their lines
   */
  public ImmutableList<String> chain(
      String previousHash, long firstVersion, List<? extends Event> events) {
    Checks.text("previous hash", previousHash);
    checkArgument(firstVersion >= 1, "Invalid first version %s: must be at least 1", firstVersion);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    String previous = previousHash;
    long version = firstVersion;
    for (Event event : events) {
      String line =
          line(version, previous, checkNotNull(event, "event %s must not be null", version));
      lines.add(line);
      previous = hashOf(line);
      version++;
    }
    return lines.build();
  }

  /**
   * The seal line that ends a log: {@code {"seal":{"events":N,"head":"<hash>"}}}.
   *
   * @param events the number of events in the log
   * @param head the hash of its last event line, or of its header when it has no event
   * @return the seal line
   */
  public String seal(long events, String head) {
    checkArgument(events >= 0, "Invalid count %s: must not be negative", events);
    Checks.text("head", head);
    ObjectNode content = newObject();
    content.put("events", events);
    content.put("head", head);
    ObjectNode seal = newObject();
    seal.set(SEAL, content);
    return codec.text(seal);
  }

  /**
   * The hash that a line of a log carries in its {@code hash} field.
   *
   * @param line a header or event line
   * @return its hash
   * @throws org.concertation.core.json.JsonCodecException if the line is not JSON with a hash
   */
  public String hashOf(String line) {
    JsonNode hash = codec.parse(line).path("hash");
    checkArgument(hash.isTextual(), "Invalid line '%s': no hash", line);
    return hash.textValue();
  }

  /**
   * Verifies a log line by line, up to its first break. Lines are taken as complete: a cut inside
   * the last line shows as a line that is not JSON.
   *
   * @param lines the lines, without line terminators
   * @return the verification
   */
  public Verification verify(List<String> lines) {
    return check(lines, true).verification;
  }

  /**
   * Verifies a log file. A file that does not end with a newline was cut inside its last line.
   *
   * @param file the file, as written by {@link #write(Path, String, Charter, List)}
   * @return the verification
   * @throws UncheckedIOException if the file cannot be read
   */
  public Verification verify(Path file) {
    FileText text = fileText(file);
    return check(text.lines, text.complete).verification;
  }

  /**
   * Reads a log that verifies whole.
   *
   * @param lines the lines, without line terminators
   * @return the log
   * @throws BrokenLogException at the first break, truncation or impossible event: nothing of such
   *     a log is returned
   */
  public VerifiedLog read(List<String> lines) {
    return read(lines, true);
  }

  /**
   * Reads a log file that verifies whole.
   *
   * @param file the file
   * @return the log
   * @throws BrokenLogException at the first break, truncation or impossible event
   * @throws UncheckedIOException if the file cannot be read
   */
  public VerifiedLog read(Path file) {
    FileText text = fileText(file);
    return read(text.lines, text.complete);
  }

  private VerifiedLog read(List<String> lines, boolean complete) {
    Checked checked = check(lines, complete);
    Optional<LogBreak> broken = checked.verification.firstBreak();
    if (broken.isPresent()) {
      throw new BrokenLogException(broken.get());
    }
    return new VerifiedLog(
        checked.stream,
        checkNotNull(checked.charter, "charter of an intact log"),
        checked.events,
        checked.verification.head(),
        checked.verification.sealed());
  }

  /** The lines of a file, and whether its last line ended with a newline. */
  private record FileText(List<String> lines, boolean complete) {}

  private static FileText fileText(Path file) {
    checkNotNull(file, "file must not be null");
    byte[] bytes;
    String text;
    try {
      bytes = Files.readAllBytes(file);
      // Every line a writer finished ends with a newline, and a newline byte never stands inside
      // a UTF-8 sequence: the finished lines are decoded strictly, and the unfinished tail of a log
      // cut by a crash, perhaps inside a character, only as far as it goes (it is truncated
      // anyway).
      int finished = Bytes.lastIndexOf(bytes, (byte) '\n') + 1;
      text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, finished)).toString()
              + new String(bytes, finished, bytes.length - finished, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the event log " + file, e);
    }
    List<String> lines = new ArrayList<>(Splitter.on('\n').splitToList(text));
    boolean complete = lines.get(lines.size() - 1).isEmpty();
    if (complete) {
      lines.remove(lines.size() - 1); // the empty text after the final newline
    }
    return new FileText(lines, complete);
  }

  // ---------------------------------------------------------------- lines

  /** The field of the seal line. */
  private static final String SEAL = "seal";

  private ObjectNode headerWithoutHash(String stream, Charter charter, int formatVersion) {
    ObjectNode header = newObject();
    header.put("format", FORMAT);
    header.put("formatVersion", formatVersion);
    header.put("stream", stream);
    header.set("charter", codec.toTree(checkNotNull(charter, "charter must not be null")));
    return header;
  }

  private static ObjectNode newObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  private String headerHash(ObjectNode headerWithoutHash) {
    return sha256(FORMAT + "\n" + codec.text(headerWithoutHash));
  }

  private String line(long version, String previous, Event event) {
    String content = codec.writeEvent(event);
    ObjectNode line = newObject();
    line.put("version", version);
    line.put("previous", previous);
    line.put("hash", sha256(previous + "\n" + version + "\n" + content));
    line.set("event", codec.toTree(event));
    return codec.text(line);
  }

  private static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }

  // ---------------------------------------------------------------- verification

  private static final class Checked {
    Verification verification = new Verification(0, "", Optional.empty());
    String stream = "";
    @Nullable Charter charter;
    ImmutableList<Event> events = ImmutableList.of();
  }

  /**
   * Checks a log line by line; {@code complete} tells whether its last line ended with a newline.
   */
  private Checked check(List<String> lines, boolean complete) {
    checkNotNull(lines, "lines must not be null");
    Checked checked = new Checked();
    if (lines.isEmpty()) {
      checked.verification = broken(0, "", "the log is empty, without even a header");
      return checked;
    }
    if (lines.size() == 1 && !complete) {
      checked.verification =
          truncated(0, "", "truncated: the log stops inside its header, cut short");
      return checked;
    }
    String head;
    boolean sealedFormat;
    ProcessState state;
    try {
      JsonNode header = codec.parse(lines.get(0));
      if (!FORMAT.equals(header.path("format").asText(null))) {
        checked.verification =
            broken(0, "", "not a concertation log: format is not '" + FORMAT + "'");
        return checked;
      }
      int formatVersion = header.path("formatVersion").asInt(-1);
      if (formatVersion != FORMAT_VERSION && formatVersion != UNSEALED_FORMAT_VERSION) {
        checked.verification =
            broken(
                0,
                "",
                "format version "
                    + header.path("formatVersion")
                    + " is neither "
                    + FORMAT_VERSION
                    + " nor "
                    + UNSEALED_FORMAT_VERSION);
        return checked;
      }
      sealedFormat = formatVersion == FORMAT_VERSION;
      String stream = codec.read(header.path("stream"), String.class, "$.stream");
      Charter charter = codec.readCharter(header.path("charter"), "$.charter");
      String expected = header(Checks.text("stream", stream), charter, formatVersion);
      if (!expected.equals(lines.get(0))) {
        checked.verification =
            broken(
                0,
                "",
                hashOf(expected).equals(header.path("hash").asText())
                    ? "it is not in canonical form"
                    : "its hash does not match its content");
        return checked;
      }
      checked.stream = stream;
      checked.charter = charter;
      head = hashOf(expected);
      state = ConcertationDecider.create().initialState(charter);
    } catch (JsonCodecException | IllegalArgumentException e) {
      checked.verification = broken(0, "", "not a valid header: " + e.getMessage());
      return checked;
    }
    ConcertationDecider decider = ConcertationDecider.create();
    List<Event> events = new ArrayList<>();
    boolean sealed = false;
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
      boolean last = i == lines.size() - 1;
      if (last
          && (!complete || !isJson(text))
          && !(sealedFormat && text.equals(seal(events.size(), head)))) {
        // a last line cut short; a whole seal that lost only its final newline still ends the log
        checked.verification =
            truncated(
                i,
                events.size(),
                head,
                "truncated: the log stops inside this line, cut short after event "
                    + events.size());
        return checked;
      }
      if (sealedFormat && isSeal(text)) {
        String expected = seal(events.size(), head);
        if (!expected.equals(text)) {
          checked.verification =
              new Verification(
                  events.size(),
                  head,
                  Optional.of(
                      new LogBreak(
                          i,
                          i + 1L,
                          "its seal does not match the log: it should read " + expected)));
          return checked;
        }
        if (!last) {
          checked.verification =
              new Verification(
                  events.size(),
                  head,
                  Optional.of(
                      new LogBreak(
                          i + 1L, i + 2L, "a line follows the seal, which must end the log")));
          return checked;
        }
        sealed = true;
        break;
      }
      Optional<String> problem;
      Event event = null;
      try {
        JsonNode node = codec.parse(text);
        JsonNode version = node.path("version");
        JsonNode previous = node.path("previous");
        if (!version.isIntegralNumber() || version.longValue() != i) {
          problem =
              Optional.of(
                  "its version is "
                      + version
                      + " where "
                      + i
                      + " was expected: a line was removed, inserted or moved");
        } else if (!previous.isTextual() || !previous.textValue().equals(head)) {
          problem =
              Optional.of(
                  "it does not follow its predecessor: its previous hash is "
                      + previous
                      + " where \""
                      + head
                      + "\" was expected");
        } else {
          event = codec.readEvent(node.path("event"), "$.event");
          String expected = line(i, head, event);
          if (expected.equals(text)) {
            problem = Optional.empty();
          } else if (hashOf(expected).equals(node.path("hash").asText())) {
            problem = Optional.of("it is not in canonical form");
          } else {
            problem = Optional.of("its hash does not match its content");
          }
        }
      } catch (JsonCodecException e) {
        problem = Optional.of(String.valueOf(e.getMessage()));
      }
      if (problem.isPresent()) {
        checked.verification =
            new Verification(
                events.size(), head, Optional.of(new LogBreak(i, i + 1L, problem.get())));
        return checked;
      }
      Event read = checkNotNull(event, "event %s", i);
      try {
        state = decider.evolve(state, read);
      } catch (ImpossibleEventException e) {
        ImpossibleEvent impossible = e.impossible();
        checked.verification =
            new Verification(
                events.size(),
                head,
                Optional.of(
                    new LogBreak(
                        i,
                        i + 1L,
                        LogBreak.Kind.IMPOSSIBLE,
                        "it could not have happened here: " + impossible.reason().message(),
                        Optional.of(impossible.reason()))));
        return checked;
      }
      events.add(read);
      head = hashOf(text);
    }
    if (sealedFormat && !sealed) {
      long position = events.size() + 1L;
      checked.verification =
          truncated(
              position,
              events.size(),
              head,
              "truncated: the log stops after event "
                  + events.size()
                  + ", without its seal; what followed is lost");
      return checked;
    }
    checked.events = ImmutableList.copyOf(events);
    checked.verification = new Verification(events.size(), head, Optional.empty(), sealed);
    return checked;
  }

  private boolean isJson(String text) {
    try {
      codec.parse(text);
      return true;
    } catch (JsonCodecException e) {
      return false;
    }
  }

  private boolean isSeal(String text) {
    try {
      return codec.parse(text).has(SEAL);
    } catch (JsonCodecException e) {
      return false;
    }
  }

  private static Verification broken(long position, String head, String reason) {
    return new Verification(0, head, Optional.of(new LogBreak(position, position + 1, reason)));
  }

  private static Verification truncated(long position, String head, String reason) {
    return truncated(position, 0, head, reason);
  }

  private static Verification truncated(long position, long events, String head, String reason) {
    return new Verification(
        events,
        head,
        Optional.of(
            new LogBreak(
                position, position + 1, LogBreak.Kind.TRUNCATED, reason, Optional.empty())));
  }

  @Override
  public String toString() {
    return "EventLog{format=" + FORMAT + ", version=" + FORMAT_VERSION + "}";
  }
}
