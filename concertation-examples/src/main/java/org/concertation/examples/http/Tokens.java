package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.domain.ActorId;

/**
 * The bearer tokens the service accepts, each standing for one actor: what a city's login would say
 * about who sends a request. Read from a JSON object that maps each token to an actor id, {@code
 * {"k3J9...": "ines", "Qp0z...": "town-hall"}}.
 *
 * <p>Only the SHA-256 digest of each token is kept, and a token is looked up by its digest, so that
 * the time of a lookup says nothing about how much of a guess was right. Tokens are never logged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tokens {
  /** The fewest characters of a token: shorter ones are too easy to guess. */
  public static final int MIN_LENGTH = 16;

  private final ImmutableMap<HashCode, ActorId> actors;

  private Tokens(ImmutableMap<HashCode, ActorId> actors) {
    this.actors = actors;
  }

  /**
   * The tokens of a JSON object mapping each token to an actor id.
   *
   * @param json the object
   * @return the tokens
   * @throws IllegalArgumentException if the JSON is not an object of at least one token of {@link
   *     #MIN_LENGTH} characters or more, each mapped to a valid actor id
   */
  public static Tokens of(JsonNode json) {
    checkNotNull(json, "json must not be null");
    checkArgument(
        json.isObject() && json.size() > 0,
        "Invalid tokens at $: expected an object mapping at least one token to an actor id");
    ImmutableMap.Builder<HashCode, ActorId> actors = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      // the token itself is never quoted in a message: it is a secret
      checkArgument(
          field.getKey().length() >= MIN_LENGTH && field.getKey().strip().equals(field.getKey()),
          "Invalid tokens at $: a token of %s characters, expected at least %s and no surrounding"
              + " spaces",
          field.getKey().length(),
          MIN_LENGTH);
      JsonNode actor = field.getValue();
      checkArgument(
          actor.isTextual(),
          "Invalid tokens at $: a token mapped to %s, expected an actor id",
          actor.getNodeType());
      ActorId id;
      try {
        id = new ActorId(actor.textValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Invalid tokens at $: " + e.getMessage(), e);
      }
      actors.put(digest(field.getKey()), id);
    }
    return new Tokens(actors.buildOrThrow());
  }

  /**
   * The actor a bearer token stands for.
   *
   * @param token the token
   * @return the actor, or empty for an unknown token
   */
  public Optional<ActorId> actor(String token) {
    checkNotNull(token, "token must not be null");
    return Optional.ofNullable(actors.get(digest(token)));
  }

  /**
   * How many tokens there are.
   *
   * @return their number
   */
  public int size() {
    return actors.size();
  }

  private static HashCode digest(String token) {
    return Hashing.sha256().hashString(token, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Tokens{" + actors.size() + " tokens}";
  }
}
