package org.concertation.api.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActivityTest {
  @Test
  void onlyMovingOnChairingAndGoverningStayOpenAfterThePhaseDeadline() {
    assertThat(Arrays.stream(Activity.values()).filter(activity -> !activity.boundByDeadline()))
        .containsExactlyInAnyOrder(
            Activity.FACILITATE, Activity.CHAIR, Activity.GOVERN, Activity.CHAIR_ASSESSMENT);
  }
}
