package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A personal value: an actor's name, or a free text that an actor wrote. It is either
 * <em>present</em> (its text is known) or <em>erased</em> (only its digest is left).
 *
 * <p>The values that are personal are, in one place:
 *
 * <ul>
 *   <li>an actor's name ({@link Actor#name()}), in its registration;
 *   <li>every free text an actor writes: a contribution's text, a proposal's title and text (when
 *       submitted, amended or merged), an amendment's rationale, a withdrawal's reason, a
 *       position's reason (an objection's above all), the project owner's reasoned answer, a
 *       rating's comment, the reason of a reopened phase or of a moved deadline, and the statement
 *       that closes or abandons a process.
 * </ul>
 *
 * <p>The names of the process's own structure are not personal: the process's title, the titles of
 * stakes, objectives, actions and criteria, indicators' names and units, colleges' names, the
 * description of a resource committed to an action, and the explanations that decision rules write.
 * Neither are identities ({@link ActorId}): they are pseudonyms, kept so that a history stays whole
 * after an erasure.
 *
 * <p>Where a value is stored, the event commits to it by a <em>salted digest</em>: the SHA-256 of
 * the salt's bytes followed by the text's UTF-8 bytes, in lower-case hexadecimal. The salt (at
 * least {@value #MIN_SALT_BYTES} random bytes) and the text are kept apart from the hashed event,
 * in a part of the store that can be erased; the digest alone proves nothing about the text to
 * whoever lacks the salt, even for a short or guessable text. A present value read from a store
 * carries its salt ({@link #salt()}), so that writing it again gives the same digest and the same
 * hash chain. What this does not protect: a text while it is present (whoever reads the store or
 * the public report reads it), copies made outside the store (a backup, a printed report), and what
 * the rest of a history says about an actor (her kind, college, stances and ballots).
 *
 * <p>Equality: two present values are equal when their texts are (their salts do not count); two
 * erased values when their digests are; a present value never equals an erased one. {@link
 * #toString()} never shows the text, so that a value logged or printed by mistake shows no personal
 * data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonalText {
  /** The fewest bytes of a salt. */
  public static final int MIN_SALT_BYTES = 16;

  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private final @Nullable String text;
  private final @Nullable String salt;
  private final @Nullable String digest;

  private PersonalText(@Nullable String text, @Nullable String salt, @Nullable String digest) {
    this.text = text;
    this.salt = salt;
    this.digest = digest;
  }

  /**
   * A present value, not yet stored: it has no salt and no digest yet.
   *
   * @param text the text
   * @return the value
   */
  public static PersonalText of(String text) {
    checkNotNull(text, "text must not be null");
    return new PersonalText(text, null, null);
  }

  /**
   * A present value as a store keeps it: with its salt, and so its digest.
   *
   * @param text the text
   * @param salt the salt, in lower-case hexadecimal, at least {@value #MIN_SALT_BYTES} bytes
   * @return the value
   * @throws IllegalArgumentException if the salt is not hexadecimal or too short
   */
  public static PersonalText sealed(String text, String salt) {
    checkNotNull(text, "text must not be null");
    return new PersonalText(text, salt, digestOf(salt, text));
  }

  /**
   * An erased value: only its digest is left.
   *
   * @param digest the salted digest, 64 lower-case hexadecimal digits
   * @return the value
   * @throws IllegalArgumentException if the digest is not 64 lower-case hexadecimal digits
   */
  public static PersonalText erased(String digest) {
    checkNotNull(digest, "digest must not be null");
    checkArgument(
        DIGEST.matcher(digest).matches(),
        "Invalid digest '%s': expected 64 lower-case hexadecimal digits",
        digest);
    return new PersonalText(null, null, digest);
  }

  /**
   * The salted digest of a text: SHA-256 over the salt's bytes then the text's UTF-8 bytes.
   *
   * @param salt the salt, in lower-case hexadecimal, at least {@value #MIN_SALT_BYTES} bytes
   * @param text the text
   * @return the digest, 64 lower-case hexadecimal digits
   * @throws IllegalArgumentException if the salt is not hexadecimal or too short
   */
  public static String digestOf(String salt, String text) {
    checkNotNull(salt, "salt must not be null");
    checkNotNull(text, "text must not be null");
    checkArgument(
        salt.matches("([0-9a-f]{2})+") && salt.length() / 2 >= MIN_SALT_BYTES,
        "Invalid salt of %s characters: expected at least %s bytes in lower-case hexadecimal",
        salt.length(),
        MIN_SALT_BYTES);
    return Hashing.sha256()
        .newHasher()
        .putBytes(HEX.decode(salt))
        .putBytes(text.getBytes(StandardCharsets.UTF_8))
        .hash()
        .toString();
  }

  /**
   * Whether only the digest is left.
   *
   * @return true when erased
   */
  public boolean isErased() {
    return text == null;
  }

  /**
   * The text, unless it was erased.
   *
   * @return the text, or empty when erased
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * The text, or a replacement when it was erased.
   *
   * @param erased what stands for an erased text
   * @return the text or the replacement
   */
  public String orElse(String erased) {
    checkNotNull(erased, "erased must not be null");
    return text != null ? text : erased;
  }

  /**
   * The text of a value known to be present.
   *
   * @return the text
   * @throws IllegalStateException if the value was erased
   */
  public String orElseThrow() {
    checkState(text != null, "The personal value was erased: only its digest is left");
    return text;
  }

  /**
   * The salted digest: known for an erased value and for a present value that a store sealed.
   *
   * @return the digest, or empty for a present value not yet stored
   */
  public Optional<String> digest() {
    return Optional.ofNullable(digest);
  }

  /**
   * The salt of a present value that a store sealed.
   *
   * @return the salt, or empty when the value is erased or not yet stored
   */
  public Optional<String> salt() {
    return Optional.ofNullable(salt);
  }

  /**
   * This value sealed with a salt, or this value when it is erased or already sealed.
   *
   * @param newSalt the salt, in lower-case hexadecimal, at least {@value #MIN_SALT_BYTES} bytes
   * @return the sealed value
   */
  public PersonalText withSalt(String newSalt) {
    if (text == null || salt != null) {
      return this;
    }
    return sealed(text, newSalt);
  }

  /**
   * This value erased: its digest alone.
   *
   * @return the erased value, or this value when it is erased already
   * @throws IllegalStateException if the value has no digest (it was never stored)
   */
  public PersonalText erase() {
    if (text == null) {
      return this;
    }
    checkState(digest != null, "A personal value that was never stored has no digest to keep");
    return erased(digest);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersonalText)) {
      return false;
    }
    PersonalText other = (PersonalText) o;
    return text != null
        ? text.equals(other.text)
        : other.text == null && Objects.equals(digest, other.digest);
  }

  @Override
  public int hashCode() {
    return text != null ? text.hashCode() : Objects.hashCode(digest) * 31 + 1;
  }

  /**
   * A description that never shows the text.
   *
   * @return {@code PersonalText[present, 12 characters]} or {@code PersonalText[erased, 9f2c...]}
   */
  @Override
  public String toString() {
    if (text != null) {
      return "PersonalText[present, " + text.length() + " characters]";
    }
    return "PersonalText[erased, " + requireDigest().substring(0, 8) + "...]";
  }

  private String requireDigest() {
    return checkNotNull(digest, "digest of an erased value");
  }
}
