package org.concertation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.concertation.api.charter.Charter;
import org.junit.jupiter.api.Test;

class ChartersTest {
  @Test
  void eachShortNameGivesItsReadyMadeCharterAndNoOtherNameGivesOne() {
    List<Charter> expected =
        List.of(
            Charters.projectLogic(), Charters.missionLogic(), Charters.prospectiveProjectLogic());
    assertThat(Charters.NAMES).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(Charters.named(Charters.NAMES.get(i))).contains(expected.get(i));
    }
    assertThat(Charters.named("Project")).isEmpty();
    assertThat(Charters.named("project logic")).isEmpty();
    assertThat(Charters.named("")).isEmpty();
    assertThatThrownBy(() -> Charters.named(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
