/**
 * An event store in a SQL database, SQLite or PostgreSQL, through {@code java.sql} alone: {@link
 * org.concertation.core.store.jdbc.JdbcEventStore}, over the host's {@link javax.sql.DataSource}
 * and driver, with events written by an {@link org.concertation.core.store.jdbc.EventCodec} (the
 * library's JSON by default). The database enforces optimistic concurrency and command ids by its
 * keys; failures are {@link org.concertation.core.store.jdbc.EventStoreException}s. {@link
 * org.concertation.core.store.jdbc.DriverDataSource} opens connections from a JDBC URL when the
 * host has no pool.
 */
@NullMarked
package org.concertation.core.store.jdbc;

import org.jspecify.annotations.NullMarked;
