/** The {@code concertation} command line. */
package org.concertation.examples.cli;
