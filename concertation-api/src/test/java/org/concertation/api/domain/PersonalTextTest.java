package org.concertation.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalTextTest {
  private static final String SALT = "0123456789abcdef0123456789abcdef";
  private static final String OTHER_SALT = "fedcba9876543210fedcba9876543210";

  @Test
  void theDigestIsTheSha256OfTheSaltBytesThenTheUtf8Text() {
    byte[] salt = new byte[16];
    for (int i = 0; i < 16; i++) {
      salt[i] = (byte) Integer.parseInt(SALT.substring(2 * i, 2 * i + 2), 16);
    }
    byte[] text = "Amina K. é".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[salt.length + text.length];
    System.arraycopy(salt, 0, both, 0, salt.length);
    System.arraycopy(text, 0, both, salt.length, text.length);
    assertThat(PersonalText.digestOf(SALT, "Amina K. é"))
        .isEqualTo(Hashing.sha256().hashBytes(both).toString());
  }

  @Test
  void presentValuesAreEqualByTheirTextWhateverTheirSalt() {
    assertThat(PersonalText.sealed("Amina", SALT))
        .isEqualTo(PersonalText.of("Amina"))
        .isEqualTo(PersonalText.sealed("Amina", OTHER_SALT))
        .hasSameHashCodeAs(PersonalText.of("Amina"))
        .isNotEqualTo(PersonalText.of("Karim"));
  }

  @Test
  void erasedValuesAreEqualByTheirDigestAndNeverEqualAPresentOne() {
    PersonalText sealed = PersonalText.sealed("Amina", SALT);
    PersonalText erased = sealed.erase();
    assertThat(erased.isErased()).isTrue();
    assertThat(erased.text()).isEmpty();
    assertThat(erased.digest()).isEqualTo(sealed.digest());
    assertThat(erased).isEqualTo(PersonalText.erased(sealed.digest().orElseThrow()));
    assertThat(erased).isNotEqualTo(sealed);
    assertThat(erased).isNotEqualTo(PersonalText.sealed("Amina", OTHER_SALT).erase());
  }

  @Test
  void aSaltedDigestChangesWithTheSalt() {
    assertThat(PersonalText.digestOf(SALT, "Amina"))
        .isNotEqualTo(PersonalText.digestOf(OTHER_SALT, "Amina"));
  }

  @Test
  void neverShowsItsTextInItsDescription() {
    assertThat(PersonalText.sealed("Amina Kaci", SALT).toString()).doesNotContain("Amina");
    assertThat(Actor.of("amina", "Amina Kaci", ActorKind.INHABITANT).toString())
        .doesNotContain("Amina Kaci");
  }

  @Test
  void anErasedValueHasNoTextToGiveAndAnUnstoredOneNoDigestToKeep() {
    assertThat(PersonalText.of("Amina").withSalt(SALT).salt()).contains(SALT);
    assertThat(PersonalText.sealed("Amina", SALT).withSalt(OTHER_SALT).salt()).contains(SALT);
    assertThat(PersonalText.sealed("Amina", SALT).erase().orElse("[erased]")).isEqualTo("[erased]");
    assertThatThrownBy(() -> PersonalText.sealed("Amina", SALT).erase().orElseThrow())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PersonalText.of("Amina").erase())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAShortSaltAndAMalformedDigest() {
    assertThatThrownBy(() -> PersonalText.sealed("Amina", "00ff"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes");
    assertThatThrownBy(() -> PersonalText.erased("not a digest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid digest 'not a digest': expected 64 lower-case hexadecimal digits");
  }
}
