package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class LogicProfileTest {
  @Test
  void theProjectLogicScoresOneOnEveryDimension() {
    LogicProfile profile = LogicProfile.of(Charters.projectLogic());
    for (Dimension dimension : Dimension.values()) {
      assertThat(profile.score(dimension)).as("%s", dimension).isEqualTo(1.0);
    }
    assertThat(profile.mean()).isEqualTo(1.0);
  }

  @Test
  void theMissionLogicScoresZeroEverywhereButTheOpenDoorOfItsEthic() {
    LogicProfile profile = LogicProfile.of(Charters.missionLogic());
    for (Dimension dimension : Dimension.values()) {
      if (dimension != Dimension.ETHIC) {
        assertThat(profile.score(dimension)).as("%s", dimension).isZero();
      }
    }
    assertThat(profile.scores().get(Dimension.ETHIC).evidence())
        .filteredOn(line -> line.startsWith("yes: "))
        .hasSize(2)
        .allSatisfy(
            line -> assertThat(line).containsAnyOf("'join' open to", "'contribute' open to"));
    assertThat(profile.score(Dimension.ETHIC)).isEqualTo(0.4);
  }

  @Test
  void everyScoreComesWithOneSentencePerIndicator() {
    LogicProfile profile = LogicProfile.of(Charters.projectLogic());
    assertThat(profile.scores().keySet()).containsExactly(Dimension.values());
    assertThat(profile.scores().get(Dimension.PRINCIPLE).evidence())
        .containsExactly(
            "yes: citizens take positions: 'take a position' open to participant, project owner"
                + " (any kind)",
            "yes: the rule needs the consent of several kinds: college majority over 3 colleges",
            "yes: the owner may not overrule a round's decision");
  }

  @Test
  void anOwnerWhoMayOverruleLowersThePrinciple() {
    Charter charter =
        Charter.builder().from(Charters.projectLogic()).ownerMayOverrule(true).build();
    assertThat(LogicProfile.of(charter).score(Dimension.PRINCIPLE)).isEqualTo(2.0 / 3);
  }

  @Test
  void rejectsAProfileMissingADimension() {
    assertThatThrownBy(() -> new LogicProfile(ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a score on every dimension");
  }

  @Test
  void dimensionLabelsAreLowerCase() {
    assertThat(Dimension.OPERATIONALISATION.label()).isEqualTo("operationalisation");
  }
}
