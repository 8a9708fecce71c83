package org.concertation.examples.cli;

import java.io.PrintWriter;

/** How the commands report a failure: one {@code error:} line on standard error, exit status 1. */
final class Errors {
  /** The exit status of a failure that is not a usage error. */
  static final int FAILURE = 1;

  private Errors() {}

  static int print(PrintWriter err, String message) {
    err.println("error: " + message);
    err.flush();
    return FAILURE;
  }
}
