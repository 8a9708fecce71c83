package org.concertation.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@link HttpBenchmark} on a real PostgreSQL started for the run (embedded, from the test class
 * path): {@code java -cp TEST-CLASS-PATH org.concertation.examples.bench.PostgresHttpBenchmark
 * [EVENTS [CLIENTS [COMMANDS-PER-CLIENT]]]}. Not a test: run it alone, by hand.
 */
final class PostgresHttpBenchmark {
  private PostgresHttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String[] all = new String[4];
      all[0] = args.length > 0 ? args[0] : "100000";
      all[1] = args.length > 1 ? args[1] : "8";
      all[2] = args.length > 2 ? args[2] : "20";
      all[3] = postgres.getJdbcUrl("postgres", "postgres");
      HttpBenchmark.main(all);
    }
  }
}
