package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code concertation run ... --events out.jsonl} at random points of its life, many times,
 * and checks after each kill that {@code out.jsonl} is whole: the previous complete log or the new
 * one, never a part, and that nothing but hidden temporary files is left beside it. Two scenarios
 * write to the same file in turn, so that the previous log and the new one differ.
 */
class CrashTest {
  /** The seed of the delays before each kill; printed on failure. */
  private static final long SEED = 20261201L;

  /** How many times a writing process is killed. */
  private static final int KILLS = 24;

  /** Contributions in the generated scenario: enough for the log's writing to take a while. */
  private static final int CONTRIBUTIONS = 3000;

  @TempDir Path dir;

  @Test
  void aKilledRunLeavesThePreviousLogOrTheNewOneWholeNeverAPart() throws Exception {
    Path small = Files.writeString(dir.resolve("small.json"), sample());
    Path large = Files.writeString(dir.resolve("large.json"), large(sample()));
    Path out = dir.resolve("out.jsonl");
    byte[][] expected = new byte[2][];
    long[] life = new long[2];
    run(large, out).waitFor(60, TimeUnit.SECONDS); // warms the file system's caches
    for (int i = 1; i >= 0; i--) {
      long started = System.nanoTime();
      assertThat(run(i == 1 ? large : small, out).waitFor(60, TimeUnit.SECONDS)).isTrue();
      life[i] = Math.max(1, (System.nanoTime() - started) / 1_000_000);
      expected[i] = Files.readAllBytes(out);
    }
    assertThat(expected[0]).isNotEqualTo(expected[1]);

    SplittableRandom random = new SplittableRandom(SEED);
    int killedWhileRunning = 0;
    byte[] previous = expected[0];
    for (int kill = 0; kill < KILLS; kill++) {
      int which = (kill + 1) % 2;
      byte[] next = expected[which];
      Path scenario = which == 1 ? large : small;
      long delay = random.nextLong(life[which]);
      Process process = run(scenario, out);
      boolean ended = process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!ended) {
        process.destroyForcibly();
        killedWhileRunning++;
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      byte[] now = Files.readAllBytes(out);
      assertThat(Arrays.equals(now, previous) || Arrays.equals(now, next))
          .as(
              "kill %s after %s ms (seed %s): the log is %s bytes, neither %s nor %s",
              kill, delay, SEED, now.length, previous.length, next.length)
          .isTrue();
      assertThat(strays()).as("files beside the log after kill %s", kill).isEmpty();
      previous = now;
    }
    assertThat(killedWhileRunning)
        .as("kills that hit a running process (lives %s ms)", Arrays.toString(life))
        .isGreaterThan(KILLS / 2);
  }

  /** Files that are neither an input, nor the log, nor a hidden temporary file. */
  private List<String> strays() throws IOException {
    List<String> strays = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        boolean known =
            List.of("small.json", "large.json", "out.jsonl", "out.personal.jsonl").contains(name);
        boolean temporary =
            (name.startsWith(".out.jsonl.") || name.startsWith(".out.personal.jsonl."))
                && name.endsWith(".tmp");
        if (!known && !temporary) {
          strays.add(name);
        }
      }
    }
    return strays;
  }

  private Process run(Path scenario, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ConcertationCommand.class.getName(),
            "run",
            scenario.toString(),
            "--events",
            out.toString(),
            "--salt-seed",
            "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .directory(dir.toFile())
        .start();
  }

  private static String sample() throws IOException {
    try (InputStream in = CrashTest.class.getResourceAsStream("/scenarios/small-square.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The sample with many more contributions, so that its log is long. */
  private static String large(String sample) {
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < CONTRIBUTIONS; i++) {
      more.append(",\n    {\"type\": \"Contribute\", \"by\": \"ines\", \"text\": \"Observation ")
          .append(i)
          .append(": the square needs light.\"}");
    }
    int last = sample.lastIndexOf("}\n  ]");
    return sample.substring(0, last + 1) + more + sample.substring(last + 1);
  }
}
