package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of an actor: {@link #INSTITUTION}, {@link #INHABITANT}, {@link #ASSOCIATION}, or any
 * other kind a host needs ({@code ActorKind.of("company")}).
 *
 * <p>A kind is a lower-case word in any script: a letter, then up to 39 letters, digits, combining
 * marks, {@code -} or {@code _} ({@code commerçant}, {@code bailleur-social}), in Unicode's
 * composed form (NFC), so that one word is one kind however it was typed. This class is immutable
 * and thread-safe.
 *
 * @param name the kind's name, in lower case
 */
public record ActorKind(String name) implements Comparable<ActorKind> {
  /** A letter, then letters, combining marks, digits, hyphens and underscores: 40 at most. */
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}_-]{0,39}");

  /** A public body: town hall, prefecture, social landlord, school. */
  public static final ActorKind INSTITUTION = new ActorKind("institution");

  /** A person who lives on the territory. */
  public static final ActorKind INHABITANT = new ActorKind("inhabitant");

  /** A voluntary organisation: residents' association, sports club, social centre. */
  public static final ActorKind ASSOCIATION = new ActorKind("association");

  /**
   * Validates the name.
   *
   * @param name the kind's name, in lower case and composed form (NFC)
   */
  public ActorKind {
    Checks.text("actor kind", name);
    checkArgument(
        NAME.matcher(name).matches()
            && name.equals(name.toLowerCase(Locale.ROOT))
            && Normalizer.isNormalized(name, Normalizer.Form.NFC),
        "Invalid actor kind '%s': expected a lower-case word of letters, digits, marks, '-' or '_'",
        name);
  }

  /**
   * Returns the kind of this name, ignoring case and surrounding spaces, composed (NFC).
   *
   * @param name the kind's name
   * @return the kind
   * @throws IllegalArgumentException if the name is not a word
   */
  public static ActorKind of(String name) {
    Checks.text("actor kind", name);
    return new ActorKind(
        Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
  }

  @Override
  public int compareTo(ActorKind other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
