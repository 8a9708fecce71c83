package org.concertation.examples.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.http.HttpService;
import org.concertation.examples.http.Tokens;

/**
 * A timed run of the HTTP service: a process whose stream already holds many events (actors
 * registered, then contributions to the diagnosis, appended straight to the database; the service
 * reads and checks them once, at the first command), and concurrent clients each sending
 * contributions through HTTP; prints the accepted commands per second and the latencies' median and
 * 99th percentile.
 *
 * <p>Run it alone on the machine: {@code java -cp concertation-examples/target/concertation.jar
 * org.concertation.examples.bench.HttpBenchmark [EVENTS [CLIENTS [COMMANDS-PER-CLIENT
 * [JDBC-URL]]]]}, by default 100000 events, 8 clients, 20 commands each, on a SQLite file in a
 * temporary folder. Each client sends one command first, untimed: the service reads and checks the
 * stream once, when it first meets it.
 */
public final class HttpBenchmark {
  private static final int DEFAULT_EVENTS = 100_000;
  private static final int DEFAULT_CLIENTS = 8;
  private static final int DEFAULT_COMMANDS = 20;

  /** Events appended to the database in one transaction while the stream is filled. */
  private static final int BATCH = 5_000;

  private static final String STREAM = "bench";
  private static final double PERCENTILE = 0.99;
  private static final int OK = 200;

  private HttpBenchmark() {}

  private static String token(int client) {
    return "benchmark-token-" + client + "-0123456789";
  }

  private static String actor(int client) {
    return "client-" + client;
  }

  /**
   * Runs the benchmark.
   *
   * @param args events in the stream, clients, commands per client
   * @throws Exception if the service fails
   */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CLIENTS;
    int commands = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_COMMANDS;
    String database =
        args.length > 3
            ? args[3]
            : "jdbc:sqlite:" + Files.createTempDirectory("concertation-http-bench").resolve("b.db");
    ObjectNode tokens = JsonNodeFactory.instance.objectNode();
    tokens.put(token(-1), "owner");
    for (int c = 0; c < clients; c++) {
      tokens.put(token(c), actor(c));
    }
    try (HttpService service = HttpService.start(database, Tokens.of(tokens), 0)) {
      URI base = URI.create("http://localhost:" + service.port() + "/processes/" + STREAM);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      long seeding = System.nanoTime();
      fill(database, events, clients);
      System.out.printf(
          Locale.ROOT,
          "stream filled with %d events in %.1f s%n",
          events,
          (System.nanoTime() - seeding) / 1e9);

      URI commandsUri = URI.create(base + "/commands");
      for (int c = 0; c < clients; c++) {
        String warmUp = "{\"type\":\"Contribute\",\"text\":\"first\"}";
        int status = send(http, commandsUri, token(c), "POST", warmUp).statusCode();
        check(status == OK, "the first command answered " + status);
      }
      int warmUps = clients;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<long[]>> running = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  long[] latencies = new long[commands];
                  for (int k = 0; k < commands; k++) {
                    String body =
                        "{\"type\":\"Contribute\",\"text\":\"note\",\"commandId\":\"b-"
                            + client
                            + "-"
                            + k
                            + "\"}";
                    long sent = System.nanoTime();
                    HttpResponse<String> answer =
                        send(http, commandsUri, token(client), "POST", body);
                    latencies[k] = System.nanoTime() - sent;
                    check(answer.statusCode() == OK, "a command answered " + answer.body());
                  }
                  return latencies;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> task : running) {
        Arrays.stream(task.get()).forEach(all::add);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "%d clients, %d accepted commands in %.1f s: %.1f commands/s, latency median %.1f ms,"
              + " p99 %.1f ms, at %d to %d events%n",
          clients,
          sorted.length,
          seconds,
          sorted.length / seconds,
          sorted[sorted.length / 2] / 1e6,
          sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * PERCENTILE) - 1)]
              / 1e6,
          events + warmUps,
          events + warmUps + sorted.length);
    }
  }

  /**
   * Fills the stream straight in the database: the owner, the clients and contributors register,
   * the diagnosis opens, then contributions until the stream holds {@code events} events; every
   * event decided by the machine.
   */
  private static void fill(String database, int events, int clients) {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(Charters.projectLogic());
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(DriverDataSource.of(database));
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    List<Command> setup = new ArrayList<>();
    ActorId owner = ActorId.of("owner");
    setup.add(new Command.OpenProcess(owner, at, Charters.projectLogic(), "Benchmark"));
    setup.add(
        new Command.RegisterActor(
            owner,
            at,
            Actor.of("owner", "Town hall", ActorKind.INSTITUTION),
            Role.PROJECT_OWNER,
            Optional.empty()));
    ActorKind[] kinds = {ActorKind.INHABITANT, ActorKind.ASSOCIATION, ActorKind.INSTITUTION};
    for (int c = 0; c < clients; c++) {
      Actor actor = Actor.of(actor(c), "Client " + c, kinds[c % kinds.length]);
      setup.add(
          new Command.RegisterActor(actor.id(), at, actor, Role.PARTICIPANT, Optional.empty()));
    }
    setup.add(new Command.AdvancePhase(owner, at));
    List<Event> batch = new ArrayList<>();
    long version = 0;
    for (int n = 0; version + batch.size() < events; n++) {
      Command command =
          n < setup.size()
              ? setup.get(n)
              : new Command.Contribute(
                  ActorId.of(actor(n % clients)), at, "note " + n, ImmutableSet.of());
      Result<Event> result = decider.decide(command, state);
      if (!result.isAccepted()) {
        throw new IllegalStateException("the machine refused " + command + ": " + result);
      }
      state = decider.after(state, result);
      batch.addAll(result.events());
      if (batch.size() >= BATCH || version + batch.size() >= events) {
        version = store.append(STREAM, version, batch);
        batch.clear();
      }
    }
  }

  private static HttpResponse<String> send(
      HttpClient http, URI uri, String token, String method, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
