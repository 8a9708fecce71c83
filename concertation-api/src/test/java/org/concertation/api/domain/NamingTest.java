package org.concertation.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void anInhabitantIsShownByKindUnlessSheConsentsToBeNamed() {
    Actor ines = Actor.of("ines", "Inès", ActorKind.INHABITANT);
    assertThat(ines.naming()).isEqualTo(Naming.BY_KIND);
    assertThat(ines.shownByName()).isFalse();
    assertThat(ines.withNaming(Naming.BY_NAME).shownByName()).isTrue();
  }

  @Test
  void institutionsAndAssociationsAreShownByNameByDefault() {
    assertThat(Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION).naming())
        .isEqualTo(Naming.BY_NAME);
    assertThat(Actor.of("residents", "Residents", ActorKind.ASSOCIATION).naming())
        .isEqualTo(Naming.BY_NAME);
  }

  @Test
  void anyOtherKindIsShownByKindByDefault() {
    assertThat(Naming.defaultFor(ActorKind.of("commerçant"))).isEqualTo(Naming.BY_KIND);
    assertThat(Naming.defaultFor(ActorKind.of("independent"))).isEqualTo(Naming.BY_KIND);
  }

  @Test
  void refusesToShowAPublicBodyByKind() {
    Actor hall = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    assertThatThrownBy(() -> hall.withNaming(Naming.BY_KIND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid naming 'BY_KIND' of actor 'town-hall': an actor of kind 'institution' is"
                + " shown by name");
  }

  @Test
  void keepsTheNamingThroughCopies() {
    Actor ines =
        Actor.of("ines", "Inès", ActorKind.INHABITANT)
            .withNaming(Naming.BY_NAME)
            .withCompetence(Competence.of("gardening"))
            .withResource(Resource.hours(2, "an evening"));
    assertThat(ines.naming()).isEqualTo(Naming.BY_NAME);
    assertThat(ines.withNaming(Naming.BY_NAME)).isSameAs(ines);
  }
}
