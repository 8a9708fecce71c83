package org.concertation.core.personal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.store.InMemoryEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases one actor's personal values (her name and every text she wrote, {@link PersonalValues})
 * from where a process is kept, keeping its hash chain whole: the chain holds only the values'
 * digests, so erasing their salts and texts changes no line of the log, and the log verifies with
 * the same head hash, replays, and reads the values as erased.
 *
 * <pre>{@code
 * Erasure.Result erased = Erasure.ofLog(Path.of("square.jsonl"), ActorId.of("amina"), now, "");
 * store.erase("square", ActorId.of("amina"));   // an InMemoryEventStore
 * database.erase("square", ActorId.of("amina"), now, "request of 2026-05-30");  // a JdbcEventStore
 * }</pre>
 *
 * <p>In a secret round still open (its key held), the texts she wrote under her pseudonym (the
 * reason of an objection) are hers too, and erased with hers ({@link RoundKeys#pseudonymsOf}).
 * After the round's close its key is gone and nobody can tell which of its texts were hers: they
 * stay, anonymous, and can still be removed one by one by their place where the store offers it
 * ({@code JdbcEventStore.eraseEntry(stream, version, field)}).
 *
 * <p>What an erasure does not remove: the actor's identity (a pseudonym, which the events keep so
 * that the history stays whole), her kind, college and role, her stances and ballots, the digests
 * of her values, and every copy of her data made outside the store (a backup, a published report).
 * A log of format {@value EventLog#INLINE_FORMAT_VERSION} or older holds its values inline and
 * cannot be erased without changing its hashes: it is refused.
 *
 * <p>This class is immutable and thread-safe; one erasure or append at a time per log file.
 */
public final class Erasure {
  private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);

  private Erasure() {}

  /**
   * What an erasure did.
   *
   * @param actor whose values were erased
   * @param values how many values were erased, those she wrote in secret rounds still open included
   * @param head the log's head hash, the same before and after
   */
  public record Result(ActorId actor, int values, String head) {
    /**
     * Validates the result.
     *
     * @param actor whose values were erased
     * @param values how many values were erased
     * @param head the log's head hash
     */
    public Result {
      checkNotNull(actor, "actor must not be null");
      checkArgument(values >= 0, "Invalid count %s", values);
      checkNotNull(head, "head must not be null");
    }
  }

  /**
   * Erases an actor's values from a log file's personal part, atomically (the part is replaced
   * whole, {@link org.concertation.core.io.AtomicFile}); the log itself is not written. The erasure
   * is recorded in the personal part (who, when, why).
   *
   * @param log the log file, of format {@value EventLog#FORMAT_VERSION}
   * @param actor the actor, registered in the log
   * @param at when
   * @param reason why (the request it answers; never personal data), or empty
   * @return what was erased
   * @throws IllegalArgumentException if the log is of an older format or never registered the actor
   * @throws org.concertation.core.log.BrokenLogException if the log does not verify
   * @throws PersonalPartException if its personal part does not match it
   */
  public static Result ofLog(Path log, ActorId actor, Instant at, String reason) {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(reason, "reason must not be null");
    EventLog events = EventLog.create();
    VerifiedLog read = events.read(log);
    int format = events.formatVersion(log);
    checkArgument(
        format == EventLog.FORMAT_VERSION,
        "Invalid log %s: format %s keeps personal values inline, where an erasure would change"
            + " its hashes; write it again (format %s) to erase from it",
        log,
        format,
        EventLog.FORMAT_VERSION);
    checkArgument(
        registers(read.events(), actor),
        "Invalid actor '%s': the log never registered it",
        actor.value());
    // secret: her texts under her pseudonyms in the secret rounds still open are hers too
    ImmutableSet<ActorId> pseudonyms = RoundKeys.pseudonymsOf(read.events(), actor);
    List<PersonalEntry> kept = new ArrayList<>();
    int erased = 0;
    int own = 0;
    for (PersonalEntry entry : events.personalEntries(log)) {
      if (entry.actor().equals(actor)) {
        erased++;
        own++;
      } else if (pseudonyms.contains(entry.actor())) {
        erased++;
      } else {
        kept.add(entry);
      }
    }
    List<EventLog.ErasureRecord> erasures = new ArrayList<>(events.erasures(log));
    erasures.add(new EventLog.ErasureRecord(actor, at, reason));
    events.writePersonal(log, read.stream(), kept, erasures);
    LOG.info( // the count of her own values: the log does not tell that she spoke in secret
        "erased {} personal values of actor '{}' in stream '{}'",
        own,
        actor.value(),
        read.stream());
    return new Result(actor, erased, read.head());
  }

  /**
   * Erases an actor's values from a stream of an in-memory store, and drops its snapshots ({@link
   * InMemoryEventStore#erase(String, ActorId)}).
   *
   * @param store the store
   * @param stream the stream
   * @param actor the actor
   * @return how many events held a value of the actor
   */
  public static int inMemory(InMemoryEventStore<Event> store, String stream, ActorId actor) {
    return checkNotNull(store, "store must not be null").erase(stream, actor);
  }

  // the head hash of a stream that a store holds

  /**
   * The seed of the salts that seal, for {@link #head}, the values that a store holds inline
   * (written before it had a personal part), so that their head is the same at every reading: the
   * one the HTTP service published for such a stream.
   */
  private static final long INLINE_SEED = 0;

  /**
   * The head hash of a stream as a store holds it: the hash of the last line of the log of format
   * {@value EventLog#FORMAT_VERSION} that holds these events ({@link EventLog#chain}), its header's
   * when there is none. A present value read from a store keeps its salt and an erased one its
   * digest, so the head is the same at every reading and after every erasure; a value held inline,
   * without a salt (by a database of schema version 1), is sealed with a salt from a fixed seed,
   * which keeps its head stable too (its digest proves nothing: such a value is public anyway).
   *
   * @param stream the stream
   * @param charter its charter, as its first event holds it
   * @param events its events, as read from the store
   * @return the head hash
   */
  public static String head(String stream, Charter charter, List<? extends Event> events) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(events, "events must not be null");
    EventLog log = EventLog.create(Salts.seeded(INLINE_SEED));
    String header = log.header(stream, charter);
    ImmutableList<String> lines = log.chain(log.hashOf(header), 1, events);
    return log.hashOf(lines.isEmpty() ? header : lines.get(lines.size() - 1));
  }

  /**
   * Whether events register an actor.
   *
   * @param events the events
   * @param actor the actor
   * @return true when one of them is the actor's registration
   */
  public static boolean registers(List<? extends Event> events, ActorId actor) {
    return events.stream()
        .anyMatch(e -> e instanceof Event.ActorRegistered r && r.actor().id().equals(actor));
  }

  /**
   * The events that concern an actor: her registration, the events she caused or that hold one of
   * her values.
   *
   * @param events the events
   * @param actor the actor
   * @return their versions (from 1) with the events, in order
   */
  public static ImmutableList<Event> concerning(List<? extends Event> events, ActorId actor) {
    ImmutableList.Builder<Event> found = ImmutableList.builder();
    for (Event e : events) {
      if (PersonalValues.of(e).stream().anyMatch(v -> v.actor().equals(actor))
          || Actors.of(e).contains(actor)) {
        found.add(e);
      }
    }
    return found.build();
  }
}
