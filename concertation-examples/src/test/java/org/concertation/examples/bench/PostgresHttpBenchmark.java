package org.concertation.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * {@link HttpBenchmark} on a real PostgreSQL started for the run (embedded, from the test class
 * path): {@code java -cp TEST-CLASS-PATH org.concertation.examples.bench.PostgresHttpBenchmark
 * [EVENTS [CLIENTS [COMMANDS-PER-CLIENT [SYNCHRONOUS-COMMIT]]]]}. Not a test: run it alone, by
 * hand.
 *
 * <p>The embedded server turns {@code synchronous_commit} off, as befits tests; this benchmark
 * turns it back {@code on} unless told otherwise, as a production server runs: each commit then
 * waits for its write-ahead log to reach the disk.
 */
final class PostgresHttpBenchmark {
  /** PostgreSQL's own default: a commit returns once its log is on disk. */
  private static final String DURABLE = "on";

  private PostgresHttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    String synchronousCommit = args.length > 3 ? args[3] : DURABLE;
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("synchronous_commit", synchronousCommit)
            .start()) {
      String[] all = new String[4];
      all[0] = args.length > 0 ? args[0] : "100000";
      all[1] = args.length > 1 ? args[1] : "8";
      all[2] = args.length > 2 ? args[2] : "20";
      all[3] = postgres.getJdbcUrl("postgres", "postgres");
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement();
          ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
        setting.next();
        System.out.println("PostgreSQL with synchronous_commit = " + setting.getString(1));
      }
      HttpBenchmark.main(all);
    }
  }
}
