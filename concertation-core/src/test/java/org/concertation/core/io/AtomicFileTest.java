package org.concertation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private List<Path> folder() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesANewFileAndLeavesNoTemporaryFileBehind() throws IOException {
    Path file = dir.resolve("log.jsonl");
    AtomicFile.writeLines(file, List.of("one", "two"));
    assertThat(Files.readString(file)).isEqualTo("one\ntwo\n");
    assertThat(folder()).containsExactly(file);
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path file = dir.resolve("report.md");
    Files.writeString(file, "a long previous content that is longer than the new one");
    AtomicFile.writeString(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(folder()).containsExactly(file);
  }

  @Test
  void keepsThePreviousFileIntactWhenTheWriterThrowsMidway() throws IOException {
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, "the complete previous log\n");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write("half of a new ".getBytes(StandardCharsets.UTF_8));
                      out.flush();
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("the complete previous log\n");
    assertThat(folder()).containsExactly(file);
  }

  @Test
  void keepsThePreviousFileIntactWhenTheWriterFailsWithAnUncheckedException() throws IOException {
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, "previous");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IllegalStateException("bug in the writer");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(file)).isEqualTo("previous");
    assertThat(folder()).containsExactly(file);
  }

  @Test
  void aWriterMayCloseItsStreamAndTheContentIsStillWritten() throws IOException {
    Path file = dir.resolve("text.txt");
    AtomicFile.write(
        file,
        out -> {
          try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write("closed by the writer, é");
          }
        });
    assertThat(Files.readString(file)).isEqualTo("closed by the writer, é");
  }

  @Test
  void failsWithoutCreatingAnythingWhenTheFolderDoesNotExist() throws IOException {
    Path file = dir.resolve("missing").resolve("log.jsonl");
    assertThatThrownBy(() -> AtomicFile.writeString(file, "x"))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(folder()).isEmpty();
  }

  @Test
  void refusesAFolderAsTarget() {
    assertThatThrownBy(() -> AtomicFile.writeString(dir, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is a folder");
  }

  @Test
  void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    AtomicFile.writeString(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void namesItsTemporaryFilesRecognisably() {
    assertThat(AtomicFile.isTemporary(dir.resolve(".log.jsonl.1f2e.tmp"))).isTrue();
    assertThat(AtomicFile.isTemporary(dir.resolve("log.jsonl"))).isFalse();
  }

  @Test
  void aBatchReplacesAllItsFilesOnlyWhenCommitted() throws IOException {
    Path report = dir.resolve("report.md");
    Path log = dir.resolve("log.jsonl");
    Files.writeString(report, "old report");
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      batch.writeString(report, "new report").writeLines(log, List.of("line"));
      assertThat(Files.readString(report)).isEqualTo("old report");
      assertThat(Files.exists(log)).isFalse();
      assertThat(batch.commit()).containsExactly(report.toAbsolutePath(), log.toAbsolutePath());
    }
    assertThat(Files.readString(report)).isEqualTo("new report");
    assertThat(Files.readString(log)).isEqualTo("line\n");
    assertThat(folder()).containsExactlyInAnyOrder(report, log);
  }

  @Test
  void aBatchWhoseSecondFileFailsReplacesNone() throws IOException {
    Path report = dir.resolve("report.md");
    Path log = dir.resolve("log.jsonl");
    Files.writeString(report, "old report");
    Files.writeString(log, "old log");
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      batch.writeString(report, "new report");
      assertThatThrownBy(
              () ->
                  batch.write(
                      log,
                      out -> {
                        out.write('x');
                        throw new IOException("cannot render the log");
                      }))
          .isInstanceOf(IOException.class);
    }
    assertThat(Files.readString(report)).isEqualTo("old report");
    assertThat(Files.readString(log)).isEqualTo("old log");
    assertThat(folder()).containsExactlyInAnyOrder(report, log);
  }

  @Test
  void aBatchClosedWithoutCommitLeavesEverythingAsItWas() throws IOException {
    Path report = dir.resolve("report.md");
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      batch.writeString(report, "new");
    }
    assertThat(folder()).isEmpty();
  }

  @Test
  void aBatchRefusesOneTargetTwiceAndUseAfterCommit() throws IOException {
    Path report = dir.resolve("report.md");
    try (AtomicFile.Batch batch = AtomicFile.batch()) {
      batch.writeString(report, "one");
      assertThatThrownBy(() -> batch.writeString(dir.resolve(".").resolve("report.md"), "two"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already in this batch");
      batch.commit();
      assertThatThrownBy(() -> batch.writeString(dir.resolve("other"), "x"))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(Files.readString(report)).isEqualTo("one");
  }

  @Test
  void checkDistinctRefusesAnOutputThatIsAnInputOrNamedTwice() throws IOException {
    Path input = Files.writeString(dir.resolve("scenario.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("alias.json"), input);
    Path report = dir.resolve("report.md");
    AtomicFile.checkDistinct(List.of(input), List.of(report, dir.resolve("log.jsonl")));
    assertThatThrownBy(() -> AtomicFile.checkDistinct(List.of(input), List.of(link)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is also an input");
    assertThatThrownBy(
            () ->
                AtomicFile.checkDistinct(
                    List.of(input), List.of(report, dir.resolve("sub/../report.md"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("named twice");
  }
}
