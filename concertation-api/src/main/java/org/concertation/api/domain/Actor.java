package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * A person or body taking part in a process: a kind, competences and resources it can bring, and
 * how the public record may show it ({@link Naming}): an inhabitant is shown by kind and college
 * unless she consents to be named; institutions and associations are always shown by name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the actor's identity
 * @param name its display name, not blank when present: a {@link PersonalText}
 * @param kind its kind
 * @param competences what it knows how to do
 * @param resources what it can bring
 * @param naming how the public record may show it; never {@link Naming#BY_KIND} for a body ({@link
 *     Naming#isBody})
 */
public record Actor(
    ActorId id,
    PersonalText name,
    ActorKind kind,
    ImmutableSet<Competence> competences,
    ImmutableList<Resource> resources,
    Naming naming) {
  /**
   * Validates the actor.
   *
   * @param id the actor's identity
   * @param name its display name, not blank
   * @param kind its kind
   * @param competences what it knows how to do
   * @param resources what it can bring
   * @param naming how the public record may show it
   */
  public Actor {
    checkNotNull(id, "actor id must not be null");
    Checks.personal("actor name", name);
    checkNotNull(kind, "actor kind must not be null");
    competences = ImmutableSet.copyOf(checkNotNull(competences, "competences must not be null"));
    resources = ImmutableList.copyOf(checkNotNull(resources, "resources must not be null"));
    checkNotNull(naming, "naming must not be null");
    // a public body answers for what it says in the open: it cannot hide behind its kind
    checkArgument(
        naming == Naming.BY_NAME || !Naming.isBody(kind),
        "Invalid naming '%s' of actor '%s': an actor of kind '%s' is shown by name",
        naming,
        id,
        kind);
  }

  /**
   * An actor whose name is given as a present text, shown as its kind says by default ({@link
   * Naming#defaultFor}).
   *
   * @param id the actor's identity
   * @param name its display name, not blank
   * @param kind its kind
   * @param competences what it knows how to do
   * @param resources what it can bring
   */
  public Actor(
      ActorId id,
      String name,
      ActorKind kind,
      ImmutableSet<Competence> competences,
      ImmutableList<Resource> resources) {
    this(id, PersonalText.of(name), kind, competences, resources, Naming.defaultFor(kind));
  }

  /**
   * An actor shown as its kind says by default ({@link Naming#defaultFor}).
   *
   * @param id the actor's identity
   * @param name its display name, present or erased
   * @param kind its kind
   * @param competences what it knows how to do
   * @param resources what it can bring
   */
  public Actor(
      ActorId id,
      PersonalText name,
      ActorKind kind,
      ImmutableSet<Competence> competences,
      ImmutableList<Resource> resources) {
    this(id, name, kind, competences, resources, Naming.defaultFor(kind));
  }

  /**
   * A copy with another name: the same value sealed, or erased.
   *
   * @param newName the name
   * @return the copy, or this actor if the name is the same value
   */
  public Actor withName(PersonalText newName) {
    if (newName == name) {
      return this;
    }
    return new Actor(id, newName, kind, competences, resources, naming);
  }

  /**
   * An actor with no declared competence or resource, shown as its kind says by default ({@link
   * Naming#defaultFor}).
   *
   * @param id the identity
   * @param name the display name
   * @param kind the kind
   * @return the actor
   */
  public static Actor of(String id, String name, ActorKind kind) {
    return new Actor(ActorId.of(id), name, kind, ImmutableSet.of(), ImmutableList.of());
  }

  /**
   * Returns a copy with one more competence.
   *
   * @param competence the competence
   * @return the copy, or this actor if it already has it
   */
  public Actor withCompetence(Competence competence) {
    if (competences.contains(competence)) {
      return this;
    }
    return new Actor(
        id,
        name,
        kind,
        ImmutableSet.<Competence>builder().addAll(competences).add(competence).build(),
        resources,
        naming);
  }

  /**
   * Returns a copy with one more resource.
   *
   * @param resource the resource
   * @return the copy
   */
  public Actor withResource(Resource resource) {
    return new Actor(
        id,
        name,
        kind,
        competences,
        ImmutableList.<Resource>builder().addAll(resources).add(resource).build(),
        naming);
  }

  /**
   * Returns a copy shown as it says.
   *
   * @param newNaming how the public record may show it
   * @return the copy, or this actor if nothing changes
   * @throws IllegalArgumentException if a body is to be shown by kind
   */
  public Actor withNaming(Naming newNaming) {
    return newNaming == naming
        ? this
        : new Actor(id, name, kind, competences, resources, newNaming);
  }

  /**
   * Tells whether the public record may show the actor's name.
   *
   * @return true when it is shown by name
   */
  public boolean shownByName() {
    return naming == Naming.BY_NAME;
  }
}
