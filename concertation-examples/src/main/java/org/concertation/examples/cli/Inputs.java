package org.concertation.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;

/**
 * How every command reads its input files: whole, bounded in size, as UTF-8 text that is refused at
 * the first byte that is not UTF-8 (with its offset and line), JSON through the project's codec.
 * Every failure is an {@link InputException} naming the file.
 */
final class Inputs {
  /**
   * The largest input file read, 128 MiB: the largest real ballot and budget files are a few
   * megabytes, and a file is read whole.
   */
  static final long MAX_BYTES = 128L << 20;

  /** Where the codec says malformed text breaks. */
  private static final Pattern AT_LINE = Pattern.compile("^Malformed JSON at line (\\d{1,9}),");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Inputs() {}

  /** The bytes of a regular, readable file of at most {@link #MAX_BYTES}. */
  static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw InputException.said(file, "cli.input.directory");
    }
    if (!Files.exists(file)) {
      throw InputException.said(file, "cli.input.missing");
    }
    if (!Files.isRegularFile(file)) {
      throw InputException.said(file, "cli.input.not.regular");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw InputException.said(file, "cli.input.too.big", MAX_BYTES, size);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw InputException.said(file, "cli.input.missing").causedBy(e);
    } catch (AccessDeniedException e) {
      throw InputException.said(file, "cli.input.denied").causedBy(e);
    } catch (IOException e) {
      throw InputException.said(file, "cli.input.unreadable", reason(e)).causedBy(e);
    }
  }

  /** A file's text, which must be UTF-8; a leading byte order mark is dropped. */
  static String text(Path file) {
    return utf8(file, bytes(file));
  }

  /**
   * Decodes UTF-8 strictly: a malformed or unmappable sequence is refused with its byte offset and
   * line. A leading byte order mark is dropped.
   */
  static String utf8(Object file, byte[] data) {
    int start = startsWithBom(data) ? UTF8_BOM.length : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
    CharBuffer out = CharBuffer.allocate(data.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw InputException.atByte(
          file,
          lineOf(data, offset),
          offset,
          "cli.input.utf8",
          String.format(Locale.ROOT, "%02X", data[offset] & 0xFF));
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new IllegalStateException("UTF-8 decoder failed to flush: " + result);
    }
    out.flip();
    return out.toString();
  }

  /** A file's JSON, parsed by the project's codec (duplicate keys and trailing text refused). */
  static JsonNode json(Path file) {
    return json(file, text(file));
  }

  /** JSON text of a file, parsed by the project's codec. */
  static JsonNode json(Object file, String text) {
    try {
      return JsonCodec.create().parse(text);
    } catch (JsonCodecException e) {
      throw fromCodec(file, e);
    }
  }

  /** A codec's refusal, as an input error naming the file and, for malformed text, the line. */
  static InputException fromCodec(Object file, JsonCodecException e) {
    return InputException.at(file, lineOf(e), String.valueOf(e.getMessage())).causedBy(e);
  }

  /**
   * The line of malformed JSON text: from the parser's location when the codec kept it, else from
   * the codec's message ("at line 3, column 5"); {@link InputException#NO_LINE} for a valid text
   * that holds an invalid value.
   */
  static int lineOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
        JsonLocation at = json.getLocation();
        return Math.max(InputException.NO_LINE, at.getLineNr());
      }
    }
    Matcher at = AT_LINE.matcher(String.valueOf(e.getMessage()));
    return at.find() ? Integer.parseInt(at.group(1)) : InputException.NO_LINE;
  }

  private static boolean startsWithBom(byte[] data) {
    return data.length >= UTF8_BOM.length
        && data[0] == UTF8_BOM[0]
        && data[1] == UTF8_BOM[1]
        && data[2] == UTF8_BOM[2];
  }

  /** The line, from 1, that holds the byte at this offset. */
  static int lineOf(byte[] data, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < data.length; i++) {
      if (data[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** What went wrong, without the path the exception may repeat. */
  static String reason(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fs) {
      String why = fs.getReason();
      return why == null ? e.getClass().getSimpleName() : why.toLowerCase(Locale.ROOT);
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
