package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.analysis.Drive.OWNER;
import static org.concertation.core.analysis.Drive.P1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.AnswerKind;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The analysis said in French: every finding, indicator and gap of the ready-made charters and of
 * runs that show gaps, with none of the English sentences of the analysis's messages (read from the
 * English bundle) and no enum constant shown raw; in English, as it always said it.
 */
class AnalysisInFrenchTest {
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);
  private static final Texts FRENCH = Texts.of(Locale.FRENCH);

  /** A placeholder, with one level of placeholders nested in a choice. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private static final Charter PROJECT = Charters.projectLogic();
  private static final Charter MISSION = Charters.missionLogic();

  /** What the analysis says of the charters and runs, as the texts of a language say it. */
  private static List<String> said(Texts texts) {
    List<String> said = new ArrayList<>();
    List<RunReport> runs =
        List.of(
            RunAnalysis.of(
                MISSION,
                Drive.missionP1Adopted(MISSION).answer(OWNER, P1, AnswerKind.DECLINED).events()),
            RunAnalysis.of(PROJECT, Drive.projectP1Adopted(PROJECT).events()));
    List<ParticipationLevel> levels = new ArrayList<>();
    levels.add(CharterAnalysis.level(PROJECT));
    levels.add(CharterAnalysis.level(MISSION));
    for (RunReport run : runs) {
      levels.add(run.actual());
      run.gaps().forEach(gap -> said.add(gap.describe(texts)));
    }
    for (ParticipationLevel level : levels) {
      said.add(texts.label(level.iap2()));
      said.add(texts.label(level.arnstein()));
      for (Finding finding : level.findings()) {
        said.add(texts.label(finding.criterion()) + " " + finding.evidence(texts));
      }
    }
    List<LogicProfile> profiles = new ArrayList<>();
    for (Charter charter : List.of(PROJECT, MISSION)) {
      profiles.add(LogicProfile.of(charter));
    }
    // evaluation profile: charters and runs that look ahead and record the means delivered
    for (ProcessHistory history : EvaluationProfileTest.histories()) {
      profiles.add(LogicProfile.of(history.charter()));
      profiles.add(LogicProfile.of(history));
      ParticipationLevel run = RunAnalysis.of(history).actual();
      for (ParticipationLevel level : List.of(CharterAnalysis.level(history.charter()), run)) {
        for (Finding finding : level.findings()) {
          said.add(texts.label(finding.criterion()) + " " + finding.evidence(texts));
        }
      }
    }
    for (LogicProfile profile : profiles) {
      for (DimensionScore score : profile.scores().values()) {
        said.add(texts.label(score.dimension()));
        said.addAll(score.evidence(texts));
      }
    }
    return said;
  }

  @Test
  void theAnalysisInFrenchLeavesNoEnglishSentenceOfItsMessages() {
    Set<String> sentences = englishSentences();
    assertThat(sentences).contains("the project owner owes a reasoned answer to every proposal");
    List<String> french = said(FRENCH);
    String english = String.join("\n", said(ENGLISH));
    for (String sentence : sentences) {
      if (english.contains(sentence)) {
        assertThat(french).as(sentence).noneMatch(line -> line.contains(sentence));
      }
    }
    assertThat(String.join("\n", french))
        .contains(
            "le maître d’ouvrage doit une réponse motivée à chaque proposition",
            "décisions respectées",
            "oui\u00a0: ",
            "non\u00a0: ");
  }

  @Test
  void theAnalysisInFrenchShowsNoEnumConstantRaw() {
    Set<String> constants = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (key.startsWith("enum.")) {
        constants.add(key.substring(key.lastIndexOf('.') + 1));
      }
    }
    for (String line : said(FRENCH)) {
      for (String constant : constants) {
        assertThat(Pattern.compile("\\b" + constant + "\\b").matcher(line).find())
            .as("%s in: %s", constant, line)
            .isFalse();
      }
    }
  }

  @Test
  void inEnglishTheEvidenceIsItsStringAndSaysWhatItAlwaysSaid() {
    ParticipationLevel mission = CharterAnalysis.level(MISSION);
    assertThat(mission.finding(ParticipationCriterion.WEIGHT).evidence().english())
        .isEqualTo("majority: each position counts alike");
    assertThat(mission.finding(ParticipationCriterion.CO_CARRYING).evidence())
        .hasToString("each action needs carriers of at least 1 kind");
    assertThat(LogicProfile.of(MISSION).scores().get(Dimension.MANAGEMENT).evidence())
        .contains("no: phases that may be reopened: []");
    assertThat(LogicProfile.of(MISSION).scores().get(Dimension.MANAGEMENT).evidence(FRENCH))
        .contains("non\u00a0: phases qui peuvent être rouvertes\u00a0: aucune");
  }

  @Test
  void pluralsInFrenchCountZeroAndOneAsOne() {
    assertThat(Evidence.of("carrier.kinds", 1).text(FRENCH))
        .isEqualTo("chaque action doit être portée par des acteurs d’au moins 1 genre");
    assertThat(Evidence.of("carrier.kinds", 2).text(FRENCH))
        .isEqualTo("chaque action doit être portée par des acteurs d’au moins 2 genres");
    assertThat(Evidence.of("run.declined.none", 1).text(FRENCH))
        .isEqualTo("le maître d’ouvrage n’a pas écarté la proposition adoptée");
    assertThat(Evidence.of("run.declined.none", 3).text(FRENCH))
        .isEqualTo("le maître d’ouvrage n’a écarté aucune des 3 propositions adoptées");
  }

  /**
   * The sentences of the analysis's English messages: each stretch of literal text between
   * placeholders, of two words or more, that no French message also holds.
   */
  private static Set<String> englishSentences() {
    StringBuilder french = new StringBuilder();
    FRENCH.keys().forEach(k -> french.append(FRENCH.pattern(k)).append('\n'));
    Set<String> sentences = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (!key.startsWith("analysis.") && !key.startsWith("enum.")) {
        continue;
      }
      String literal = ENGLISH.pattern(key).replace("''", "'");
      for (String part : PLACEHOLDER.split(literal)) {
        String sentence = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        if (WORD.matcher(sentence).results().count() >= 2
            && !french.toString().contains(sentence)) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }
}
