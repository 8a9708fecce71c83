package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.concertation.core.json.JsonCodec;
import org.concertation.examples.cli.ConcertationCommand;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code concertation serve} instances, each its own JVM, on one PostgreSQL (a real one,
 * started for this class; skipped where it cannot start), with concurrent clients on both: every
 * accepted command is stored once, none is lost, none is refused for anything but a real rejection,
 * and a command sent again with its id to the other instance is answered with the events it caused
 * the first time.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoInstancesTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  /** Concurrent clients, half on each instance. */
  private static final int CLIENTS = 8;

  /** Commands each client sends. */
  private static final int COMMANDS = 25;

  /** Every this many commands, a client sends the same command again to the other instance. */
  private static final int RESEND_EVERY = 5;

  @TempDir static Path dir;

  private static @Nullable EmbeddedPostgres postgres;

  private static final List<Process> instances = new ArrayList<>();
  private static final List<Client> clients = new ArrayList<>();

  private static List<String> actors() {
    List<String> actors = new ArrayList<>(List.of("town-hall", "facilitator"));
    IntStream.range(0, CLIENTS).forEach(i -> actors.add("client-" + i));
    return actors;
  }

  @BeforeAll
  static void start() throws IOException {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("PostgreSQL could not start here, its tests are skipped: " + e);
    }
    Path tokens = dir.resolve("tokens.json");
    Files.writeString(tokens, CODEC.text(Story.tokens(actors())));
    String database = Objects.requireNonNull(postgres).getJdbcUrl("postgres", "postgres");
    for (int i = 0; i < 2; i++) {
      Process instance =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ConcertationCommand.class.getName(),
                  "serve",
                  "--db",
                  database,
                  "--tokens",
                  tokens.toString(),
                  "--port",
                  "0")
              .redirectError(dir.resolve("instance-" + i + ".log").toFile())
              .start();
      instances.add(instance);
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(instance.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher listening = LISTENING.matcher(String.valueOf(line));
      assertThat(listening.matches())
          .as("instance %s said %s; its log: %s", i, line, log(i))
          .isTrue();
      clients.add(new Client(Integer.parseInt(listening.group(1))));
    }
  }

  private static String log(int instance) {
    try {
      return Files.readString(dir.resolve("instance-" + instance + ".log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @AfterAll
  static void stop() throws InterruptedException, IOException {
    for (Process instance : instances) {
      instance.destroy();
    }
    for (Process instance : instances) {
      if (!instance.waitFor(30, TimeUnit.SECONDS)) {
        instance.destroyForcibly();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** A contribution with an id, from one client. */
  private static String contribution(int client, int command) {
    return "{\"type\":\"Contribute\",\"text\":\"note "
        + client
        + "-"
        + command
        + "\",\"commandId\":\"note-"
        + client
        + "-"
        + command
        + "\"}";
  }

  @Test
  void storesEveryAcceptedCommandOnceWhenTwoInstancesServeOneDatabase() throws Exception {
    Client first = clients.get(0);
    Client second = clients.get(1);
    Story story = new Story(first, "shared").open();
    // the other instance sees the process the first one opened
    assertThat(second.put(story.path(), "town-hall", "{\"charter\":\"project\"}").status())
        .isEqualTo(409);
    new Story(second, "shared")
        .send(
            "town-hall", Story.register("town-hall", "Town hall", "institution", "PROJECT_OWNER"));
    story.send(
        "town-hall", Story.register("facilitator", "Facilitator", "independent", "FACILITATOR"));
    for (int i = 0; i < CLIENTS; i++) {
      new Story(clients.get(i % 2), "shared")
          .send(
              "client-" + i,
              Story.register("client-" + i, "Client " + i, "inhabitant", "PARTICIPANT"));
    }
    story.send("facilitator", "{\"type\":\"AdvancePhase\"}");
    long before = first.get(story.path(), null).json().get("events").longValue();

    Map<String, String> answers = new ConcurrentHashMap<>();
    Map<String, String> resent = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      running.add(
          pool.submit(
              () -> {
                for (int k = 0; k < COMMANDS; k++) {
                  String command = contribution(client, k);
                  Client.Answer answer =
                      clients
                          .get(client % 2)
                          .post(story.path() + "/commands", "client-" + client, command);
                  assertThat(answer.status()).as(command + " -> " + answer.body()).isEqualTo(200);
                  answers.put("note-" + client + "-" + k, answer.body());
                  if (k % RESEND_EVERY == 0) {
                    Client.Answer again =
                        clients
                            .get((client + 1) % 2)
                            .post(story.path() + "/commands", "client-" + client, command);
                    assertThat(again.status()).as(again.body()).isEqualTo(200);
                    resent.put("note-" + client + "-" + k, again.body());
                  }
                }
                return null;
              }));
    }
    pool.shutdown();
    for (Future<?> task : running) {
      task.get(2, TimeUnit.MINUTES);
    }

    // a command sent again is answered with what it caused the first time
    resent.forEach((id, body) -> assertThat(body).as(id).isEqualTo(answers.get(id)));

    // every accepted command stored once, at the version its answer gave
    String lines = second.get(story.path() + "/events?after=" + before, "town-hall").body();
    Map<Long, String> texts = new HashMap<>();
    long expected = before;
    for (String line : lines.split("\n")) {
      JsonNode node = CODEC.parse(line);
      assertThat(node.get("version").longValue()).isEqualTo(++expected);
      texts.put(node.get("version").longValue(), node.get("event").get("text").textValue());
    }
    assertThat(texts).hasSize(CLIENTS * COMMANDS);
    Set<Long> versions = new HashSet<>();
    answers.forEach(
        (id, body) -> {
          JsonNode answer = CODEC.parse(body);
          long version = answer.get("version").longValue();
          assertThat(versions.add(version)).as("version %s answered twice", version).isTrue();
          assertThat(texts.get(version))
              .isEqualTo(answer.get("events").get(0).get("text").textValue());
          assertThat(id).isEqualTo("note-" + texts.get(version).substring("note ".length()));
        });
    assertThat(texts.values().stream().collect(Collectors.toSet())).hasSize(CLIENTS * COMMANDS);
    // the instances wrote side by side, not one after the other
    Map<Integer, List<Long>> byInstance =
        answers.entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    e -> Integer.parseInt(e.getKey().split("-")[1]) % 2,
                    Collectors.mapping(
                        e -> CODEC.parse(e.getValue()).get("version").longValue(),
                        Collectors.toList())));
    assertThat(byInstance.get(0).stream().mapToLong(v -> v).max().orElseThrow())
        .isGreaterThan(byInstance.get(1).stream().mapToLong(v -> v).min().orElseThrow());
    assertThat(byInstance.get(1).stream().mapToLong(v -> v).max().orElseThrow())
        .isGreaterThan(byInstance.get(0).stream().mapToLong(v -> v).min().orElseThrow());
    assertThat(first.get(story.path(), null).json().get("events").longValue())
        .isEqualTo(before + CLIENTS * COMMANDS);
  }
}
