package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.junit.jupiter.api.Test;

class TerritoryTest {
  private static Map<ActorKind, Long> kinds(Territory territory) {
    return territory.actors().stream()
        .collect(Collectors.groupingBy(Actor::kind, Collectors.counting()));
  }

  @Test
  void actorsComeByKindInTheConfiguredProportions() {
    Territory territory = Territory.generate(SimulationConfig.of(200), 1);
    assertThat(kinds(territory))
        .containsEntry(ActorKind.INSTITUTION, 20L)
        .containsEntry(ActorKind.INHABITANT, 140L)
        .containsEntry(ActorKind.ASSOCIATION, 40L);
    assertThat(territory.actors().get(0).kind()).isEqualTo(ActorKind.INSTITUTION);
    assertThat(territory.stakes()).hasSize(6);
  }

  @Test
  void theConvenerIsAnInstitutionEvenWhenTheSharesLeaveNone() {
    Territory territory = Territory.generate(SimulationConfig.of(10).withShares(0, 1, 1), 1);
    assertThat(kinds(territory)).containsEntry(ActorKind.INSTITUTION, 1L);
    assertThat(territory.actors()).hasSize(10);
  }

  @Test
  void theConvenerIsTheFirstInstitution() {
    Territory territory = Territory.generate(SimulationConfig.of(10).withShares(0, 1, 1), 1);
    assertThat(territory.actors().get(territory.convener()).kind())
        .isEqualTo(ActorKind.INSTITUTION);
    assertThat(territory.actors().subList(0, territory.convener()))
        .noneMatch(a -> a.kind().equals(ActorKind.INSTITUTION));
  }

  @Test
  void competencesAreDeclaredWithTheConfiguredChanceAndAlwaysByInstitutions() {
    Territory none = Territory.generate(SimulationConfig.of(60).withCompetenceChance(0), 2);
    assertThat(none.actors())
        .allMatch(a -> a.competences().isEmpty() != a.kind().equals(ActorKind.INSTITUTION));
    Territory all = Territory.generate(SimulationConfig.of(60).withCompetenceChance(1), 2);
    assertThat(all.actors()).allMatch(a -> !a.competences().isEmpty());
  }

  @Test
  void reservationsAndLeaningsStayWithinTheirConfiguredRanges() {
    SimulationConfig config =
        SimulationConfig.of(80).withBehaviour(1.0, 0, 0.5, 0.95).withPreferences(0.4, 0.2, 0, 0, 0);
    Territory territory = Territory.generate(config, 4);
    for (int i = 0; i < territory.actors().size(); i++) {
      assertThat(territory.reservation(i)).isZero();
      for (int s = 0; s < territory.stakes().size(); s++) {
        // no heterogeneity: every actor has its kind's leaning
        assertThat(territory.preference(i, s)).isBetween(0.4, 0.6);
      }
      // no aversion to cost: a costly proposal with no effect is worth nothing
      assertThat(territory.utility(i, new double[6], 1e9)).isZero();
    }
  }

  @Test
  void theSameSeedGivesTheSameTerritoryAndAnotherSeedAnother() {
    Territory a = Territory.generate(SimulationConfig.of(50), 3);
    Territory b = Territory.generate(SimulationConfig.of(50), 3);
    Territory c = Territory.generate(SimulationConfig.of(50), 4);
    assertThat(b.actors()).isEqualTo(a.actors());
    boolean samePreferences = true;
    boolean otherPreferences = false;
    for (int i = 0; i < 50; i++) {
      for (int s = 0; s < 6; s++) {
        samePreferences &= a.preference(i, s) == b.preference(i, s);
        otherPreferences |= a.preference(i, s) != c.preference(i, s);
      }
    }
    assertThat(samePreferences).isTrue();
    assertThat(otherPreferences).isTrue();
  }

  @Test
  void preferencesAreHeterogeneousAndBetweenMinusOneAndOne() {
    Territory territory = Territory.generate(SimulationConfig.of(100), 9);
    Map<Double, Long> distinct =
        territory.actors().stream()
            .map(actor -> territory.preference(territory.actors().indexOf(actor), 0))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(distinct.size()).isGreaterThan(50);
    for (int i = 0; i < 100; i++) {
      for (int s = 0; s < 6; s++) {
        assertThat(territory.preference(i, s)).isBetween(-1.0, 1.0);
      }
    }
  }

  @Test
  void utilityAddsPreferencesTimesEffectsLessTheCost() {
    Territory territory =
        Territory.generate(SimulationConfig.of(10).withStakesAndProposals(2, 1), 5);
    double[] effects = {1.0, 0.5};
    double free = territory.utility(3, effects, 0);
    assertThat(free).isEqualTo(territory.preference(3, 0) + 0.5 * territory.preference(3, 1));
    assertThat(territory.utility(3, effects, 100_000)).isLessThan(free);
  }

  @Test
  void rejectsBadParametersQuotingThem() {
    assertThatThrownBy(() -> SimulationConfig.of(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1'");
    assertThatThrownBy(() -> SimulationConfig.of(10).withPropensities(0.5, 1.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inhabitant propensity '1.5'");
    assertThatThrownBy(() -> SimulationConfig.of(10).withShares(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one must be positive");
    assertThatThrownBy(() -> Territory.generate(SimulationConfig.of(10), 1).preference(10, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
