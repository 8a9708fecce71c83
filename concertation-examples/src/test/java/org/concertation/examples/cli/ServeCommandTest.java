package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concertation serve} refuses bad options and inputs before it listens. */
class ServeCommandTest {
  @TempDir Path dir;

  private Path tokens(String json) throws IOException {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void refusesAMissingDatabaseAsBadUsage() throws IOException {
    CliRun.Outcome outcome =
        CliRun.execute("serve", "--tokens", tokens("{\"0123456789abcdef\":\"ines\"}").toString());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("error: Missing required option: '--db=JDBC-URL'");
  }

  @Test
  void refusesADatabaseOfAnotherKindAsBadUsage() throws IOException {
    CliRun.Outcome outcome =
        CliRun.execute(
            "serve",
            "--db",
            "jdbc:oracle:thin:@city",
            "--tokens",
            tokens("{\"0123456789abcdef\":\"ines\"}").toString(),
            "--port",
            "0");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("error: Invalid database URL 'jdbc:oracle:thin:@city'");
  }

  @Test
  void refusesAPortOutOfRangeAsBadUsage() throws IOException {
    CliRun.Outcome outcome =
        CliRun.execute(
            "serve",
            "--db",
            "jdbc:sqlite:" + dir.resolve("city.db"),
            "--tokens",
            tokens("{\"0123456789abcdef\":\"ines\"}").toString(),
            "--port",
            "70000");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("70000 is not from 0 to 65535");
  }

  @Test
  void refusesATokensFileWithAShortTokenWithoutQuotingIt() throws IOException {
    Path file = tokens("{\"secret\":\"ines\"}");
    CliRun.Outcome outcome =
        CliRun.execute(
            "serve", "--db", "jdbc:sqlite:" + dir.resolve("city.db"), "--tokens", file.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("error: " + file + ": Invalid tokens at $: a token of 6 characters")
        .doesNotContain("secret");
  }

  @Test
  void refusesAMalformedTokensFileWithItsLine() throws IOException {
    Path file = tokens("{\n\"0123456789abcdef\":}");
    CliRun.Outcome outcome =
        CliRun.execute(
            "serve", "--db", "jdbc:sqlite:" + dir.resolve("city.db"), "--tokens", file.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("error: " + file + ":2: Malformed JSON");
  }
}
