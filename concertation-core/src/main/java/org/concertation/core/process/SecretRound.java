package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PersonalText;
import org.concertation.core.personal.RoundKeys;
import org.jspecify.annotations.Nullable;

/**
 * What an open secret round holds beside its positions and ballots, which it keys by pseudonyms:
 * the round's key (present while the store keeps it, erased once it is gone) and the college each
 * pseudonym voted in. When a stored history is checked after the key was erased, the close being
 * checked says who took part ({@link #claimed()}), since nothing else can.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SecretRound {
  private final PersonalText key;
  private final PersistentMap<ActorId, Optional<CollegeId>> colleges;
  private final @Nullable ImmutableSet<ActorId> claimed;

  private SecretRound(
      PersonalText key,
      PersistentMap<ActorId, Optional<CollegeId>> colleges,
      @Nullable ImmutableSet<ActorId> claimed) {
    this.key = checkNotNull(key, "key must not be null");
    this.colleges = checkNotNull(colleges, "colleges must not be null");
    this.claimed = claimed;
  }

  static SecretRound open(PersonalText key) {
    return new SecretRound(key, PersistentMap.empty(), null);
  }

  /** The key, present or erased. */
  PersonalText key() {
    return key;
  }

  /** Whether the key can still make pseudonyms. */
  boolean hasKey() {
    return RoundKeys.isUsable(key);
  }

  /** A voter's pseudonym; checked: {@link #hasKey()}. */
  ActorId pseudonym(ActorId voter) {
    return RoundKeys.pseudonym(key, voter);
  }

  /** The college each pseudonym voted in, in the order they first voted. */
  PersistentMap<ActorId, Optional<CollegeId>> colleges() {
    return colleges;
  }

  /** Who took part, as the close being checked says; null outside such a check. */
  @Nullable ImmutableSet<ActorId> claimed() {
    return claimed;
  }

  SecretRound withVoter(ActorId pseudonym, Optional<CollegeId> college) {
    return new SecretRound(key, colleges.plus(pseudonym, college), claimed);
  }

  SecretRound withClaimed(ImmutableSet<ActorId> participants) {
    return new SecretRound(key, colleges, participants);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SecretRound that
        && key.equals(that.key)
        && colleges.equals(that.colleges)
        && Objects.equals(claimed, that.claimed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, colleges, claimed);
  }

  @Override
  public String toString() {
    return "SecretRound[" + colleges.size() + " voters]"; // never the key
  }
}
