package org.concertation.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes files so that a crash, a full disk or a failing writer never leaves a partial file: the
 * content goes to a temporary file in the target's own folder, is forced to the disk, and only then
 * is moved over the target in one atomic rename ({@link StandardCopyOption#ATOMIC_MOVE}). Until
 * that rename a reader sees the previous file, whole; after it, the new one, whole. When the writer
 * throws, the temporary file is deleted and the target is left as it was.
 *
 * <pre>{@code
 * AtomicFile.writeLines(log, lines);
 * AtomicFile.write(report, out -> out.write(bytes));
 * }</pre>
 *
 * <p>A target that is a symbolic link is written through: the file it points to is replaced, the
 * link stays. The temporary file is named {@code .<name>.<random>.tmp}, so that a crash between its
 * creation and the rename leaves an evidently temporary file beside the target, never a file under
 * the target's name.
 *
 * <p>Several files that must change together go through a {@link Batch}: every file is staged
 * (written and forced) first, and all are moved into place only after every one was staged.
 *
 * <p>This class is immutable and thread-safe; two writers racing on one target each replace it
 * whole, the last rename wins.
 */
public final class AtomicFile {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

  /** The suffix of a temporary file, so that a leftover one is recognised as such. */
  static final String TEMPORARY_SUFFIX = ".tmp";

  /** How many random names are tried before giving up, should temporary files collide. */
  private static final int NAME_ATTEMPTS = 100;

  /** The size of the buffer between a writer and the temporary file. */
  private static final int BUFFER_BYTES = 1 << 16;

  private AtomicFile() {}

  /**
   * What a file is to contain, written to a stream. The stream is buffered; closing it is allowed
   * and does nothing but flush, so that a writer may be used in a {@code try}-with-resources.
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream to the temporary file
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces a file atomically with what a writer writes.
   *
   * @param file the target; its folder must exist
   * @param content the writer of the new content
   * @throws IOException if the content cannot be written, forced or moved into place; the target is
   *     then left as it was, and so it is if {@code content} throws an unchecked exception
   */
  public static void write(Path file, Content content) throws IOException {
    Staged staged = stage(file, content);
    try {
      staged.move();
    } finally {
      staged.discard();
    }
  }

  /**
   * Replaces a file atomically with a text, in UTF-8.
   *
   * @param file the target; its folder must exist
   * @param text the new content
   * @throws IOException if the file cannot be written; the target is then left as it was
   */
  public static void writeString(Path file, String text) throws IOException {
    write(file, utf8(text));
  }

  /**
   * Replaces a file atomically with lines in UTF-8, each followed by a newline ({@code \n}).
   *
   * @param file the target; its folder must exist
   * @param lines the lines, without terminators
   * @throws IOException if the file cannot be written; the target is then left as it was
   */
  public static void writeLines(Path file, Iterable<? extends CharSequence> lines)
      throws IOException {
    write(file, lines(lines));
  }

  /**
   * A new batch of files to be replaced together.
   *
   * @return an empty batch
   */
  public static Batch batch() {
    return new Batch();
  }

  /**
   * Whether a file name is one that this class gives its temporary files.
   *
   * @param file a file
   * @return true when its name is that of a temporary file of this class
   */
  public static boolean isTemporary(Path file) {
    Path name = checkNotNull(file, "file must not be null").getFileName();
    return name != null
        && name.toString().startsWith(".")
        && name.toString().endsWith(TEMPORARY_SUFFIX);
  }

  /**
   * Refuses a set of files in which one names another: two outputs that are one file, or an output
   * that is also an input, so that a command can refuse them before it runs.
   *
   * @param inputs the files a command reads
   * @param outputs the files it writes
   * @throws IllegalArgumentException naming the first clash
   * @throws IOException if a file's real path cannot be read
   */
  public static void checkDistinct(Iterable<Path> inputs, Iterable<Path> outputs)
      throws IOException {
    checkNotNull(inputs, "inputs must not be null");
    checkNotNull(outputs, "outputs must not be null");
    Set<Path> read = new HashSet<>();
    for (Path input : inputs) {
      read.add(identity(input));
    }
    Set<Path> written = new HashSet<>();
    for (Path output : outputs) {
      Path identity = identity(output);
      checkArgument(!read.contains(identity), "Invalid output %s: it is also an input", output);
      checkArgument(
          written.add(identity), "Invalid output %s: it is named twice as an output", output);
    }
  }

  /** One path per file: the real path of an existing file, else the normalised absolute path. */
  private static Path identity(Path file) throws IOException {
    Path absolute = checkNotNull(file, "file must not be null").toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    return folder != null && name != null && Files.exists(folder)
        ? folder.toRealPath().resolve(name)
        : absolute;
  }

  private static Content utf8(String text) {
    checkNotNull(text, "text must not be null");
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Content lines(Iterable<? extends CharSequence> lines) {
    checkNotNull(lines, "lines must not be null");
    return out -> {
      for (CharSequence line : lines) {
        out.write(checkNotNull(line, "a line is null").toString().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    };
  }

  /**
   * Files to be replaced together: each is staged beside its target, written and forced, as it is
   * added; {@link #commit()} moves them all into place once every one was staged; {@link #close()}
   * deletes whatever was staged and not moved. A failure while adding leaves every target as it
   * was.
   *
   * <pre>{@code
   * try (AtomicFile.Batch batch = AtomicFile.batch()) {
   *   batch.writeString(report, markdown);
   *   batch.writeLines(log, lines);
   *   batch.commit();
   * }
   * }</pre>
   *
   * <p>Each move is atomic; the moves of several files follow each other, after all the writing, so
   * only a crash in the instant between two renames can leave some targets new and others old, and
   * never a partial file.
   *
   * <p>A batch refuses two entries for one target. This class is not thread-safe: one batch belongs
   * to one thread.
   */
  public static final class Batch implements AutoCloseable {
    private final Map<Path, Staged> staged = new LinkedHashMap<>();
    private boolean committed;

    private Batch() {}

    /**
     * Stages a file: writes its new content beside it, leaving the target as it is for now.
     *
     * @param file the target; its folder must exist
     * @param content the writer of the new content
     * @return this batch
     * @throws IOException if the content cannot be written; the batch is still open and may be
     *     closed, which discards what it staged
     * @throws IllegalArgumentException if the target is already in this batch
     * @throws IllegalStateException if the batch was committed
     */
    @CanIgnoreReturnValue
    public Batch write(Path file, Content content) throws IOException {
      checkState(!committed, "This batch was committed: start another");
      Path target = target(file);
      checkArgument(
          !staged.containsKey(target), "Invalid output %s: it is already in this batch", file);
      staged.put(target, stage(target, content));
      return this;
    }

    /**
     * Stages a text, in UTF-8.
     *
     * @param file the target; its folder must exist
     * @param text the new content
     * @return this batch
     * @throws IOException if the content cannot be written
     */
    @CanIgnoreReturnValue
    public Batch writeString(Path file, String text) throws IOException {
      return write(file, utf8(text));
    }

    /**
     * Stages lines in UTF-8, each followed by a newline.
     *
     * @param file the target; its folder must exist
     * @param lines the lines, without terminators
     * @return this batch
     * @throws IOException if the content cannot be written
     */
    @CanIgnoreReturnValue
    public Batch writeLines(Path file, Iterable<? extends CharSequence> lines) throws IOException {
      return write(file, lines(lines));
    }

    /**
     * Moves every staged file into place, in the order they were staged.
     *
     * @return the targets, in that order
     * @throws IOException if a move fails; the targets not yet moved are left as they were
     * @throws IllegalStateException if the batch was committed already
     */
    @CanIgnoreReturnValue
    public ImmutableList<Path> commit() throws IOException {
      checkState(!committed, "This batch was committed already");
      committed = true;
      List<Path> moved = new ArrayList<>();
      try {
        for (Staged file : staged.values()) {
          file.move();
          moved.add(file.target);
        }
      } finally {
        discardAll();
      }
      return ImmutableList.copyOf(moved);
    }

    /** Deletes every staged file not moved into place; the targets stay as they were. */
    @Override
    public void close() {
      committed = true;
      discardAll();
    }

    private void discardAll() {
      for (Staged file : staged.values()) {
        file.discard();
      }
      staged.clear();
    }

    @Override
    public String toString() {
      return "AtomicFile.Batch" + staged.keySet();
    }
  }

  // ---------------------------------------------------------------- staging

  /** A temporary file, written and forced, waiting to be moved over its target. */
  private static final class Staged {
    final Path target;
    final Path temporary;
    boolean moved;

    Staged(Path target, Path temporary) {
      this.target = target;
      this.temporary = temporary;
    }

    void move() throws IOException {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceFolder(target);
      LOG.debug("replaced {}", target);
    }

    void discard() {
      if (moved) {
        return;
      }
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        LOG.warn("cannot delete the temporary file {}", temporary, e);
      }
    }
  }

  /** The file to replace: a symbolic link is followed, so that the link stays. */
  private static Path target(Path file) throws IOException {
    checkNotNull(file, "file must not be null");
    Path absolute = file.toAbsolutePath().normalize();
    return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
  }

  private static Staged stage(Path file, Content content) throws IOException {
    checkNotNull(content, "content must not be null");
    Path target = target(file);
    Path folder = target.getParent();
    checkArgument(folder != null, "Invalid output %s: it has no folder", file);
    checkArgument(!Files.isDirectory(target), "Invalid output %s: it is a folder", file);
    Path temporary = null;
    FileChannel channel = null;
    for (int attempt = 0; channel == null; attempt++) {
      temporary = folder.resolve(temporaryName(target));
      try {
        channel =
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt + 1 >= NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
    Staged staged = new Staged(target, checkNotNull(temporary, "temporary file"));
    boolean written = false;
    try (FileChannel open = channel) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(open), BUFFER_BYTES);
      content.writeTo(new Unclosable(out));
      out.flush();
      open.force(true);
      written = true;
    } finally {
      if (!written) {
        staged.discard();
      }
    }
    return staged;
  }

  private static String temporaryName(Path target) {
    return "."
        + checkNotNull(target.getFileName(), "file name of %s", target)
        + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
        + TEMPORARY_SUFFIX;
  }

  /**
   * Forces the folder's entry for a renamed file, so that the rename itself survives a crash. Not
   * every platform opens folders (Windows does not): there the rename is as durable as the platform
   * makes it.
   */
  private static void forceFolder(Path target) {
    Path folder = target.getParent();
    if (folder == null) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.trace("cannot force the folder {}", folder, e);
    }
  }

  /** A stream whose {@code close} only flushes: the staging owns the file. */
  private static final class Unclosable extends FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
