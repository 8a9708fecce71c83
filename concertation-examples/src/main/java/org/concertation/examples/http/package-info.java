/**
 * An HTTP service over processes kept in a database: {@link
 * org.concertation.examples.http.HttpService}, run by {@code concertation serve}. Its parts: the
 * routes ({@code Routes}), the bearer tokens that stand for a login ({@link
 * org.concertation.examples.http.Tokens}), the processes in the database, each stream opened with
 * its charter ({@code Processes}), the JSON of requests and answers ({@code Bodies}) and the
 * mapping of refusals to status codes ({@code Failure}). Several instances may serve one database.
 */
@NullMarked
package org.concertation.examples.http;

import org.jspecify.annotations.NullMarked;
