package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.junit.jupiter.api.Test;

class ImpossibleEventTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Event CLOSED = new Event.ProcessClosed(AT, ActorId.of("town-hall"), "done");

  @Test
  void aRefusedEventSaysWhatTheDeciderRefused() {
    Rejection rejection = new Rejection.ProcessEnded(Phase.CLOSED);
    ImpossibleEvent impossible =
        new ImpossibleEvent(3, CLOSED, new ImpossibleEvent.Refused(rejection));

    assertThat(impossible.reason().message()).isEqualTo(rejection.message()).isNotBlank();
    assertThat(impossible.describe()).isEqualTo("event 3 (ProcessClosed): " + rejection.message());
  }

  @Test
  void eachReasonSaysWhatWasWrongInItsOwnWords() {
    assertThat(new ImpossibleEvent.Malformed("no round 7").message())
        .isEqualTo("no command records this event: no round 7");
    assertThat(new ImpossibleEvent.OutOfSequence(4, 6).message())
        .isEqualTo("its version is 6 where 4 follows its predecessor");
    assertThat(new ImpossibleEvent.NotCaused(ImmutableList.of(CLOSED)).message())
        .startsWith("its command would have caused [ProcessClosed], not this event: ");
  }

  @Test
  void anImpossibleEventStandsAtAPositionFromOne() {
    ImpossibleEvent.Reason reason = new ImpossibleEvent.OutOfSequence(1, 2);

    assertThatThrownBy(() -> new ImpossibleEvent(0, CLOSED, reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid position 0: must be at least 1");
    assertThat(new ImpossibleEvent(1, CLOSED, reason).position()).isEqualTo(1);
  }
}
