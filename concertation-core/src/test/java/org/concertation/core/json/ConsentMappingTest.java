package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Naming;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.junit.jupiter.api.Test;

class ConsentMappingTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static Event registered(Actor actor) {
    return new Event.ActorRegistered(AT, actor.id(), actor, Role.PARTICIPANT, Optional.empty());
  }

  @Test
  void anActorRegisteredBeforeConsentWasAskedReadsAsShownByItsKindsDefault() {
    String old =
        "{\"type\":\"ActorRegistered\",\"schemaVersion\":1,\"at\":\"2026-03-02T09:00:00Z\","
            + "\"by\":\"ines\",\"actor\":{\"id\":\"ines\",\"name\":\"Inès\",\"kind\":\"inhabitant\","
            + "\"competences\":[],\"resources\":[]},\"role\":\"PARTICIPANT\"}";
    Event event = CODEC.readEvent(old);
    assertThat(((Event.ActorRegistered) event).actor().naming()).isEqualTo(Naming.BY_KIND);
    assertThat(CODEC.writeEvent(event)).isEqualTo(old);
  }

  @Test
  void writesTheNamingOnlyWhenTheActorSaidOtherwiseThanItsKindsDefault() {
    Actor ines = Actor.of("ines", "Inès", ActorKind.INHABITANT);
    Actor hall = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    assertThat(CODEC.writeEvent(registered(ines))).doesNotContain("naming");
    assertThat(CODEC.writeEvent(registered(hall))).doesNotContain("naming");
    String named = CODEC.writeEvent(registered(ines.withNaming(Naming.BY_NAME)));
    assertThat(named).contains(",\"resources\":[],\"naming\":\"BY_NAME\"}");
    assertThat(CODEC.readEvent(named)).isEqualTo(registered(ines.withNaming(Naming.BY_NAME)));
  }

  @Test
  void readsAnExplicitDefault() {
    Actor ines =
        CODEC.read(
            CODEC.parse(
                "{\"id\":\"ines\",\"name\":\"Inès\",\"kind\":\"inhabitant\",\"naming\":\"BY_KIND\"}"),
            Actor.class,
            "$");
    assertThat(ines).isEqualTo(Actor.of("ines", "Inès", ActorKind.INHABITANT));
    assertThat(ines.id()).isEqualTo(ActorId.of("ines"));
  }

  @Test
  void refusesAPublicBodyShownByKind() {
    assertThatThrownBy(
            () ->
                CODEC.read(
                    CODEC.parse(
                        "{\"id\":\"town-hall\",\"name\":\"Town hall\",\"kind\":\"institution\","
                            + "\"naming\":\"BY_KIND\"}"),
                    Actor.class,
                    "$"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Invalid JSON at $: not a valid Actor: Invalid naming 'BY_KIND'");
  }

  @Test
  void refusesAnUnknownNaming() {
    assertThatThrownBy(
            () ->
                CODEC.read(
                    CODEC.parse(
                        "{\"id\":\"ines\",\"name\":\"Inès\",\"kind\":\"inhabitant\","
                            + "\"naming\":\"ANONYMOUS\"}"),
                    Actor.class,
                    "$"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageContaining("$.naming");
  }
}
