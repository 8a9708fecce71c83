/**
 * JMH benchmarks, run from the executable jar:
 * {@code java -cp concertation-examples/target/concertation.jar org.openjdk.jmh.Main NAME}.
 */
package org.concertation.examples.bench;
