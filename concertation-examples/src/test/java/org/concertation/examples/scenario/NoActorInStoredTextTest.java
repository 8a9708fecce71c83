package org.concertation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No actor's identity or name is copied into a text the library writes into a stored event: every
 * string of an encoded event is either one a command carried (an identity in a field that holds
 * identities, a name, a text an actor wrote) or one the library made, and no string the library
 * made holds an actor's identity or name.
 */
class NoActorInStoredTextTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "saint-aubin-project.json",
        "saint-aubin-mission.json",
        "small-square.json",
        "square-designs.json",
        "citizens-council.json",
        "square-evaluation.json"
      })
  void noStringTheLibraryWritesIntoAnEventHoldsAnActorsIdentityOrName(String sample) {
    Scenario scenario = Scenario.sample(sample);
    Set<String> carried = new HashSet<>();
    scenario.steps().forEach(step -> strings(CODEC.toTree(step.command()), carried));
    List<Event> events = scenario.run();
    Set<String> actors = new HashSet<>();
    for (Event event : events) {
      if (event instanceof Event.ActorRegistered registered) {
        actors.add(registered.actor().id().value());
        actors.add(registered.actor().name().orElseThrow());
      }
    }
    List<String> made = new ArrayList<>();
    for (Event event : events) {
      Set<String> strings = new HashSet<>();
      strings(CODEC.toTree(event), strings);
      strings.stream().filter(s -> !carried.contains(s)).forEach(made::add);
    }
    assertThat(actors).hasSizeGreaterThan(3);
    assertThat(made).as("the library writes texts of its own into events").isNotEmpty();
    for (String text : made) {
      for (String actor : actors) {
        assertThat(text).as("a string the library wrote").doesNotContain(actor);
      }
    }
  }

  /** Every string of a tree, keys of objects included. */
  private static void strings(JsonNode node, Set<String> into) {
    if (node.isTextual()) {
      into.add(node.textValue());
    } else if (node.isArray()) {
      node.forEach(element -> strings(element, into));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        into.add(field.getKey());
        strings(field.getValue(), into);
      }
    }
  }
}
