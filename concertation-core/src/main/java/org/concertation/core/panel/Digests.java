package org.concertation.core.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of canonical texts, in lower-case hexadecimal. */
final class Digests {
  private Digests() {}

  static String sha256(String text) {
    return HexFormat.of().formatHex(bytes(text));
  }

  static byte[] bytes(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
