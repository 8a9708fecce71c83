package org.concertation.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * JSON that the codec refuses: malformed text, a missing or ill-typed field, an unknown type, or
 * values that the domain types reject. The message says what is wrong and where: a path from the
 * document's root such as {@code $.content.title}, and for malformed text its line and column.
 *
 * <p>This class is immutable and thread-safe (as far as its cause is).
 */
public final class JsonCodecException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** Where in the document, from its root. */
  private final String path;

  JsonCodecException(String path, String message, Throwable cause) {
    super(checkNotNull(message, "message must not be null"), cause);
    this.path = checkNotNull(path, "path must not be null");
  }

  JsonCodecException(String path, String message) {
    super(checkNotNull(message, "message must not be null"));
    this.path = checkNotNull(path, "path must not be null");
  }

  /**
   * Where the problem is, from the document's root: {@code $} for the root, {@code $.agenda[2]} for
   * an element.
   *
   * @return the path
   */
  public String path() {
    return path;
  }
}
