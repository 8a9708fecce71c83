package org.concertation.core.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.event.Event;
import org.concertation.core.personal.PersonalEntry;
import org.concertation.core.personal.PersonalPartException;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.Salts;

/**
 * How a store of the library's events splits an event into the row of {@code concertation_events}
 * (every personal value by its digest) and its rows of {@code concertation_personal} (each present
 * value's salt and text), and joins them back.
 */
final class PersonalRows {
  /**
   * The kind of the rows of the personal values that are erased with their actor ({@link
   * JdbcEventStore#erase(String, org.concertation.api.domain.ActorId, java.time.Instant, String)}):
   * names and the texts actors write.
   */
  static final String VALUE = "value";

  /**
   * The kind reserved for rows of values that an erasure of their actor would leave, to be erased
   * by a rule of their own ({@link JdbcEventStore#eraseEntry}). No field is of this kind: a round's
   * pseudonym key is a row of kind {@link #VALUE} whose actor is {@link
   * org.concertation.core.personal.RoundKeys#KEY_OWNER}, which no actor's erasure names, deleted by
   * the append that holds the round's close.
   */
  static final String KEY = "key";

  /**
   * The kind of a value's row, by its field: {@link #VALUE} for every field today.
   *
   * @param field the value's field, by its JSON keys
   * @return its kind
   */
  static String kindOf(String field) {
    // secret: a round's key is of kind VALUE too; its owner, no actor, keeps it from erasures
    return VALUE;
  }

  private final Salts salts;

  PersonalRows(Salts salts) {
    this.salts = salts;
  }

  /**
   * An event split for storing.
   *
   * @param stored the event as its row holds it: every personal value by its digest
   * @param entries the present values, each with its salt
   */
  record Split(Event stored, ImmutableList<PersonalEntry> entries) {}

  /** An event at a version, its values not sealed yet given new salts. */
  Split split(long version, Event event) {
    Event sealed = PersonalValues.seal(event, salts);
    return new Split(PersonalValues.digests(sealed), PersonalValues.entries(version, sealed));
  }

  /** Whether an event holds a value inline: present, with no salt (a row of schema version 1). */
  static boolean holdsInline(Event event) {
    return PersonalValues.of(event).stream()
        .anyMatch(v -> !v.value().isErased() && v.value().salt().isEmpty());
  }

  /**
   * An event as its row holds it joined with its entries: each value held by its digest whose entry
   * is there becomes present again, sealed with its salt; a value held inline (schema version 1)
   * stays as it is, an entry for it is passed over; a value without its entry stays erased.
   *
   * @throws PersonalPartException if an entry belongs to another actor than its value, or its salt
   *     and text do not give the digest that the row holds
   */
  static Event join(long version, Event row, Map<String, PersonalEntry> entries) {
    if (entries.isEmpty()) {
      return row;
    }
    return PersonalValues.map(
        row,
        v -> {
          if (!v.value().isErased()) {
            return v.value();
          }
          PersonalEntry entry = entries.get(PersonalEntry.key(version, v.field()));
          if (entry == null) {
            return v.value();
          }
          if (!entry.actor().equals(v.actor())) {
            throw new PersonalPartException(
                version,
                v.field(),
                "it belongs to '"
                    + v.actor().value()
                    + "', not to '"
                    + entry.actor().value()
                    + "'");
          }
          PersonalText sealed = PersonalText.sealed(entry.text(), entry.salt());
          if (!sealed.digest().equals(v.value().digest())) {
            throw new PersonalPartException(
                version, v.field(), "its salt and text do not give the digest its event holds");
          }
          return sealed;
        });
  }
}
