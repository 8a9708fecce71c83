package org.concertation.core.personal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.PersonalText;

/**
 * One personal value in the erasable part of a store: where it stands (the event's version in its
 * stream and the value's field, {@link PersonalValues}), whose it is, its salt and its text. The
 * digest that the chain holds is {@link PersonalText#digestOf(String, String)} of the salt and the
 * text; erasing the entry leaves the digest alone.
 *
 * <p>{@link #toString()} never shows the text. This class is immutable and thread-safe.
 *
 * @param version the event's version, from 1
 * @param field the value's field in the event, by its JSON keys
 * @param actor whose it is
 * @param salt its salt, in lower-case hexadecimal
 * @param text its text
 */
public record PersonalEntry(long version, String field, ActorId actor, String salt, String text) {
  /**
   * Validates the entry.
   *
   * @param version the event's version, from 1
   * @param field the value's field in the event
   * @param actor whose it is
   * @param salt its salt
   * @param text its text
   */
  public PersonalEntry {
    checkArgument(version >= 1, "Invalid version %s: must be at least 1", version);
    checkNotNull(field, "field must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(text, "text must not be null");
    PersonalText.digestOf(salt, text); // checks the salt
  }

  /**
   * The key of a value in the erasable part.
   *
   * @param version the event's version
   * @param field the value's field
   * @return the key
   */
  public static String key(long version, String field) {
    return version + "/" + field;
  }

  /**
   * This entry's key.
   *
   * @return {@link #key(long, String)} of its version and field
   */
  public String key() {
    return key(version, field);
  }

  @Override
  public String toString() {
    return "PersonalEntry[version="
        + version
        + ", field="
        + field
        + ", actor="
        + actor.value()
        + ", "
        + text.length()
        + " characters]";
  }
}
