package org.concertation.core.personal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.concertation.api.domain.PersonalText;

/**
 * Where the salts of personal values come from: {@link #secure()} in production, {@link
 * #seeded(long)} where a run must be reproducible (tests, examples whose output is compared byte
 * for byte). A seeded source makes every digest guessable by whoever knows the seed: never use one
 * for real people's data.
 *
 * <p>Implementations are thread-safe.
 */
public interface Salts {
  /** The bytes of every salt drawn: {@value}. */
  int SALT_BYTES = PersonalText.MIN_SALT_BYTES;

  /**
   * A new salt.
   *
   * @return {@link #SALT_BYTES} bytes in lower-case hexadecimal
   */
  String next();

  /**
   * Salts from a {@link SecureRandom}.
   *
   * @return the source
   */
  static Salts secure() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] salt = new byte[SALT_BYTES];
      synchronized (random) {
        random.nextBytes(salt);
      }
      return BaseEncoding.base16().lowerCase().encode(salt);
    };
  }

  /**
   * Reproducible salts from a seed: the same seed gives the same salts in the same order.
   *
   * @param seed the seed
   * @return the source
   */
  static Salts seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return () -> {
      byte[] salt = new byte[SALT_BYTES];
      synchronized (random) {
        random.nextBytes(salt);
      }
      return BaseEncoding.base16().lowerCase().encode(checkNotNull(salt));
    };
  }
}
