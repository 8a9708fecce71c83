package org.concertation.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@link DatabaseServiceBenchmark} on a real PostgreSQL started for the run (embedded, from the
 * test class path, with {@code synchronous_commit} on as a production server runs): {@code java -cp
 * TEST-CLASS-PATH org.concertation.examples.bench.PostgresServiceBenchmark [SIZE...]}. Not a test:
 * run it alone, by hand.
 */
final class PostgresServiceBenchmark {
  private PostgresServiceBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
      String[] all = new String[args.length + 1];
      all[0] = postgres.getJdbcUrl("postgres", "postgres");
      System.arraycopy(args, 0, all, 1, args.length);
      DatabaseServiceBenchmark.main(all);
    }
  }
}
