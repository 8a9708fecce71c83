package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * A request the service refuses, with its HTTP status and a message, and for a fault in a JSON body
 * the path of the fault ({@code $.content.title}). The routes throw it; {@code Routes} turns it
 * into a JSON body {@code {"message": ..., "path": ...}}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Failure extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String path;
  private final ImmutableMap<String, String> headers;

  private Failure(
      int status,
      String message,
      @Nullable String path,
      ImmutableMap<String, String> headers,
      @Nullable Throwable cause) {
    super(checkNotNull(message, "message must not be null"), cause);
    this.status = status;
    this.path = path;
    this.headers = headers;
  }

  /** A malformed or invalid request body: 400, with where the fault is. */
  static Failure badJson(String path, String message, @Nullable Throwable cause) {
    return new Failure(
        Status.BAD_REQUEST, message, checkNotNull(path, "path"), ImmutableMap.of(), cause);
  }

  /** A bad path or query parameter: 400. */
  static Failure badRequest(String message, @Nullable Throwable cause) {
    return new Failure(Status.BAD_REQUEST, message, null, ImmutableMap.of(), cause);
  }

  /** No bearer token, or one that names no actor: 401, with the scheme to use. */
  static Failure unauthorized(String message) {
    return new Failure(
        Status.UNAUTHORIZED,
        message,
        null,
        ImmutableMap.of("WWW-Authenticate", "Bearer realm=\"concertation\""),
        null);
  }

  /** No such process: 404. */
  static Failure notFound(String message) {
    return new Failure(Status.NOT_FOUND, message, null, ImmutableMap.of(), null);
  }

  /** The request contradicts what is stored, such as a process opened twice: 409. */
  static Failure conflict(String message) {
    return new Failure(Status.CONFLICT, message, null, ImmutableMap.of(), null);
  }

  /** What this service does not do yet: 501. */
  static Failure notImplemented(String message) {
    return new Failure(Status.NOT_IMPLEMENTED, message, null, ImmutableMap.of(), null);
  }

  /** Other writers kept winning the race to the stream: 503, to be sent again. */
  static Failure busy(String message, Throwable cause) {
    return new Failure(
        Status.UNAVAILABLE, message, null, ImmutableMap.of("Retry-After", "1"), cause);
  }

  int status() {
    return status;
  }

  @Nullable String path() {
    return path;
  }

  ImmutableMap<String, String> headers() {
    return headers;
  }

  /** The status codes of the service's answers. */
  static final class Status {
    static final int OK = 200;
    static final int CREATED = 201;
    static final int BAD_REQUEST = 400;
    static final int UNAUTHORIZED = 401;
    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;
    static final int INTERNAL = 500;
    static final int NOT_IMPLEMENTED = 501;
    static final int UNAVAILABLE = 503;

    private Status() {}
  }
}
