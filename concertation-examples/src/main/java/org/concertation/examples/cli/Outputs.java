package org.concertation.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concertation.core.io.AtomicFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The files one command writes, written only once everything succeeded. Before anything runs, each
 * output is checked: an output that names an input or another output of the same command is a usage
 * error (exit status 2), and one that cannot be written (a directory, a parent that is a file, no
 * permission) an {@link InputException}. The command then computes every output in memory, and
 * {@link #commit()} hands them to one {@link AtomicFile.Batch}: each is written to a temporary file
 * in its own folder and forced to disk, then all are moved into place, each in one atomic rename: a
 * reader sees the previous file or the new one, never a part.
 */
final class Outputs {
  private final CommandLine.Model.CommandSpec spec;
  private final Map<Path, String> inputs = new LinkedHashMap<>();
  private final Map<Path, String> outputs = new LinkedHashMap<>();
  private final Map<Path, byte[]> contents = new LinkedHashMap<>();

  private Outputs(CommandLine.Model.CommandSpec spec) {
    this.spec = spec;
  }

  /** The outputs of the command of this specification. */
  static Outputs of(CommandLine.Model.CommandSpec spec) {
    return new Outputs(spec);
  }

  /** Declares an input file, that no output may name. */
  @com.google.errorprone.annotations.CanIgnoreReturnValue
  Outputs input(String what, @Nullable Path file) {
    if (file != null) {
      inputs.putIfAbsent(identity(file), what + " " + file);
    }
    return this;
  }

  /**
   * Declares an output file and checks it: usage error when it names an input or another output,
   * input error when it cannot be written. A null file (an option not given) is ignored.
   */
  @com.google.errorprone.annotations.CanIgnoreReturnValue
  Outputs output(String option, @Nullable Path file) {
    if (file == null) {
      return this;
    }
    Path key = identity(file);
    String input = inputs.get(key);
    if (input == null) {
      input = sameFile(inputs, file);
    }
    if (input != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          LanguageOptions.of(spec)
              .text("cli.usage.output.is.input", option, file.toString(), input));
    }
    String other = outputs.get(key);
    if (other == null) {
      other = sameFile(outputs, file);
    }
    if (other != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          LanguageOptions.of(spec).text("cli.usage.output.twice", option, file.toString(), other));
    }
    checkWritable(file);
    outputs.put(key, option + " " + file);
    return this;
  }

  /** Sets the content of a declared output. */
  void put(Path file, byte[] content) {
    Path key = identity(file);
    if (!outputs.containsKey(key)) {
      throw new IllegalStateException("Undeclared output " + file);
    }
    contents.put(file, content.clone());
  }

  /** Sets the text of a declared output, written as UTF-8. */
  void put(Path file, String text) {
    put(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes every output through one {@link AtomicFile.Batch}: all to temporary files first, then
   * each moved into place. On a failure the temporary files are removed and the previous files stay
   * as they were.
   */
  void commit() {
    Path current = null;
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      for (Map.Entry<Path, byte[]> output : contents.entrySet()) {
        current = output.getKey();
        Path folder = current.toAbsolutePath().getParent();
        if (folder != null) {
          Files.createDirectories(folder);
        }
        byte[] content = output.getValue();
        batch.write(current, out -> out.write(content));
      }
      current = null;
      batch.commit();
    } catch (IOException e) {
      throw InputException.said(
              current == null ? contents.keySet() : current,
              "cli.output.unwritable",
              Inputs.reason(e))
          .causedBy(e);
    }
  }

  /** Refuses an output that is a directory, or whose nearest existing folder cannot take it. */
  private static void checkWritable(Path file) {
    if (Files.isDirectory(file)) {
      throw InputException.said(file, "cli.output.directory");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw InputException.said(file, "cli.output.not.regular");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw InputException.said(file, "cli.output.denied");
    }
    Path folder = file.toAbsolutePath().getParent();
    while (folder != null && !Files.exists(folder)) {
      folder = folder.getParent();
    }
    if (folder == null) {
      throw InputException.said(file, "cli.output.no.folder");
    }
    if (!Files.isDirectory(folder)) {
      throw InputException.said(file, "cli.output.folder.not.directory", folder.toString());
    }
    if (!Files.isWritable(folder)) {
      throw InputException.said(file, "cli.output.folder.denied", folder.toString());
    }
  }

  /** A file's identity: its folder resolved through links when it exists, and its name. */
  private static Path identity(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    if (folder == null || name == null) {
      return absolute;
    }
    try {
      Path real = file.toRealPath();
      return real;
    } catch (IOException e) {
      // not there yet: its folder may be
    }
    try {
      return folder.toRealPath().resolve(name);
    } catch (IOException e) {
      return absolute;
    }
  }

  /** The description of a declared file that is the same file as this one (a hard link), if any. */
  private static @Nullable String sameFile(Map<Path, String> declared, Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    for (Map.Entry<Path, String> entry : declared.entrySet()) {
      try {
        if (Files.exists(entry.getKey()) && Files.isSameFile(entry.getKey(), file)) {
          return entry.getValue();
        }
      } catch (IOException e) {
        // cannot tell: not the same
      }
    }
    return null;
  }
}
