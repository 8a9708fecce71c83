package org.concertation.core.personal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.event.Event;

/**
 * The pseudonym keys of secret rounds ({@link
 * org.concertation.api.charter.Charter#secretRounds()}): how a key is drawn, how a voter's
 * pseudonym is made from it, and where a store keeps it.
 *
 * <p><b>What is stored.</b> In a secret round each position and ballot names its voter by a
 * pseudonym, {@code secret:} followed by the HMAC-SHA256 of the voter's id under the round's key,
 * and keeps her college (which a per-college count or quorum needs), never her id. The key is a
 * random value of {@value #KEY_BYTES} bytes that the round's opening holds as a personal value
 * ({@link PersonalText}) of no actor ({@link #KEY_OWNER}): the chain holds its salted digest, the
 * erasable part of the store its salt and text, under the opening's version and the field {@value
 * #FIELD}. When the round closes the store erases it, in the append that holds the close ({@link
 * #closesSecretRound(Object)}): the JSON-lines log writes its personal part again without the key,
 * the in-memory store keeps the opening with its key erased, and the JDBC store deletes the key's
 * row in the append's transaction (and records that erasure). The close names who took part, in the
 * order of their ids, and no pseudonym: the objections of its tallies are stand-ins ({@code
 * secret:objection-1}...) numbered in the order of their reasons. The chain, its head hash and the
 * recount do not change.
 *
 * <p><b>What it protects against.</b> After the close nobody can tell from the log, the store or
 * any public output (report, analysis, {@code replay --json}, {@code export}) which ballot or
 * stance is whose: the pseudonyms are keyed hashes whose key is gone, and the list of who took part
 * is in the order of their ids. The public outputs never show a ballot or a stance of a secret
 * round beside a voter, nor its pseudonym, during the round either. One ballot per voter (and
 * replacement where the charter allows it) holds during the round, since the state machine
 * recomputes the pseudonym with the key, and a recount from the log gives the same outcome, since
 * the ballots and their colleges stay.
 *
 * <p><b>What it does not protect against.</b> Whoever reads the erasable part while the round is
 * open (a database administrator, a backup taken then, a snapshot or a heap dump of the host) has
 * the key and can link every ballot to its voter. Whoever watches the log or the host while the
 * round is open sees the order and time of each ballot and may link it to a voter by the moment she
 * voted (a voter watched at the polling station, a request log of the host's web server); so can
 * whoever keeps the commands a host received (they name their issuer). Ballots and stances of one
 * voter in one round share a pseudonym, so they can be told apart from other voters' (not who she
 * is). A small college, a unanimous one, or a voter alone in a college shows her ballot through the
 * tally itself. A seeded key source ({@link Salts#seeded(long)}) makes the key guessable to whoever
 * knows the seed: for tests and examples only.
 *
 * <p><b>Erasure.</b> An objection's reason in a secret round is a personal value of the voter's
 * pseudonym. While the round's key is held, an erasure of the voter ({@link Erasure}, {@code
 * JdbcEventStore.erase}, {@code InMemoryEventStore.erase}) erases it too: the store computes her
 * pseudonym in every secret round whose key it still holds ({@link #pseudonymsOf}). Once the round
 * has closed the key is gone, and nobody, not even the store, can tell which texts were hers: her
 * reason stays, anonymous (under her pseudonym, and its copy in the close under a stand-in). This
 * is the documented behaviour: such a text can still be removed as an entry, by its place ({@code
 * JdbcEventStore.eraseEntry(stream, version, field)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundKeys {
  /** The bytes of a round key: {@value}. */
  public static final int KEY_BYTES = 32;

  /** The field of the key in the round's opening, by its JSON key: {@value}. */
  public static final String FIELD = "key";

  /** How every pseudonym begins, and the actor ids that may not be registered: {@value}. */
  public static final String PREFIX = "secret:";

  /**
   * Whose the key is in the erasable part: no actor's, since no actor may be registered with an id
   * that begins with {@value #PREFIX}, so that neither the erasure nor the export of an actor
   * touches it.
   */
  public static final ActorId KEY_OWNER = ActorId.of(PREFIX + "round-key");

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{" + 2 * KEY_BYTES + "}");
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private RoundKeys() {}

  /**
   * The command with a new key drawn from {@code salts} when it opens a secret round without one,
   * else the command itself: how a host's service, a scenario and a simulation open secret rounds.
   *
   * @param command the command about to be decided
   * @param charter the charter the process runs under
   * @param roundsHeld how many rounds the process has opened so far
   * @param salts where the key comes from
   * @return the command, keyed where it needs a key
   */
  public static Command keyed(Command command, Charter charter, int roundsHeld, Salts salts) {
    checkNotNull(command, "command must not be null");
    checkNotNull(charter, "charter must not be null");
    checkNotNull(salts, "salts must not be null");
    if (command instanceof Command.OpenRound open
        && open.key().isEmpty()
        && charter.isSecret(roundsHeld + 1)) {
      return open.withKey(draw(salts));
    }
    return command;
  }

  /**
   * A new round key.
   *
   * @param salts where the randomness comes from: {@link Salts#secure()} for real people
   * @return the key, a present value of {@value #KEY_BYTES} bytes in lower-case hexadecimal
   */
  public static PersonalText draw(Salts salts) {
    checkNotNull(salts, "salts must not be null");
    StringBuilder key = new StringBuilder();
    while (key.length() < 2 * KEY_BYTES) {
      key.append(salts.next());
    }
    return PersonalText.of(key.substring(0, 2 * KEY_BYTES));
  }

  /**
   * Whether a value may serve as a round key: present, of {@value #KEY_BYTES} bytes in lower-case
   * hexadecimal.
   *
   * @param key the value
   * @return true when it is a usable key
   */
  public static boolean isUsable(PersonalText key) {
    checkNotNull(key, "key must not be null");
    return key.text().map(k -> KEY.matcher(k).matches()).orElse(false);
  }

  /**
   * A voter's pseudonym in a round: {@value #PREFIX} and the HMAC-SHA256 of her id's UTF-8 bytes
   * under the key.
   *
   * @param key the round's key, usable ({@link #isUsable(PersonalText)})
   * @param voter the voter
   * @return the pseudonym
   * @throws IllegalArgumentException if the key is erased or malformed
   */
  public static ActorId pseudonym(PersonalText key, ActorId voter) {
    checkNotNull(voter, "voter must not be null");
    checkArgument(
        isUsable(key), "Invalid round key: erased, or not %s hexadecimal bytes", KEY_BYTES);
    byte[] secret = HEX.decode(key.orElseThrow());
    return ActorId.of(
        PREFIX
            + Hashing.hmacSha256(secret)
                .hashString(voter.value(), StandardCharsets.UTF_8)
                .toString());
  }

  /**
   * Whether an id is reserved for pseudonyms and keys ({@value #PREFIX}), so that no actor may be
   * registered with it.
   *
   * @param id the id
   * @return true when it begins with {@value #PREFIX}
   */
  public static boolean isReserved(ActorId id) {
    return checkNotNull(id, "id must not be null").value().startsWith(PREFIX);
  }

  /**
   * Whether an event closes a secret round: a store that appends it erases every round key it
   * keeps.
   *
   * @param event the event, of any type a store holds
   * @return true for the close of a secret round
   */
  public static boolean closesSecretRound(Object event) {
    return event instanceof Event.RoundClosed closed && closed.isSecret();
  }

  /**
   * Whether an entry of the erasable part is a round key.
   *
   * @param entry the entry
   * @return true when it is one
   */
  public static boolean isKey(PersonalEntry entry) {
    return entry.actor().equals(KEY_OWNER) && entry.field().equals(FIELD);
  }

  /**
   * An actor's pseudonyms in the secret rounds whose keys a history still holds: whose values an
   * erasure of the actor erases beside her own (the reason of an objection she raised in a round
   * still open). A round whose key is erased (closed) gives none: nobody can tell any more which of
   * its values are hers.
   *
   * @param events the history, as the store holds it
   * @param actor the actor
   * @return her pseudonyms, one per secret round whose key is present
   */
  public static ImmutableSet<ActorId> pseudonymsOf(List<? extends Event> events, ActorId actor) {
    checkNotNull(events, "events must not be null");
    checkNotNull(actor, "actor must not be null");
    ImmutableSet.Builder<ActorId> pseudonyms = ImmutableSet.builder();
    for (Event event : events) {
      if (event instanceof Event.RoundOpened opened
          && opened.key().filter(RoundKeys::isUsable).isPresent()) {
        pseudonyms.add(pseudonym(opened.key().get(), actor));
      }
    }
    return pseudonyms.build();
  }

  /**
   * Whose values are an actor's in these events: hers, and those under her pseudonym in every
   * secret round whose key they still hold ({@link #pseudonymsOf}), as an erasure takes them.
   *
   * @param events a stream's events, in order
   * @param actor the actor
   * @return the actor, then her pseudonyms
   */
  public static ImmutableSet<ActorId> hers(List<? extends Event> events, ActorId actor) {
    return ImmutableSet.<ActorId>builder().add(actor).addAll(pseudonymsOf(events, actor)).build();
  }

  /**
   * The event with its round key erased: how an in-memory store drops a key at the round's close.
   *
   * @param event the event
   * @param salts where a salt comes from for a key never sealed (drawn and forgotten)
   * @return the opening of a secret round with its key erased, or the event itself
   */
  public static Event withoutKey(Event event, Salts salts) {
    if (event instanceof Event.RoundOpened opened
        && opened.key().isPresent()
        && !opened.key().get().isErased()) {
      return opened.withKey(opened.key().map(k -> k.withSalt(salts.next()).erase()));
    }
    return event;
  }
}
