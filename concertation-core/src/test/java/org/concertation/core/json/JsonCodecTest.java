package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Event SUBMITTED =
      new Event.ProposalSubmitted(
          AT,
          ProposalId.of("p1"),
          ImmutableSet.of(ActorId.of("ines")),
          ProposalContent.of("Benches", "Benches on the square", 1000, StakeId.of("youth")));

  @Test
  void writesAnEventAsDocumentedInTheMapping() {
    assertThat(CODEC.writeEvent(SUBMITTED))
        .isEqualTo(
            "{\"type\":\"ProposalSubmitted\",\"schemaVersion\":1,\"at\":\"2026-03-02T09:00:00Z\","
                + "\"proposal\":\"p1\",\"authors\":[\"ines\"],\"content\":{\"title\":\"Benches\","
                + "\"text\":\"Benches on the square\",\"stakes\":[\"youth\"],\"cost\":\"1000\"}}");
  }

  @Test
  void toleratesUnknownFieldsOnRead() {
    String json =
        CODEC
            .writeEvent(SUBMITTED)
            .replace("\"proposal\":", "\"colour\":\"blue\",\"extra\":{\"a\":[1,2]},\"proposal\":");
    assertThat(CODEC.readEvent(json)).isEqualTo(SUBMITTED);
  }

  @Test
  void readsAnAbsentOptionalAndANullOneAsEmpty() {
    String absent =
        "{\"type\":\"TakePosition\",\"by\":\"ines\",\"at\":\"2026-03-02T09:00:00Z\","
            + "\"proposal\":\"p1\",\"stance\":\"SUPPORT\"}";
    Command expected =
        new Command.TakePosition(
            ActorId.of("ines"), AT, ProposalId.of("p1"), Stance.SUPPORT, Optional.empty());
    assertThat(CODEC.readCommand(absent)).isEqualTo(expected);
    assertThat(CODEC.readCommand(absent.replace("}", ",\"reason\":null}"))).isEqualTo(expected);
  }

  @Test
  void readsAnAbsentCollectionAsEmpty() {
    String json =
        "{\"type\":\"Contribute\",\"by\":\"ines\",\"at\":\"2026-03-02T09:00:00Z\",\"text\":\"Dark\"}";
    assertThat(CODEC.readCommand(json))
        .isEqualTo(new Command.Contribute(ActorId.of("ines"), AT, "Dark", ImmutableSet.of()));
  }

  @Test
  void readsADecimalGivenAsANumber() {
    String json = CODEC.writeEvent(SUBMITTED).replace("\"cost\":\"1000\"", "\"cost\":1000");
    assertThat(CODEC.readEvent(json)).isEqualTo(SUBMITTED);
  }

  @Test
  void keepsTheScaleOfADecimalGivenAsANumber() {
    String json = CODEC.writeEvent(SUBMITTED).replace("\"cost\":\"1000\"", "\"cost\":1000.50");
    assertThat(((Event.ProposalSubmitted) CODEC.readEvent(json)).content().cost())
        .hasValueSatisfying(cost -> assertThat(cost.toString()).isEqualTo("1000.50"));
  }

  @Test
  void refusesMalformedJsonWithItsLineAndColumn() {
    assertThatThrownBy(() -> CODEC.readEvent("{\"type\":\n\"ProposalSubmitted\",,}"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Malformed JSON at line 2, column 21");
  }

  @Test
  void refusesATruncatedDocument() {
    String json = CODEC.writeEvent(SUBMITTED);
    assertThatThrownBy(() -> CODEC.readEvent(json.substring(0, json.length() - 3)))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Malformed JSON at line 1");
  }

  @Test
  void refusesTrailingContentAndEmptyText() {
    String event = CODEC.writeEvent(SUBMITTED);
    assertThatThrownBy(() -> CODEC.readEvent(event + "{}"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage(
            "Malformed JSON at line 1, column %s: more content after the value, where the text"
                + " should end",
            event.length() + 1);
    assertThatThrownBy(() -> CODEC.readEvent("  "))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Malformed JSON: the text holds no value");
  }

  @Test
  void refusesDuplicateKeys() {
    String json =
        CODEC.writeEvent(SUBMITTED).replace("\"proposal\":", "\"at\":\"x\",\"proposal\":");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageContaining("Duplicate field 'at'");
  }

  @Test
  void namesTheMissingFieldWithItsPath() {
    String json = CODEC.writeEvent(SUBMITTED).replace("\"title\":\"Benches\",", "");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.content.title: missing value, expected a string")
        .extracting(e -> ((JsonCodecException) e).path())
        .isEqualTo("$.content.title");
  }

  @Test
  void namesTheIllTypedValueAndWhatWasExpected() {
    String json = CODEC.writeEvent(SUBMITTED).replace("[\"ines\"]", "[\"ines\",42]");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.authors[1]: expected a string, got 42");
  }

  @Test
  void namesAnUnknownEnumConstantAndTheAllowedOnes() {
    String json =
        "{\"type\":\"TakePosition\",\"by\":\"ines\",\"at\":\"2026-03-02T09:00:00Z\","
            + "\"proposal\":\"p1\",\"stance\":\"LOVE\"}";
    assertThatThrownBy(() -> CODEC.readCommand(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Invalid JSON at $.stance: expected one of [SUPPORT")
        .hasMessageEndingWith("got \"LOVE\"");
  }

  @Test
  void namesAnUnknownTypeAndTheKnownOnes() {
    String json = CODEC.writeEvent(SUBMITTED).replace("ProposalSubmitted", "ProposalSubmited");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith(
            "Invalid JSON at $.type: unknown Event type 'ProposalSubmited', expected one of [");
  }

  @Test
  void refusesAnEventWithoutSchemaVersionOrFromALaterSchema() {
    String json = CODEC.writeEvent(SUBMITTED);
    assertThatThrownBy(() -> CODEC.readEvent(json.replace("\"schemaVersion\":1,", "")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.schemaVersion: missing schema version of the event");
    assertThatThrownBy(
            () -> CODEC.readEvent(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage(
            "Invalid JSON at $.schemaVersion: schema version 2 is not supported, expected 1 to 1");
  }

  @Test
  void passesOnTheDomainsRefusalWithThePath() {
    String json = CODEC.writeEvent(SUBMITTED).replace("\"title\":\"Benches\"", "\"title\":\" \"");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Invalid JSON at $.content: not a valid ProposalContent: ")
        .hasMessageContaining("proposal title");
  }

  @Test
  void refusesAnInstantThatIsNotIso8601() {
    String json = CODEC.writeEvent(SUBMITTED).replace("2026-03-02T09:00:00Z", "2 March 2026");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Invalid JSON at $.at: expected an ISO-8601 instant");
  }

  @Test
  void readingAWrittenCharterGivesItBack() {
    for (Charter charter : new Charter[] {Charters.projectLogic(), Charters.missionLogic()}) {
      assertThat(CODEC.readCharter(CODEC.writeCharter(charter))).isEqualTo(charter);
    }
  }

  @Test
  void readsACharterWithOnlyItsRequiredFieldsUsingTheDefaults() {
    Charter full = Charters.projectLogic();
    String json =
        String.format(
                "{\"name\":\"small\",\"phases\":[\"FRAMING\"],\"grants\":%s,\"rule\":%s}",
                CODEC.text(CODEC.toTree(full.grants())), CODEC.text(CODEC.toTree(full.rule())))
            .replace("\"DIAGNOSIS\",", "")
            .replace(",\"DIAGNOSIS\"", "");
    Charter small = CODEC.readCharter(json);
    assertThat(small.roundLimit()).isEqualTo(3);
    assertThat(small.answersOwed()).isTrue();
  }

  @Test
  void aChartersCurrencyIsWrittenByItsCodeOnlyWhenItHasOne() {
    Charter euro =
        Charter.builder()
            .from(Charters.projectLogic())
            .currency(java.util.Currency.getInstance("EUR"))
            .build();
    String json = CODEC.writeCharter(euro);
    assertThat(json).endsWith(",\"currency\":\"EUR\"}");
    assertThat(CODEC.readCharter(json)).isEqualTo(euro);
    assertThat(CODEC.writeCharter(Charters.projectLogic())).doesNotContain("currency");
    assertThatThrownBy(() -> CODEC.readCharter(json.replace("\"EUR\"", "\"eur\"")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageContaining("Invalid currency 'eur': expected an ISO 4217 code such as EUR");
  }

  @Test
  void passesOnTheChartersRefusal() {
    String json =
        CODEC.writeCharter(Charters.projectLogic()).replace("\"roundLimit\":3", "\"roundLimit\":0");
    assertThatThrownBy(() -> CODEC.readCharter(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageStartingWith("Invalid JSON at $: not a valid charter: ")
        .hasMessageContaining("round limit 0");
  }

  private static final String RATE =
      "{\"type\":\"Rate\",\"by\":\"ines\",\"at\":\"2026-03-02T09:00:00Z\","
          + "\"criterion\":\"c1\",\"score\":4}";

  @Test
  void refusesAStringWhereAnIntegerIsExpected() {
    assertThatThrownBy(() -> CODEC.readCommand(RATE.replace("\"score\":4", "\"score\":\"4\"")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage(
            "Invalid JSON at $.score: expected an integer from -2147483648 to 2147483647, got"
                + " \"4\"");
  }

  @Test
  void refusesADecimalWhereAnIntegerIsExpectedEvenAWholeOne() {
    for (String score : new String[] {"4.0", "4.5", "4e0"}) {
      assertThatThrownBy(() -> CODEC.readCommand(RATE.replace("\"score\":4", "\"score\":" + score)))
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("Invalid JSON at $.score: expected an integer from ");
    }
  }

  @Test
  void refusesAnIntegerOutOfRange() {
    assertThatThrownBy(() -> CODEC.readCommand(RATE.replace("\"score\":4", "\"score\":2147483648")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessageEndingWith("got 2147483648");
  }

  @Test
  void refusesANumberOrABooleanWhereAStringIsExpected() {
    assertThatThrownBy(() -> CODEC.readCommand(RATE.replace("\"c1\"", "1")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.criterion: expected a string, got 1");
    assertThatThrownBy(() -> CODEC.readCommand(RATE.replace("\"c1\"", "true")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.criterion: expected a string, got true");
  }

  @Test
  void refusesAStringWhereABooleanIsExpected() {
    String json =
        CODEC
            .writeCharter(Charters.projectLogic())
            .replace("\"answersOwed\":true", "\"answersOwed\":\"yes\"");
    assertThatThrownBy(() -> CODEC.readCharter(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.answersOwed: expected true or false, got \"yes\"");
  }

  @Test
  void refusesAnElementGivenTwiceInASet() {
    String json = CODEC.writeEvent(SUBMITTED).replace("[\"ines\"]", "[\"ines\",\"ines\"]");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage(
            "Invalid JSON at $.authors[1]: expected distinct elements, got \"ines\" a second time");
  }

  @Test
  void refusesARoundNumberKeyNotWrittenInDecimal() {
    String rule = CODEC.text(CODEC.toTree(Charters.projectLogic().rule()));
    String json =
        CODEC
            .writeCharter(Charters.projectLogic())
            .replace("\"roundRules\":{}", "\"roundRules\":{\"02\":" + rule + "}");
    assertThatThrownBy(() -> CODEC.readCharter(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage(
            "Invalid JSON at $.roundRules.02: expected a key that is an integer in decimal, got"
                + " \"02\"");
  }

  @Test
  void refusesACharterWithoutARequiredFieldNamingItInTheProjectsWords() {
    String full = CODEC.writeCharter(Charters.missionLogic());
    String rule = CODEC.text(CODEC.toTree(Charters.missionLogic().rule()));
    assertThatThrownBy(() -> CODEC.readCharter(full.replace("\"name\":\"mission logic\",", "")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.name: missing value, expected a string");
    assertThatThrownBy(() -> CODEC.readCharter(full.replace(",\"rule\":" + rule, "")))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.rule: missing value, expected an object (DecisionRule)")
        .extracting(e -> ((JsonCodecException) e).path())
        .isEqualTo("$.rule");
  }

  @Test
  void refusesACharterThatIsNotAnObject() {
    assertThatThrownBy(() -> CODEC.readCharter("[]"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $: expected an object (Charter), got []");
  }

  @Test
  void speaksOfTheTextNeverOfTheParsersInternals() {
    String event = CODEC.writeEvent(SUBMITTED);
    for (String text :
        new String[] {
          event + "{}", event + " 1", event.substring(0, 40), "{\"type\":", "[1,]", "{'a':1}", "nul"
        }) {
      assertThatThrownBy(() -> CODEC.readEvent(text))
          .as(text)
          .isInstanceOf(JsonCodecException.class)
          .hasMessageStartingWith("Malformed JSON at line 1, column ")
          .message()
          .doesNotContain("Feature", "Source", "`", "com.fasterxml", "TRAILING");
    }
  }

  @Test
  void namesTheExpectedObjectWhenARecordIsGivenAsAnotherType() {
    String json =
        CODEC.writeEvent(SUBMITTED).replaceFirst("\"content\":\\{.*\\}\\}$", "\"content\":\"x\"}");
    assertThatThrownBy(() -> CODEC.readEvent(json))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.content: expected an object (ProposalContent), got \"x\"");
  }

  @Test
  void namesAValueMissingFromItsParentAndWhatWasExpected() {
    assertThatThrownBy(() -> CODEC.read(CODEC.parse("{}").path("stream"), String.class, "$.stream"))
        .isInstanceOf(JsonCodecException.class)
        .hasMessage("Invalid JSON at $.stream: missing value, expected a string");
  }
}
