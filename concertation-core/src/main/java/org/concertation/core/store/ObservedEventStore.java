package org.concertation.core.store;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventStore} that tells its listeners of every successful append. It delegates storage
 * to another store; after that store accepts an append, each listener is called in the order of
 * subscription with the events stored and their versions. A refused append (a {@link
 * org.concertation.api.store.ConcurrencyConflictException}, a bad argument) calls no listener.
 *
 * <p>A listener that throws is logged at error level; the append still succeeded and the other
 * listeners are still called.
 *
 * <p>This class is thread-safe when its delegate is: listeners may subscribe and unsubscribe at any
 * time, and are called on the appending thread.
 *
 * @param <E> the type of the events
 */
public final class ObservedEventStore<E> implements EventStore<E> {
  private static final Logger LOG = LoggerFactory.getLogger(ObservedEventStore.class);

  private final EventStore<E> delegate;
  private final List<AppendListener<? super E>> listeners = new CopyOnWriteArrayList<>();

  private ObservedEventStore(EventStore<E> delegate) {
    this.delegate = delegate;
  }

  /**
   * A store that observes another.
   *
   * @param delegate the store that keeps the events
   * @param <E> the type of the events
   * @return the observed store, without listeners
   */
  public static <E> ObservedEventStore<E> of(EventStore<E> delegate) {
    return new ObservedEventStore<>(checkNotNull(delegate, "delegate must not be null"));
  }

  /**
   * Adds a listener, called after every later successful append.
   *
   * @param listener the listener
   * @return a handle whose {@link Subscription#close()} removes the listener
   */
  public Subscription subscribe(AppendListener<? super E> listener) {
    checkNotNull(listener, "listener must not be null");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public long append(String stream, long expectedVersion, List<? extends E> events) {
    long version = delegate.append(stream, expectedVersion, events);
    tell(stream, version, events);
    return version;
  }

  /**
   * Appends through the delegate, which keeps the command id; listeners hear a first append only.
   */
  @Override
  public long append(
      String stream, long expectedVersion, CommandId command, List<? extends E> events) {
    long version = delegate.append(stream, expectedVersion, command, events);
    tell(stream, version, events);
    return version;
  }

  @Override
  public Optional<ImmutableList<StoredEvent<E>>> readCommand(String stream, CommandId command) {
    return delegate.readCommand(stream, command);
  }

  private void tell(String stream, long version, List<? extends E> events) {
    if (!events.isEmpty() && !listeners.isEmpty()) {
      ImmutableList.Builder<StoredEvent<E>> stored = ImmutableList.builder();
      long next = version - events.size() + 1;
      for (E event : events) {
        stored.add(new StoredEvent<>(stream, next++, event));
      }
      ImmutableList<StoredEvent<E>> appended = stored.build();
      for (AppendListener<? super E> listener : listeners) {
        notify(listener, stream, appended);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <E> void notify(
      AppendListener<? super E> listener, String stream, ImmutableList<StoredEvent<E>> events) {
    try {
      // A listener of a supertype reads the events through its own type: StoredEvent is immutable.
      ((AppendListener<E>) listener).appended(stream, events);
    } catch (RuntimeException e) {
      LOG.error(
          "Listener {} failed on {} events appended to stream '{}'",
          listener,
          events.size(),
          stream,
          e);
    }
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream) {
    return delegate.read(stream);
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream, long afterVersion) {
    return delegate.read(stream, afterVersion);
  }

  @Override
  public long version(String stream) {
    return delegate.version(stream);
  }

  @Override
  public String toString() {
    return "ObservedEventStore{" + delegate + ", " + listeners.size() + " listeners}";
  }

  /** A listener's subscription; closing it removes the listener. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    /** Removes the listener; later appends no longer call it. Closing twice does nothing more. */
    @Override
    void close();
  }
}
