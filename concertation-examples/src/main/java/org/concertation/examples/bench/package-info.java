/**
 * JMH benchmarks of the voting and budgeting rules, run from the command-line jar:
 * {@code java -cp concertation-examples/target/concertation.jar org.openjdk.jmh.Main Budget}.
 */
@NullMarked
package org.concertation.examples.bench;

import org.jspecify.annotations.NullMarked;
