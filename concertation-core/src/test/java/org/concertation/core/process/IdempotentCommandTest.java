package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.core.Charters;
import org.concertation.core.store.InMemoryEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A command sent with an id is applied once, however often and by however many it is sent. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
// the factory of streams that start without ProcessOpened, deprecated, must keep working
@SuppressWarnings("deprecation")
class IdempotentCommandTest {
  private static final Charter CHARTER = Charters.projectLogic();
  private static final String STREAM = "square";

  private final InMemoryEventStore<Event> store = InMemoryEventStore.create();
  private final ProcessService service = ProcessService.of(store, stream -> CHARTER);
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Fixture f = new Fixture();

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private void framed() {
    int i = 0;
    for (Command command : f.inDiagnosis(CHARTER).commands()) {
      assertThat(service.handle(STREAM, CommandId.of("setup-" + i++), command))
          .isInstanceOf(Result.Accepted.class);
    }
  }

  @Test
  void aCommandSentAgainIsAnsweredWithTheEventsItCausedThenAndChangesNothing() {
    framed();
    Command contribute = f.contribute(Fixture.INES, Fixture.YOUTH);
    CommandId id = CommandId.of("contribution-1");
    Result<Event> first = service.handle(STREAM, id, contribute);
    long version = store.version(STREAM);
    Result<Event> again = service.handle(STREAM, id, contribute);
    assertThat(again).isEqualTo(first).isInstanceOf(Result.Accepted.class);
    assertThat(store.version(STREAM)).isEqualTo(version);
  }

  @Test
  void aRejectedCommandRecordsNoIdAndIsDecidedAgainWhenSentAgain() {
    Command early = f.contribute(Fixture.INES, Fixture.YOUTH); // nobody registered yet
    CommandId id = CommandId.of("early");
    assertThat(service.handle(STREAM, id, early)).isInstanceOf(Result.Rejected.class);
    assertThat(store.readCommand(STREAM, id)).isEmpty();
  }

  @Test
  void threadsRacingOneCommandIdApplyItExactlyOnce() throws Exception {
    framed();
    for (int round = 0; round < 20; round++) {
      Command contribute = f.contribute(Fixture.ASSO, Fixture.YOUTH);
      CommandId id = CommandId.of("contribution-" + round);
      long before = store.version(STREAM);
      int senders = 6;
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Result<Event>>> results = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return service.handle(STREAM, id, contribute);
                }));
      }
      start.countDown();
      List<Result<Event>> answers = new ArrayList<>();
      for (Future<Result<Event>> result : results) {
        answers.add(result.get());
      }
      assertThat(store.version(STREAM)).as("round %s", round).isEqualTo(before + 1);
      assertThat(answers).allMatch(answer -> answer.equals(answers.get(0)));
      assertThat(answers.get(0).events()).hasSize(1);
    }
    assertThat(HistoryCheck.create().firstImpossibleStored(CHARTER, store.read(STREAM))).isEmpty();
  }
}
