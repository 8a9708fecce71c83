package org.concertation.core.store.jdbc;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;

/**
 * A writer in a process of its own, started by {@link JdbcEventStoreContract}: from a start time,
 * it appends its own commands, one event each, and tries the commands that every writer shares,
 * retrying lost races; then it prints what it applied.
 *
 * <p>Arguments: JDBC URL, stream, writer name, own commands, shared commands, start time (epoch
 * milliseconds).
 */
public final class AppendingWriter {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private int applied;
  private int duplicates;
  private int conflicts;

  private AppendingWriter() {}

  /**
   * Runs the writer.
   *
   * @param args URL, stream, writer, own commands, shared commands, start time
   * @throws InterruptedException if interrupted while waiting for the start
   */
  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    String stream = args[1];
    String writer = args[2];
    int own = Integer.parseInt(args[3]);
    int shared = Integer.parseInt(args[4]);
    long start = Long.parseLong(args[5]);
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(DriverDataSource.of(url));
    long wait = start - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    AppendingWriter counts = new AppendingWriter();
    for (int i = 0; i < own; i++) {
      counts.append(store, stream, CommandId.of(writer + "-" + i), writer + " note " + i);
      if (i < shared) {
        counts.append(store, stream, CommandId.of("shared-" + i), "shared " + i);
      }
    }
    System.out.println(
        "applied "
            + counts.applied
            + " duplicates "
            + counts.duplicates
            + " conflicts "
            + counts.conflicts
            + " late "
            + (wait < 0));
  }

  private void append(JdbcEventStore<Event> store, String stream, CommandId id, String text) {
    Event event = new Event.ContributionMade(AT, ActorId.of("ines"), text, ImmutableSet.of());
    while (true) {
      try {
        store.append(stream, store.version(stream), id, List.of(event));
        applied++;
        return;
      } catch (ConcurrencyConflictException e) {
        conflicts++;
      } catch (DuplicateCommandException e) {
        duplicates++;
        return;
      }
    }
  }
}
