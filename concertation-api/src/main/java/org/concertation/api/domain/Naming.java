package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How the public record may show an actor, as the actor said at registration: by name, or by kind
 * and college only.
 *
 * <p>Inhabitants, and every kind the library does not know to be a body, are shown by kind and
 * college unless they consent to be named ({@link #defaultFor}): a person's name is personal data,
 * and the public record shows no more of a person than she agreed to. Institutions and associations
 * are public bodies accountable for what they say in a concertation: they are always shown by name,
 * and {@link Actor} refuses {@link #BY_KIND} for them.
 */
public enum Naming {
  /** The public record shows the actor's name. */
  BY_NAME,
  /**
   * The public record shows the actor's kind and college only ("inhabitant 2 (college
   * inhabitants)"), never its name nor its identity.
   */
  BY_KIND;

  /**
   * How an actor of a kind is shown when it said nothing: by name for institutions and
   * associations, by kind and college for every other kind.
   *
   * @param kind the actor's kind
   * @return the default
   */
  public static Naming defaultFor(ActorKind kind) {
    checkNotNull(kind, "kind must not be null");
    return isBody(kind) ? BY_NAME : BY_KIND;
  }

  /**
   * Tells whether actors of a kind are public bodies, always shown by name.
   *
   * @param kind the kind
   * @return true for institutions and associations
   */
  public static boolean isBody(ActorKind kind) {
    checkNotNull(kind, "kind must not be null");
    return kind.equals(ActorKind.INSTITUTION) || kind.equals(ActorKind.ASSOCIATION);
  }
}
