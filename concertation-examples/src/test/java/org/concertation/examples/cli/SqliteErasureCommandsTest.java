package org.concertation.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code erase --db} and {@code export --db} on a SQLite file in write-ahead-log mode. */
class SqliteErasureCommandsTest extends DatabaseErasureContract {
  private Path file = Path.of("");

  @Override
  protected String newDatabase() {
    file = dir.resolve("city.db");
    return "jdbc:sqlite:" + file + "?journal_mode=WAL";
  }

  /** The database's file, its write-ahead log and its journal, where they exist. */
  @Override
  protected byte[] storedBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String suffix : List.of("", "-wal", "-journal")) {
      Path part = Path.of(file + suffix);
      if (Files.exists(part)) {
        bytes.write(Files.readAllBytes(part));
      }
    }
    return bytes.toByteArray();
  }
}
