package org.concertation.core.store;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;

/**
 * Where the latest {@link Snapshot} of each stream is kept, beside the stream's events, so that a
 * reader can start from a saved state and fold only the events after it instead of the whole
 * stream.
 *
 * <p>A snapshot is a cache: the events stay the truth, and a reader that cannot decode a snapshot
 * (an unknown format tag) folds the whole stream instead. A store keeps at most one snapshot per
 * stream, the one at the highest version saved: saving never moves a stream's snapshot back to an
 * earlier version, so writers that race keep the latest state. Saving again at the same version
 * replaces the snapshot (a new format of the same state).
 *
 * <p>A snapshot of a process's state ({@link org.concertation.core.process.StateCodec}) holds its
 * names and free texts: erasing a person's data must drop the snapshots of the streams that held
 * them, and the next reader folds the events.
 *
 * <p>Implementations must be safe for use by concurrent threads.
 */
public interface SnapshotStore {
  /**
   * Saves the state of a stream at a version, unless the stream already has a snapshot at a later
   * version.
   *
   * @param stream the stream id, not blank
   * @param version the version whose state the payload holds, from 1 to the stream's version
   * @param format the payload's format tag, as {@link Snapshot#of} takes it
   * @param payload the encoded state
   * @return true if the snapshot was saved, false if a later one was kept
   * @throws IllegalArgumentException if the stream id is blank, the format malformed, or the
   *     version below 1 or beyond the stream's version
   */
  @CanIgnoreReturnValue
  boolean saveSnapshot(String stream, long version, String format, byte[] payload);

  /**
   * The snapshot of a stream at the highest version saved.
   *
   * @param stream the stream id, not blank
   * @return the snapshot, or empty when none was saved
   * @throws IllegalArgumentException if the stream id is blank
   */
  Optional<Snapshot> latestSnapshot(String stream);
}
