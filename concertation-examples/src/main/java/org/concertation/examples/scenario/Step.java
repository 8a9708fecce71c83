package org.concertation.examples.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.command.Command;
import org.concertation.api.domain.Checks;

/**
 * One command of a scenario, with its place in the file.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position its position among all the commands of the scenario, from 1 (actors first)
 * @param place where it is in the file, such as {@code commands[3]} or {@code actors[0]}
 * @param command the command
 */
public record Step(int position, String place, Command command) {
  /**
   * Validates the step.
   *
   * @param position its position among all the commands of the scenario, from 1 (actors first)
   * @param place where it is in the file, such as {@code commands[3]} or {@code actors[0]}
   * @param command the command
   */
  public Step {
    checkArgument(position >= 1, "Invalid position %s: must be at least 1", position);
    Checks.text("place", place);
    checkNotNull(command, "command must not be null");
  }
}
