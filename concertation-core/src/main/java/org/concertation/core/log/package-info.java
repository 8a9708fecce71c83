/**
 * A tamper-evident event log: {@link org.concertation.core.log.EventLog} writes a process's events
 * as JSON lines, each carrying the SHA-256 hash of its predecessor's hash and of its own canonical
 * content, ends with a seal that counts its events, and verifies such a log, naming the first bad
 * event, the line where a cut log stops, or the first event that could not have happened. A log is
 * replayed only when it is intact: {@link org.concertation.core.log.EventLog#read(java.util.List)}
 * refuses a broken, truncated or impossible one whole.
 *
 * <p>Like {@link org.concertation.core.json}, this package needs Jackson, an optional dependency.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.log;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
