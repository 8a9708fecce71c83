/**
 * An embedding example: {@link org.concertation.examples.embed.CityHall}, a small host application
 * in plain Java that keeps several processes in a SQLite file (the core's JDBC event store), drives
 * them with commands, listens to their events and logs through SLF4J.
 */
@NullMarked
package org.concertation.examples.embed;

import org.jspecify.annotations.NullMarked;
