/**
 * An event store in a SQLite file: {@link org.concertation.examples.sqlite.SqliteEventStore}, with
 * optimistic concurrency enforced by the database's unique key on stream and version.
 */
@NullMarked
package org.concertation.examples.sqlite;

import org.jspecify.annotations.NullMarked;
