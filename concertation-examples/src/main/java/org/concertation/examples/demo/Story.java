package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.StakeId;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The story's own words (names, contributions, proposals, reasons, answers, titles) in the language
 * of the run. The scenarios are written in English; the French version of each sentence is in
 * {@code story_fr.txt} beside this class, keyed by the English sentence itself, so that the
 * scenarios read the same in both languages and the English run is the scenario as written.
 *
 * <p>The catalogue is a UTF-8 file of blocks separated by blank lines: a block is the English text
 * on one line and its French on the next; a line starting with {@code #} is a comment; an id's
 * English line starts with {@code id: }, so that an id and a word spelt alike may differ. A
 * sentence the catalogue lacks fails the French run at once, with the sentence quoted: a missing
 * translation fails a test, not a reader.
 *
 * <p>A story remembers every English text it was asked for, people's names apart, so that a test
 * can check that none of them reaches the French account. It is not thread-safe: one run, one
 * story.
 */
final class Story {
  /** The French catalogue, a resource beside this class. */
  static final String FRENCH_CATALOGUE = "story_fr.txt";

  /** The French catalogue, read once, when a French story is first told. */
  private static final class French {
    static final ImmutableMap<String, String> CATALOGUE = load(FRENCH_CATALOGUE);
  }

  /** What an id's English line starts with in the catalogue: ids and texts are apart. */
  static final String ID = "id: ";

  private final Locale language;
  private final @Nullable ImmutableMap<String, String> catalogue;
  private final Set<String> texts = new LinkedHashSet<>();
  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> ids = new LinkedHashSet<>();

  private Story(Locale language, @Nullable ImmutableMap<String, String> catalogue) {
    this.language = language;
    this.catalogue = catalogue;
  }

  /** The story as the scenarios wrote it. */
  static Story english() {
    return new Story(Locale.ENGLISH, null);
  }

  /**
   * The story in a language.
   *
   * @throws IllegalArgumentException if the language is neither English nor French
   */
  static Story of(Locale language) {
    checkNotNull(language, "language must not be null");
    Locale known = Texts.language(language.toLanguageTag());
    return known.getLanguage().equals(Locale.FRENCH.getLanguage())
        ? new Story(Locale.FRENCH, French.CATALOGUE)
        : english();
  }

  /** The language of the story. */
  Locale language() {
    return language;
  }

  /** A sentence, a title or a short label of the story, in the story's language. */
  String text(String english) {
    checkNotNull(english, "text must not be null");
    texts.add(english);
    return translate(english);
  }

  /**
   * The id of a stake, a proposal, an objective, an action, an indicator or a criterion, in the
   * story's language: a French run names its proposals in French as it titles them. Actors and
   * colleges keep their ids, which are names.
   */
  String id(String english) {
    checkNotNull(english, "id must not be null");
    ids.add(english);
    return catalogue == null ? english : translate(ID + english);
  }

  /** The name of an actor or a college: a body's is translated, a person's or a place's kept. */
  String name(String english) {
    checkNotNull(english, "name must not be null");
    names.add(english);
    return translate(english);
  }

  /** An actor with its name and competences in the story's language. */
  Actor actor(Actor actor) {
    checkNotNull(actor, "actor must not be null");
    Actor localized =
        Actor.of(actor.id().value(), name(actor.name().orElseThrow()), actor.kind())
            .withNaming(actor.naming());
    for (Competence competence : actor.competences()) {
      localized = localized.withCompetence(Competence.of(text(competence.name())));
    }
    for (Resource resource : actor.resources()) {
      localized = localized.withResource(resource(resource));
    }
    return localized;
  }

  /** A resource with its description in the story's language; money is described by the library. */
  Resource resource(Resource resource) {
    checkNotNull(resource, "resource must not be null");
    return resource.kind() == ResourceKind.MONEY
        ? resource
        : new Resource(resource.kind(), resource.quantity(), text(resource.description()));
  }

  /** A proposal's title and text in the story's language, with its stakes and cost. */
  ProposalContent content(ProposalContent content) {
    checkNotNull(content, "content must not be null");
    return new ProposalContent(
        text(content.title().orElseThrow()),
        text(content.text().orElseThrow()),
        content.stakes().stream()
            .map(stake -> StakeId.of(id(stake.value())))
            .collect(ImmutableSet.toImmutableSet()),
        content.cost());
  }

  /** The English texts asked for, names of people and bodies apart, in order of first use. */
  ImmutableList<String> texts() {
    return ImmutableList.copyOf(texts);
  }

  /** The English ids asked for, in order of first use. */
  ImmutableList<String> ids() {
    return ImmutableList.copyOf(ids);
  }

  /** The English names of the actors and colleges registered, in order of first use. */
  ImmutableList<String> names() {
    return ImmutableList.copyOf(names);
  }

  private String translate(String english) {
    if (catalogue == null) {
      return english;
    }
    String translated = catalogue.get(english);
    if (translated == null) {
      throw new IllegalStateException(
          "No " + language.getDisplayLanguage(Locale.ENGLISH) + " for '" + english + "'");
    }
    return translated;
  }

  /** Reads a catalogue: blocks of an English line and its translation, separated by blank lines. */
  static ImmutableMap<String, String> load(String resource) {
    InputStream in = Story.class.getResourceAsStream(resource);
    checkArgument(in != null, "No catalogue '%s' beside %s", resource, Story.class.getName());
    Map<String, String> pairs = new HashMap<>();
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(requireNonNull(in), StandardCharsets.UTF_8))) {
      List<String> block = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        number++;
        if (line == null || line.isBlank()) {
          if (!block.isEmpty()) {
            checkArgument(
                block.size() == 2,
                "Invalid catalogue '%s' before line %s: a block is an English line and its"
                    + " translation, found %s lines",
                resource,
                number,
                block.size());
            String previous = pairs.put(block.get(0), block.get(1));
            checkArgument(
                previous == null,
                "Invalid catalogue '%s': '%s' is translated twice",
                resource,
                block.get(0));
            ordered.put(block.get(0), block.get(1));
            block.clear();
          }
          if (line == null) {
            break;
          }
        } else if (!line.startsWith("#")) {
          block.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + resource, e);
    }
    return ordered.buildOrThrow();
  }
}
