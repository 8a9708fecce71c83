/**
 * Event stores: {@link org.concertation.core.store.InMemoryEventStore}, a thread-safe {@link
 * org.concertation.api.store.EventStore} in memory with optimistic concurrency, and {@link
 * org.concertation.core.store.ObservedEventStore}, which tells {@link
 * org.concertation.core.store.AppendListener}s of each successful append; {@link
 * org.concertation.core.store.SnapshotStore}, where the latest {@link
 * org.concertation.core.store.Snapshot} of each stream's state is kept beside its events. The store
 * in a SQL database is in {@code org.concertation.core.store.jdbc}.
 */
@NullMarked
package org.concertation.core.store;

import org.jspecify.annotations.NullMarked;
