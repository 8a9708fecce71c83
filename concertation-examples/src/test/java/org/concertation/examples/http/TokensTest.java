package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concertation.api.domain.ActorId;
import org.concertation.core.json.JsonCodec;
import org.junit.jupiter.api.Test;

/** Bearer tokens: each stands for one actor; bad files are refused without quoting a token. */
class TokensTest {
  private static Tokens of(String json) {
    return Tokens.of(JsonCodec.create().parse(json));
  }

  @Test
  void findsTheActorOfAKnownTokenAndNoneOfAnUnknownOne() {
    Tokens tokens = of("{\"0123456789abcdef\":\"ines\",\"fedcba9876543210\":\"town-hall\"}");
    assertThat(tokens.actor("0123456789abcdef")).contains(ActorId.of("ines"));
    assertThat(tokens.actor("fedcba9876543210")).contains(ActorId.of("town-hall"));
    assertThat(tokens.actor("0123456789abcdeF")).isEmpty();
    assertThat(tokens.actor("")).isEmpty();
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.toString()).doesNotContain("0123456789abcdef", "ines");
  }

  @Test
  void refusesAFileWithoutTokens() {
    assertThatThrownBy(() -> of("{}")).hasMessageContaining("at least one token");
    assertThatThrownBy(() -> of("[\"0123456789abcdef\"]"))
        .hasMessageContaining("expected an object");
  }

  @Test
  void refusesATokenMappedToSomethingElseThanAnActorId() {
    assertThatThrownBy(() -> of("{\"0123456789abcdef\":7}"))
        .hasMessageContaining("expected an actor id")
        .hasMessageNotContaining("0123456789abcdef");
    assertThatThrownBy(() -> of("{\"0123456789abcdef\":\" ines\"}"))
        .hasMessageStartingWith("Invalid tokens at $: Invalid actor id");
  }

  @Test
  void refusesAPaddedToken() {
    assertThatThrownBy(() -> of("{\" 0123456789abcdef\":\"ines\"}"))
        .hasMessageContaining("no surrounding spaces");
  }
}
