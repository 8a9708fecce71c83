package org.concertation.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.concertation.api.domain.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The state of a stream at one of its versions, kept by a {@link SnapshotStore} as an opaque
 * payload with a format tag: the store never reads the payload; the reader checks the tag before
 * decoding it, and folds the events after {@link #version()} on top.
 *
 * <p>This class is immutable and thread-safe: the payload is copied in and out.
 */
public final class Snapshot {
  private final String stream;
  private final long version;
  private final String format;
  private final byte[] payload;

  private Snapshot(String stream, long version, String format, byte[] payload) {
    this.stream = stream;
    this.version = version;
    this.format = format;
    this.payload = payload;
  }

  /**
   * A snapshot.
   *
   * @param stream the stream id, not blank
   * @param version the version of the stream whose state the payload holds, at least 1
   * @param format the payload's format tag (such as {@code process-state/json/1}): not blank, no
   *     surrounding spaces, at most 200 characters
   * @param payload the encoded state, copied
   * @return the snapshot
   * @throws IllegalArgumentException if the stream id is blank, the version below 1 or the format
   *     tag malformed
   */
  public static Snapshot of(String stream, long version, String format, byte[] payload) {
    Checks.text("stream id", stream);
    checkArgument(
        version >= 1,
        "Invalid snapshot version %s of stream '%s': must be at least 1",
        version,
        stream);
    Checks.id("snapshot format", format);
    checkNotNull(payload, "payload of the snapshot of stream '%s' must not be null", stream);
    return new Snapshot(stream, version, format, payload.clone());
  }

  /**
   * The stream.
   *
   * @return its id
   */
  public String stream() {
    return stream;
  }

  /**
   * The version of the stream whose state the payload holds.
   *
   * @return the version, at least 1
   */
  public long version() {
    return version;
  }

  /**
   * The payload's format tag.
   *
   * @return the tag
   */
  public String format() {
    return format;
  }

  /**
   * The encoded state.
   *
   * @return a copy of the payload
   */
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Snapshot that
        && stream.equals(that.stream)
        && version == that.version
        && format.equals(that.format)
        && Arrays.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return ((stream.hashCode() * 31 + Long.hashCode(version)) * 31 + format.hashCode()) * 31
        + Arrays.hashCode(payload);
  }

  /** The stream, version, format and payload size; never the payload, which may hold names. */
  @Override
  public String toString() {
    return "Snapshot[" + stream + "#" + version + ", " + format + ", " + payload.length + " bytes]";
  }
}
