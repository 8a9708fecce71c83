package org.concertation.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.concertation.core.json.JsonCodec;
import org.jspecify.annotations.Nullable;

/** A client of the HTTP service, on {@code java.net.http}, that keeps each answer whole. */
final class Client {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;

  Client(int port) {
    this.base = URI.create("http://localhost:" + port);
  }

  /** A token that stands for an actor in the tests' token files. */
  static String tokenOf(String actor) {
    return "token-of-" + actor + "-0123456789";
  }

  /** What the service answered. */
  record Answer(int status, String body, @Nullable String contentType) {
    JsonNode json() {
      return JsonCodec.create().parse(body);
    }
  }

  Answer put(String path, @Nullable String actor, String body) {
    return send("PUT", path, bearer(actor), body);
  }

  Answer post(String path, @Nullable String actor, String body) {
    return send("POST", path, bearer(actor), body);
  }

  Answer get(String path, @Nullable String actor) {
    return send("GET", path, bearer(actor), "");
  }

  private static @Nullable String bearer(@Nullable String actor) {
    return actor == null ? null : "Bearer " + tokenOf(actor);
  }

  /** Sends a request with a raw Authorization header, or none. */
  Answer send(String method, String path, @Nullable String authorization, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
