package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.core.io.AtomicFile;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.personal.PersonalEntry;
import org.concertation.core.personal.PersonalPartException;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
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

  /**
   * The version of this format, in the header's {@code formatVersion} field: sealed logs whose
   * events hold every personal value by its salted digest, the values themselves in the personal
   * part beside the log.
   */
  public static final int FORMAT_VERSION = 3;

  /** The version of sealed logs written before personal values had their part: values inline. */
  public static final int INLINE_FORMAT_VERSION = 2;

  /** The version of logs written before seals, still read. */
  public static final int UNSEALED_FORMAT_VERSION = 1;

  private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
  private static final EventLog INSTANCE = new EventLog(Salts.secure());

  private final JsonCodec codec = JsonCodec.create();
  private final Salts salts;

  private EventLog(Salts salts) {
    this.salts = salts;
  }

  /**
   * The event log, sealing personal values with salts from a {@link java.security.SecureRandom}.
   *
   * @return the event log
   */
  public static EventLog create() {
    return INSTANCE;
  }

  /**
   * The event log with salts from a given source: {@link Salts#seeded(long)} for a log that must be
   * written byte for byte the same (tests, examples), never for real people's data.
   *
   * @param salts where the salts of new personal values come from
   * @return the event log
   */
  public static EventLog create(Salts salts) {
    return new EventLog(checkNotNull(salts, "salts must not be null"));
  }

  /**
   * The file of a log's personal part: beside the log, {@code square.personal.jsonl} for {@code
   * square.jsonl} (the name with {@code .personal.jsonl} in place of a {@code .jsonl} suffix, or
   * added).
   *
   * @param log the log file
   * @return the file of its personal part
   */
  public static Path personalFile(Path log) {
    checkNotNull(log, "log must not be null");
    Path name = checkNotNull(log.getFileName(), "log %s has no file name", log);
    String text = name.toString();
    String base = text.endsWith(".jsonl") ? text.substring(0, text.length() - 6) : text;
    return log.resolveSibling(base + PERSONAL_SUFFIX);
  }

  private static final String PERSONAL_SUFFIX = ".personal.jsonl";

  /**
   * The lines of a whole log: the header, each event chained to its predecessor, and the seal.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @param events its events, in order
   * @return the lines, without line terminators
   */
  public ImmutableList<String> write(String stream, Charter charter, List<? extends Event> events) {
    return text(stream, charter, events).lines();
  }

  /**
   * The text of a whole log and of its personal part: present values not yet sealed get a new salt;
   * sealed ones keep theirs, so that a log read and written again keeps its hashes.
   *
   * @param stream the process's stream
   * @param charter its charter
   * @param events its events, in order
   * @return the log's lines and its personal part's
   */
  public LogText text(String stream, Charter charter, List<? extends Event> events) {
    checkNotNull(events, "events must not be null");
    String header = header(stream, charter);
    Chained chained = chained(FORMAT_VERSION, hashOf(header), 1, events);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(header);
    lines.addAll(chained.lines);
    lines.add(
        seal(
            events.size(),
            hashOf(
                chained.lines.isEmpty() ? header : chained.lines.get(chained.lines.size() - 1))));
    return new LogText(lines.build(), personalLines(stream, chained.entries, ImmutableList.of()));
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
    LogText text = text(stream, charter, events);
    writeBoth(file, text.lines(), text.personal());
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
    Personal personal = personal(file);
    VerifiedLog log = read(text.lines, text.complete, personal);
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
    int formatVersion = formatVersion(text.lines);
    Chained appended = chained(formatVersion, log.head(), log.events().size() + 1L, events);
    ImmutableList<String> chained = appended.lines;
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.addAll(text.lines.subList(0, text.lines.size() - 1)); // all but the old seal
    lines.addAll(chained);
    String head = chained.isEmpty() ? log.head() : hashOf(chained.get(chained.size() - 1));
    long count = log.events().size() + (long) events.size();
    lines.add(seal(count, head));
    if (formatVersion >= FORMAT_VERSION) {
      // entries of versions past the log's end were left by an append that crashed: dropped
      List<PersonalEntry> entries = new ArrayList<>();
      personal.entries.values().stream()
          .filter(e -> e.version() <= log.events().size())
          // secret: the close of a secret round erases every round key the part keeps
          .filter(e -> !(appended.closesSecretRound && RoundKeys.isKey(e)))
          .forEach(entries::add);
      entries.addAll(appended.entries);
      writeBoth(file, lines.build(), personalLines(log.stream(), entries, personal.erasures));
    } else {
      writeBoth(file, lines.build(), null);
    }
    LOG.debug("appended {} events to stream '{}' in {}", events.size(), log.stream(), file);
    ImmutableList.Builder<Event> all = ImmutableList.builder();
    for (Event kept : log.events()) {
      // secret: as the log reads now that the round's key is erased
      all.add(appended.closesSecretRound ? RoundKeys.withoutKey(kept, salts) : kept);
    }
    appended.sealed.forEach(all::add);
    return new VerifiedLog(log.stream(), log.charter(), all.build(), head, true);
  }

  /**
   * Writes a log and its personal part in one batch ({@link AtomicFile#batch()}): the personal part
   * moves into place first, so that a crash between the two renames leaves entries for events that
   * the log does not hold yet, which readers pass over, never a log whose values have no entry.
   */
  private static void writeBoth(Path file, List<String> lines, @Nullable List<String> personal) {
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      if (personal != null) {
        batch.writeLines(personalFile(file), personal);
      }
      batch.writeLines(file, lines);
      ImmutableList<Path> unused = batch.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the event log " + file, e);
    }
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
    return chain(FORMAT_VERSION, previousHash, firstVersion, events);
  }

  /**
   * Lines that continue a log of a given format version: in format {@value #FORMAT_VERSION} their
   * personal values are sealed and kept by their digests (their personal part is dropped); in
   * formats {@value #INLINE_FORMAT_VERSION} and {@value #UNSEALED_FORMAT_VERSION} they are inline,
   * as those logs were written.
   *
   * @param formatVersion the log's format version
   * @param previousHash the hash of the last line already written
   * @param firstVersion the version of the first event
   * @param events the events
   * @return their lines
   */
  public ImmutableList<String> chain(
      int formatVersion, String previousHash, long firstVersion, List<? extends Event> events) {
    checkArgument(
        formatVersion >= UNSEALED_FORMAT_VERSION && formatVersion <= FORMAT_VERSION,
        "Invalid format version %s",
        formatVersion);
    return chained(formatVersion, previousHash, firstVersion, events).lines;
  }

  /** Chained lines, the events as sealed, and the personal entries of their present values. */
  private record Chained(
      ImmutableList<String> lines,
      ImmutableList<Event> sealed,
      ImmutableList<PersonalEntry> entries,
      boolean closesSecretRound) {}

  private Chained chained(
      int formatVersion, String previousHash, long firstVersion, List<? extends Event> events) {
    Checks.text("previous hash", previousHash);
    checkArgument(firstVersion >= 1, "Invalid first version %s: must be at least 1", firstVersion);
    checkNotNull(events, "events must not be null");
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    ImmutableList.Builder<Event> sealed = ImmutableList.builder();
    List<PersonalEntry> entries = new ArrayList<>();
    boolean closesSecretRound = false;
    String previous = previousHash;
    long version = firstVersion;
    for (Event event : events) {
      Event given = checkNotNull(event, "event %s must not be null", version);
      Event stored = given;
      if (formatVersion >= FORMAT_VERSION) {
        stored = PersonalValues.seal(given, salts);
        entries.addAll(PersonalValues.entries(version, stored));
        // secret: a round key is kept only while its round is open
        if (RoundKeys.closesSecretRound(stored)) {
          entries.removeIf(RoundKeys::isKey);
          closesSecretRound = true;
        }
      }
      String line = line(formatVersion, version, previous, stored);
      lines.add(line);
      sealed.add(stored);
      previous = hashOf(line);
      version++;
    }
    return new Chained(
        lines.build(), sealed.build(), ImmutableList.copyOf(entries), closesSecretRound);
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
    return check(lines, true, Personal.NONE).verification;
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
    return check(text.lines, text.complete, Personal.NONE).verification;
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
    return read(lines, true, Personal.NONE);
  }

  /**
   * Reads a log that verifies whole, joined with its personal part: each personal value whose salt
   * and text are there reads as present, the others as erased.
   *
   * @param lines the log's lines, without line terminators
   * @param personal the personal part's lines ({@link LogText#personal()}); empty when it is lost
   * @return the log
   * @throws BrokenLogException at the first break, truncation or impossible event
   * @throws PersonalPartException if the personal part does not match the log's digests, or is not
   *     the part of this log
   */
  public VerifiedLog read(List<String> lines, List<String> personal) {
    return read(lines, true, personal(personal, "the personal part"));
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
    return read(text.lines, text.complete, personal(file));
  }

  private VerifiedLog read(List<String> lines, boolean complete, Personal personal) {
    Checked checked = check(lines, complete, personal);
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

  /**
   * One event line. In format {@value #FORMAT_VERSION} the line holds the event with every personal
   * value by its digest ({@link PersonalValues#digests}), and so does the hashed content.
   */
  private String line(int formatVersion, long version, String previous, Event event) {
    Event stored = formatVersion >= FORMAT_VERSION ? PersonalValues.digests(event) : event;
    String content = codec.writeEvent(stored);
    ObjectNode line = newObject();
    line.put("version", version);
    line.put("previous", previous);
    line.put("hash", sha256(previous + "\n" + version + "\n" + content));
    line.set("event", codec.toTree(stored));
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
    int formatVersion;
  }

  /**
   * Checks a log line by line; {@code complete} tells whether its last line ended with a newline.
   */
  private Checked check(List<String> lines, boolean complete, Personal personal) {
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
    int logFormat;
    ProcessState state;
    try {
      JsonNode header = codec.parse(lines.get(0));
      if (!FORMAT.equals(header.path("format").asText(null))) {
        checked.verification =
            broken(0, "", "not a concertation log: format is not '" + FORMAT + "'");
        return checked;
      }
      int formatVersion = header.path("formatVersion").asInt(-1);
      if (formatVersion != FORMAT_VERSION
          && formatVersion != INLINE_FORMAT_VERSION
          && formatVersion != UNSEALED_FORMAT_VERSION) {
        checked.verification =
            broken(
                0,
                "",
                "format version "
                    + header.path("formatVersion")
                    + " is none of "
                    + FORMAT_VERSION
                    + ", "
                    + INLINE_FORMAT_VERSION
                    + " and "
                    + UNSEALED_FORMAT_VERSION);
        return checked;
      }
      sealedFormat = formatVersion >= INLINE_FORMAT_VERSION;
      logFormat = formatVersion;
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
      if (personal.stream != null && !personal.stream.equals(stream)) {
        throw new PersonalPartException(
            0, "stream", "it is the personal part of stream '" + personal.stream + "'");
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
          boolean inline =
              logFormat >= FORMAT_VERSION
                  && PersonalValues.of(event).stream().anyMatch(v -> !v.value().isErased());
          String expected = inline ? "" : line(logFormat, i, head, event);
          if (inline) {
            problem =
                Optional.of(
                    "it holds a personal value inline, where format "
                        + FORMAT_VERSION
                        + " keeps only its digest");
          } else if (expected.equals(text)) {
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
      if (logFormat >= FORMAT_VERSION) {
        read = PersonalValues.join(i, read, personal.entries);
      }
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
    checked.formatVersion = logFormat;
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

  // ---------------------------------------------------------------- personal part

  /** The value of the personal part's header's {@code format} field. */
  public static final String PERSONAL_FORMAT = "concertation-personal";

  /** The version of the personal part's format. */
  public static final int PERSONAL_FORMAT_VERSION = 1;

  /**
   * An erasure recorded in a personal part: whose values were erased, when and why.
   *
   * @param actor the actor whose values were erased
   * @param at when
   * @param reason why, as the operator gave it (empty when none was given)
   */
  public record ErasureRecord(ActorId actor, java.time.Instant at, String reason) {
    /**
     * Validates the record.
     *
     * @param actor the actor
     * @param at when
     * @param reason why
     */
    public ErasureRecord {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(reason, "reason must not be null");
    }
  }

  /** A personal part as read: its stream (null when there is none), entries by key, erasures. */
  private static final class Personal {
    static final Personal NONE = new Personal(null, ImmutableMap.of(), ImmutableList.of());

    final @Nullable String stream;
    final ImmutableMap<String, PersonalEntry> entries;
    final ImmutableList<ErasureRecord> erasures;

    Personal(
        @Nullable String stream,
        ImmutableMap<String, PersonalEntry> entries,
        ImmutableList<ErasureRecord> erasures) {
      this.stream = stream;
      this.entries = entries;
      this.erasures = erasures;
    }
  }

  /**
   * The personal part of a log file, as entries: what an erasure rewrites.
   *
   * @param log the log file
   * @return its entries, in order; empty when the log has no personal part
   * @throws PersonalPartException if the personal part is not valid
   */
  public ImmutableList<PersonalEntry> personalEntries(Path log) {
    return personal(log).entries.values().asList();
  }

  /**
   * The erasures recorded in the personal part of a log file.
   *
   * @param log the log file
   * @return its erasures, in order
   * @throws PersonalPartException if the personal part is not valid
   */
  public ImmutableList<ErasureRecord> erasures(Path log) {
    return personal(log).erasures;
  }

  /**
   * Replaces the personal part of a log file at once ({@link AtomicFile}), the log unchanged.
   *
   * @param log the log file
   * @param stream the log's stream
   * @param entries the entries kept
   * @param erasures the erasures recorded
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writePersonal(
      Path log, String stream, List<PersonalEntry> entries, List<ErasureRecord> erasures) {
    try {
      AtomicFile.writeLines(personalFile(log), personalLines(stream, entries, erasures));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the personal part of " + log, e);
    }
  }

  /**
   * The format version that a log's header names.
   *
   * @param log the log file
   * @return its format version, or -1 when its header does not name one
   * @throws UncheckedIOException if the file cannot be read
   */
  public int formatVersion(Path log) {
    return formatVersion(fileText(log).lines);
  }

  private int formatVersion(List<String> lines) {
    if (lines.isEmpty()) {
      return -1;
    }
    try {
      return codec.parse(lines.get(0)).path("formatVersion").asInt(-1);
    } catch (JsonCodecException e) {
      return -1;
    }
  }

  private ImmutableList<String> personalLines(
      String stream, List<PersonalEntry> entries, List<ErasureRecord> erasures) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    ObjectNode header = newObject();
    header.put("format", PERSONAL_FORMAT);
    header.put("formatVersion", PERSONAL_FORMAT_VERSION);
    header.put("stream", stream);
    lines.add(codec.text(header));
    for (PersonalEntry entry : entries) {
      ObjectNode line = newObject();
      line.put("version", entry.version());
      line.put("field", entry.field());
      line.put("actor", entry.actor().value());
      line.put("salt", entry.salt());
      line.put("text", entry.text());
      lines.add(codec.text(line));
    }
    for (ErasureRecord erasure : erasures) {
      ObjectNode content = newObject();
      content.put("actor", erasure.actor().value());
      content.put("at", erasure.at().toString());
      content.put("reason", erasure.reason());
      ObjectNode line = newObject();
      line.set(ERASURE, content);
      lines.add(codec.text(line));
    }
    return lines.build();
  }

  private static final String ERASURE = "erasure";

  private Personal personal(Path log) {
    Path file = personalFile(log);
    if (!Files.exists(file)) {
      return Personal.NONE;
    }
    FileText text = fileText(file);
    return personal(text.lines, file.toString());
  }

  private Personal personal(List<String> lines, String where) {
    checkNotNull(lines, "personal must not be null");
    if (lines.isEmpty()) {
      return Personal.NONE;
    }
    Map<String, PersonalEntry> entries = new LinkedHashMap<>();
    List<ErasureRecord> erasures = new ArrayList<>();
    String stream;
    int line = 1; // from 1, as an editor counts the file's lines
    try {
      JsonNode header = codec.parse(lines.get(0));
      if (!PERSONAL_FORMAT.equals(header.path("format").asText(null))
          || header.path("formatVersion").asInt(-1) != PERSONAL_FORMAT_VERSION) {
        throw new PersonalPartException(
            "line 1 of "
                + where
                + " is not the header of a personal part of format "
                + PERSONAL_FORMAT_VERSION);
      }
      stream = codec.read(header.path("stream"), String.class, "$.stream");
      for (int i = 1; i < lines.size(); i++) {
        line = i + 1;
        JsonNode node = codec.parse(lines.get(i));
        if (node.has(ERASURE)) {
          JsonNode e = node.path(ERASURE);
          erasures.add(
              new ErasureRecord(
                  codec.read(e.path("actor"), ActorId.class, "$.erasure.actor"),
                  codec.read(e.path("at"), java.time.Instant.class, "$.erasure.at"),
                  codec.read(e.path("reason"), String.class, "$.erasure.reason")));
          continue;
        }
        PersonalEntry entry =
            new PersonalEntry(
                codec.read(node.path("version"), Long.class, "$.version"),
                codec.read(node.path("field"), String.class, "$.field"),
                codec.read(node.path("actor"), ActorId.class, "$.actor"),
                codec.read(node.path("salt"), String.class, "$.salt"),
                codec.read(node.path("text"), String.class, "$.text"));
        if (entries.put(entry.key(), entry) != null) {
          throw new PersonalPartException(
              entry.version(), entry.field(), "it is given twice in " + where);
        }
      }
    } catch (JsonCodecException | IllegalArgumentException e) {
      // the message names the path in the line, never the text of a value
      // each line is read alone: the parser's "line 1" is this line
      String problem = String.valueOf(e.getMessage()).replace("at line 1, column", "at column");
      throw new PersonalPartException(
          "line " + line + " of " + where + " is not valid: " + problem);
    }
    return new Personal(stream, ImmutableMap.copyOf(entries), ImmutableList.copyOf(erasures));
  }

  @Override
  public String toString() {
    return "EventLog{format=" + FORMAT + ", version=" + FORMAT_VERSION + "}";
  }
}
