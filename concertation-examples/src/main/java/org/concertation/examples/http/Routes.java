package org.concertation.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.process.Due;
import org.concertation.core.process.ProcessState;
import org.concertation.core.report.PublicReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's routes, and how each refusal becomes a status code and a JSON body with a {@code
 * message}:
 *
 * <ul>
 *   <li>{@code PUT /processes/{id}} opens a process: 201, or 409 when it exists;
 *   <li>{@code POST /processes/{id}/commands} decides a command: 200 with the stream's version and
 *       the events, or 409 with the typed rejection;
 *   <li>{@code GET /processes/{id}} its summary; {@code GET /processes/{id}/events?after=N} its
 *       events after version N in JSON lines; {@code GET /processes/{id}/report?format=html|md} its
 *       public report; {@code GET /processes/{id}/due?at=INSTANT} what is due then (501 for now);
 *   <li>400 for a malformed or invalid body (with the {@code path} of the fault) or parameter, 401
 *       without a known bearer token (writes and events need one), 404 for an unknown process or
 *       route, 503 when other writers kept winning the race to a stream, 500 otherwise.
 * </ul>
 */
final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  private static final String JSON = "application/json; charset=utf-8";
  private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
  private static final String BEARER = "bearer ";

  /** The status of an answer without a body. */
  private static final int NO_CONTENT = 204;

  /** The prefix of the ids given to commands sent without one. */
  private static final String GIVEN_ID = "http-";

  private final Processes processes;
  private final Tokens tokens;
  private final Clock clock;

  Routes(Processes processes, Tokens tokens, Clock clock) {
    this.processes = processes;
    this.tokens = tokens;
    this.clock = clock;
  }

  void install(RoutesConfig routes) {
    routes.put("/processes/{id}", this::open);
    routes.post("/processes/{id}/commands", this::command);
    routes.get("/processes/{id}", this::summary);
    routes.get("/processes/{id}/events", this::events);
    routes.get("/processes/{id}/report", this::report);
    routes.get("/processes/{id}/due", this::due);
    // browsers ask for an icon beside every page; the service has none, and says so without error
    routes.get("/favicon.ico", ctx -> ctx.status(NO_CONTENT));
    routes.exception(
        Failure.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          answer(ctx, e.status(), e.getMessage(), e.path());
        });
    routes.exception(
        JsonCodecException.class,
        (e, ctx) -> answer(ctx, Failure.Status.BAD_REQUEST, e.getMessage(), e.path()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> answer(ctx, e.getStatus(), describe(e.getStatus(), ctx), null));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // the exception's type and place only: its message may quote a name or a free text
          StackTraceElement[] trace = e.getStackTrace();
          LOG.error(
              "{} {} failed with {} at {}",
              ctx.method(),
              ctx.path(),
              e.getClass().getName(),
              trace.length == 0 ? "?" : trace[0]);
          answer(ctx, Failure.Status.INTERNAL, "the service failed: see its log", null);
        });
  }

  private static String describe(int status, Context ctx) {
    return status == Failure.Status.NOT_FOUND
        ? "no route " + ctx.method() + " " + ctx.path()
        : "refused with HTTP status " + status;
  }

  private static void answer(
      Context ctx, int status, @Nullable String message, @Nullable String path) {
    ctx.status(status)
        .contentType(JSON)
        .result(Bodies.text(Bodies.failure(String.valueOf(message), path)));
  }

  /** {@code PUT /processes/{id}}. */
  private void open(Context ctx) {
    ActorId by = actor(ctx);
    String stream = stream(ctx);
    ObjectNode body = Bodies.object(ctx.body());
    Charter charter = Bodies.charter(body);
    String title = Bodies.title(body, stream);
    if (!processes.open(stream, by, charter, title)) {
      throw Failure.conflict("process '" + stream + "' exists already");
    }
    LOG.info("opened process '{}' under charter '{}'", stream, charter.name());
    ctx.status(Failure.Status.CREATED)
        .header("Location", "/processes/" + stream)
        .contentType(JSON)
        .result(Bodies.text(Bodies.opened(stream, title)));
  }

  /** {@code POST /processes/{id}/commands}. */
  private void command(Context ctx) {
    ActorId by = actor(ctx);
    String stream = stream(ctx);
    processes.require(stream);
    ObjectNode body = Bodies.object(ctx.body());
    // a command sent without an id gets one of its own, so that its events can be found again
    CommandId id =
        Bodies.commandId(body).orElseGet(() -> CommandId.of(GIVEN_ID + UUID.randomUUID()));
    Function<Instant, Command> command = Bodies.command(body, by, clock.instant());
    Processes.Decided decided = processes.handle(stream, id, command);
    if (decided.result() instanceof Result.Rejected<Event> rejected) {
      LOG.debug(
          "process '{}' rejected a command: {}",
          stream,
          rejected.rejection().getClass().getSimpleName());
      ctx.status(Failure.Status.CONFLICT)
          .contentType(JSON)
          .result(
              Bodies.text(
                  Bodies.rejected(
                      rejected.rejection(), Bodies.language(ctx.header("Accept-Language")))));
      return;
    }
    ctx.status(Failure.Status.OK)
        .contentType(JSON)
        .result(Bodies.text(Bodies.accepted(decided.version(), decided.result().events())));
  }

  /** {@code GET /processes/{id}}. */
  private void summary(Context ctx) {
    String stream = stream(ctx);
    ProcessState state = processes.get(stream);
    List<Event> events = eventsOf(processes.events(stream, 0));
    ctx.contentType(JSON).result(Bodies.text(Bodies.summary(stream, state.charter(), events)));
  }

  /** {@code GET /processes/{id}/events?after=N}. */
  private void events(Context ctx) {
    actor(ctx);
    String stream = stream(ctx);
    long after = after(ctx.queryParam("after"));
    StringBuilder lines = new StringBuilder();
    for (StoredEvent<Event> stored : processes.events(stream, after)) {
      lines.append(Bodies.text(Bodies.line(stored))).append('\n');
    }
    ctx.contentType(JSON_LINES).result(lines.toString());
  }

  /** {@code GET /processes/{id}/report?format=html|md}. */
  private void report(Context ctx) {
    String stream = stream(ctx);
    ProcessState state = processes.get(stream);
    String format = Objects.requireNonNullElse(ctx.queryParam("format"), "html");
    if (!format.equals("html") && !format.equals("md")) {
      throw Failure.badRequest("Invalid format: expected html or md", null);
    }
    PublicReport report =
        PublicReport.of(
            state.title().orElse(stream), state.charter(), eventsOf(processes.events(stream, 0)));
    if (format.equals("html")) {
      ctx.contentType("text/html; charset=utf-8").result(report.html());
    } else {
      ctx.contentType("text/markdown; charset=utf-8").result(report.markdown());
    }
  }

  /** {@code GET /processes/{id}/due?at=INSTANT}: what is due then, by default now. */
  private void due(Context ctx) {
    ProcessState state = processes.get(stream(ctx));
    String text = ctx.queryParam("at");
    Instant at;
    try {
      at = text == null ? clock.instant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Failure.badRequest("Invalid at: expected an ISO-8601 instant", e);
    }
    ctx.contentType(JSON).result(Bodies.text(Bodies.due(at, Due.at(state, at))));
  }

  /** The actor of the request's bearer token, or a 401. */
  private ActorId actor(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw Failure.unauthorized("a bearer token is required: Authorization: Bearer TOKEN");
    }
    return tokens
        .actor(header.substring(BEARER.length()).strip())
        .orElseThrow(() -> Failure.unauthorized("unknown bearer token"));
  }

  private static String stream(Context ctx) {
    String id = ctx.pathParam("id");
    // a control character would forge lines in logs and headers
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw Failure.badRequest("Invalid process id: a control character", null);
    }
    try {
      return Checks.id("process id", id);
    } catch (IllegalArgumentException e) {
      throw Failure.badRequest(String.valueOf(e.getMessage()), e);
    }
  }

  private static long after(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      long after = Long.parseLong(value);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Failure.badRequest("Invalid after: expected a version, an integer at least 0", null);
  }

  private static ImmutableList<Event> eventsOf(List<StoredEvent<Event>> stored) {
    return stored.stream().map(StoredEvent::event).collect(ImmutableList.toImmutableList());
  }
}
