/**
 * JMH benchmarks of the state machine and of the voting and budgeting rules, run from the
 * executable jar: {@code java -cp concertation-examples/target/concertation.jar
 * org.openjdk.jmh.Main NAME}, with NAME a benchmark class such as {@code MachineBenchmark} or
 * {@code Budget}.
 */
@NullMarked
package org.concertation.examples.bench;

import org.jspecify.annotations.NullMarked;
