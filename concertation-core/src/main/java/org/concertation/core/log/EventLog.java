package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.core.io.AtomicFile;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and verifies hash-chained event logs in JSON lines.
 *
 * <p>A log is a header line, then one line per event:
 *
 * <pre>{@code
 * {"format":"concertation-log","formatVersion":1,"stream":"square","charter":{...},"hash":"9f2c..."}
 * {"version":1,"previous":"9f2c...","hash":"41ab...","event":{"type":"ActorRegistered",...}}
 * {"version":2,"previous":"41ab...","hash":"07d3...","event":{...}}
 * }</pre>
 *
 * <p>The header's hash is the SHA-256 of {@code "concertation-log\n"} followed by the header's
 * canonical text without its {@code hash} field. The hash of event {@code n} is the SHA-256 of the
 * previous line's hash, a newline, {@code n}, a newline and the event's canonical JSON ({@link
 * JsonCodec#writeEvent}), as lower-case hexadecimal. Every line must be exactly the canonical text
 * that the writer produces, so that a changed byte anywhere is detected; a removed, inserted or
 * moved line breaks the version sequence and the chain of hashes; a truncated line is not JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventLog {
  /** The value of the header's {@code format} field. */
  public static final String FORMAT = "concertation-log";

  /** The version of this format, in the header's {@code formatVersion} field. */
  public static final int FORMAT_VERSION = 1;

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
   * The lines of a whole log: the header, then each event chained to its predecessor.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @param events its events, in order
   * @return the lines, without line terminators
   */
  public ImmutableList<String> write(String stream, Charter charter, List<? extends Event> events) {
    checkNotNull(events, "events must not be null");
    String header = header(stream, charter);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(header);
    lines.addAll(chain(hashOf(header), 1, events));
    return lines.build();
  }

  /**
   * Writes a whole log to a file, replacing it atomically ({@link AtomicFile}), one line per event
   * and a final newline: until the new log is complete on the disk, the file holds the previous log
   * whole.
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
   * The header line of a log.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @return the header line
   */
  public String header(String stream, Charter charter) {
    ObjectNode header = headerWithoutHash(Checks.text("stream", stream), charter);
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
   * Verifies a log line by line, up to its first break.
   *
   * @param lines the lines, without line terminators
   * @return the verification
   */
  public Verification verify(List<String> lines) {
    return check(lines).verification;
  }

  /**
   * Verifies a log file.
   *
   * @param file the file, as written by {@link #write(Path, String, Charter, List)}
   * @return the verification
   * @throws UncheckedIOException if the file cannot be read
   */
  public Verification verify(Path file) {
    return verify(lines(file));
  }

  /**
   * Reads a log that verifies whole.
   *
   * @param lines the lines, without line terminators
   * @return the log
   * @throws BrokenLogException at the first break: nothing of a broken log is returned
   */
  public VerifiedLog read(List<String> lines) {
    Checked checked = check(lines);
    Optional<LogBreak> broken = checked.verification.firstBreak();
    if (broken.isPresent()) {
      throw new BrokenLogException(broken.get());
    }
    return new VerifiedLog(
        checked.stream,
        checkNotNull(checked.charter, "charter of an intact log"),
        checked.events,
        checked.verification.head());
  }

  /**
   * Reads a log file that verifies whole.
   *
   * @param file the file
   * @return the log
   * @throws BrokenLogException at the first break
   * @throws UncheckedIOException if the file cannot be read
   */
  public VerifiedLog read(Path file) {
    return read(lines(file));
  }

  private static List<String> lines(Path file) {
    checkNotNull(file, "file must not be null");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the event log " + file, e);
    }
  }

  // ---------------------------------------------------------------- lines

  private ObjectNode headerWithoutHash(String stream, Charter charter) {
    ObjectNode header = newObject();
    header.put("format", FORMAT);
    header.put("formatVersion", FORMAT_VERSION);
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

  private Checked check(List<String> lines) {
    checkNotNull(lines, "lines must not be null");
    Checked checked = new Checked();
    if (lines.isEmpty()) {
      checked.verification = broken(0, "", "the log is empty, without even a header");
      return checked;
    }
    String head;
    try {
      JsonNode header = codec.parse(lines.get(0));
      if (!FORMAT.equals(header.path("format").asText(null))) {
        checked.verification =
            broken(0, "", "not a concertation log: format is not '" + FORMAT + "'");
        return checked;
      }
      if (header.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
        checked.verification =
            broken(
                0,
                "",
                "format version " + header.path("formatVersion") + " is not " + FORMAT_VERSION);
        return checked;
      }
      String stream = codec.read(header.path("stream"), String.class, "$.stream");
      Charter charter = codec.readCharter(header.path("charter"), "$.charter");
      String expected = header(stream, charter);
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
    } catch (JsonCodecException | IllegalArgumentException e) {
      checked.verification = broken(0, "", "not a valid header: " + e.getMessage());
      return checked;
    }
    List<Event> events = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
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
      events.add(checkNotNull(event, "event %s", i));
      head = hashOf(text);
    }
    checked.events = ImmutableList.copyOf(events);
    checked.verification = new Verification(events.size(), head, Optional.empty());
    return checked;
  }

  private static Verification broken(long position, String head, String reason) {
    return new Verification(0, head, Optional.of(new LogBreak(position, position + 1, reason)));
  }

  @Override
  public String toString() {
    return "EventLog{format=" + FORMAT + ", version=" + FORMAT_VERSION + "}";
  }
}
