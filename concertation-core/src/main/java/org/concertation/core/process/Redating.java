package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import org.concertation.api.command.Command;

/**
 * A command issued again at another instant: the same record with its {@code at} replaced. Every
 * command of the api is a record with an {@code at} component, so one rule covers them all, those
 * added later included.
 */
final class Redating {
  private static final String AT = "at";

  private Redating() {}

  /** The command with its instant replaced; the command itself when the instant is its own. */
  static Command at(Command command, Instant at) {
    checkNotNull(command, "command must not be null");
    checkNotNull(at, "at must not be null");
    if (command.at().equals(at)) {
      return command;
    }
    Class<? extends Command> type = command.getClass();
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalArgumentException("Command " + type.getName() + " is not a record");
    }
    Object[] values = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(AT) && components[i].getType() == Instant.class) {
          values[i] = at;
          found = true;
        } else {
          values[i] = components[i].getAccessor().invoke(command);
        }
      }
      if (!found) {
        throw new IllegalArgumentException("Command " + type.getName() + " has no 'at' component");
      }
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<? extends Command> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot date command " + type.getSimpleName() + " at " + at + ": " + e.getCause(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot date command " + type.getSimpleName() + " at " + at + ": " + e, e);
    }
  }
}
