package org.concertation.core.store;

import com.google.common.collect.ImmutableList;
import org.concertation.api.event.Event;

/** The store contract in memory, where reopening is keeping the same store. */
class InMemoryEventStoreContractTest extends EventStoreContract<InMemoryEventStore<Event>> {
  @Override
  protected InMemoryEventStore<Event> newStore() {
    return InMemoryEventStore.create();
  }

  @Override
  protected InMemoryEventStore<Event> reopen() {
    return store;
  }

  @Override
  protected ImmutableList<String> streams(InMemoryEventStore<Event> store) {
    return store.streams();
  }
}
