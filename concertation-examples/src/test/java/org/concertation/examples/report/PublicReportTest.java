package org.concertation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.report.CharterDiagram;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.DemoRun;
import org.concertation.examples.demo.Logic;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The public report of the flagship example, from its events alone. */
class PublicReportTest {
  private static final DemoRun RUN = Demo.run(Logic.PROJECT);

  /** The charter the flagship ran under, as its first event says. */
  private static final Charter CHARTER = RUN.state().charter();

  private static final PublicReport REPORT =
      PublicReport.of("Saint-Aubin-les-Prés", CHARTER, RUN.events());

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }

  @Test
  void hasEverySectionTheBilanNeeds() {
    assertThat(REPORT.markdown())
        .contains(
            "## Timeline of phases",
            "## Participants",
            "## Diagnosis",
            "### Stakes",
            "### Contributions",
            "## Proposals",
            "## Objections and how they were treated",
            "## Objectives, actions and commitments",
            "## Evaluation",
            "```mermaid\nstateDiagram-v2");
  }

  @Test
  void tracesEveryProposalOfTheFlagshipExample() {
    List<Event.ProposalSubmitted> submitted = RUN.eventsOf(Event.ProposalSubmitted.class);
    assertThat(submitted).isNotEmpty();
    for (Event.ProposalSubmitted e : submitted) {
      assertThat(REPORT.markdown()).contains("(" + e.proposal().value() + ")");
    }
    for (Event.ProposalsMerged e : RUN.eventsOf(Event.ProposalsMerged.class)) {
      assertThat(REPORT.markdown())
          .contains("(" + e.result().value() + ")", "merged into " + e.result().value());
    }
  }

  @Test
  void givesEveryAnswerOfTheProjectOwnerWithItsReasons() {
    List<Event.ProposalAnswered> answers = RUN.eventsOf(Event.ProposalAnswered.class);
    assertThat(answers).isNotEmpty();
    for (Event.ProposalAnswered e : answers) {
      assertThat(REPORT.markdown())
          .contains(ENGLISH.label(e.answer()) + " (")
          .contains(escaped(e.reasoning().orElseThrow()));
      assertThat(REPORT.html())
          .contains(
              e.reasoning()
                  .orElseThrow()
                  .replace("&", "&amp;")
                  .replace("<", "&lt;")
                  .replace(">", "&gt;")
                  .replace("\"", "&quot;"));
    }
  }

  @Test
  void listsEveryObjectionWithItsReasonAndHowItWasTreated() {
    List<Event.PositionTaken> objections =
        RUN.eventsOf(Event.PositionTaken.class).stream()
            .filter(e -> e.position().stance() == Stance.OBJECT)
            .toList();
    assertThat(objections).isNotEmpty();
    String section =
        REPORT
            .markdown()
            .substring(REPORT.markdown().indexOf("## Objections and how they were treated"));
    for (Event.PositionTaken e : objections) {
      assertThat(section).contains(escaped(e.position().reason().orElseThrow().orElseThrow()));
    }
    // Karim's objection blocked round 1; the path was amended after it, then accepted
    assertThat(section)
        .contains(
            "| Karim D. (Les Tilleuls) | "
                + escaped(objections.get(0).position().reason().orElseThrow().orElseThrow())
                + " | round 1: blocked, status open; the proposal was amended after it; answer:"
                + " accepted (");
  }

  @Test
  void anObjectionWithNoLaterAmendmentIsNotSaidToBeAmendedAfter() {
    // the history up to the end of round 1: the objection is there, the amendment not yet
    int closing = RUN.events().indexOf(RUN.eventsOf(Event.RoundClosed.class).get(0));
    String markdown =
        PublicReport.of("Saint-Aubin-les-Prés", CHARTER, RUN.events().subList(0, closing + 1))
            .markdown();
    assertThat(markdown).contains("round 1: blocked, status open").doesNotContain("amended after");
    // a later step whose words say "amended" is not an amendment
    Event.RoundClosed closed = RUN.eventsOf(Event.RoundClosed.class).get(0);
    List<Event> withdrawn = new ArrayList<>(RUN.events().subList(0, closing + 1));
    withdrawn.add(
        new Event.ProposalWithdrawn(
            closed.at().plusSeconds(60),
            ActorId.of("amina"),
            ProposalId.of("green-path"),
            "withdrawn rather than amended"));
    assertThat(PublicReport.of("Saint-Aubin-les-Prés", CHARTER, withdrawn).markdown())
        .contains("withdrawn rather than amended", "round 1: blocked, status open")
        .doesNotContain("the proposal was amended after it");
  }

  @Test
  void theHtmlPageIsWellFormedAndSelfContained() throws Exception {
    String html = REPORT.html();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    Document document =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(document.getElementsByTagName("h2").getLength()).isGreaterThanOrEqualTo(8);
    assertThat(html).doesNotContain("<script", "<link", "src=\"http");
    assertThat(html).contains("@media print");
  }

  @Test
  void theSameEventsGiveTheSameReportAndOtherEventsAnother() {
    // the same events, rebuilt by a second run and passed through the JSON codec
    JsonCodec codec = JsonCodec.create();
    List<Event> again =
        Demo.run(Logic.PROJECT).events().stream()
            .map(e -> codec.readEvent(codec.writeEvent(e)))
            .toList();
    PublicReport fromCopies = PublicReport.of("Saint-Aubin-les-Prés", CHARTER, again);
    assertThat(fromCopies.markdown()).isEqualTo(REPORT.markdown());
    assertThat(fromCopies.html()).isEqualTo(REPORT.html());
    assertThat(
            PublicReport.of("Saint-Aubin-les-Prés", ProcessHistory.of(CHARTER, RUN.events()))
                .markdown())
        .isEqualTo(REPORT.markdown());
    // without the last event the process is not closed, and the report says so
    String unfinished =
        PublicReport.of(
                "Saint-Aubin-les-Prés", CHARTER, RUN.events().subList(0, RUN.events().size() - 1))
            .markdown();
    assertThat(unfinished).isNotEqualTo(REPORT.markdown()).doesNotContain("Closed on ");
    assertThat(REPORT.markdown()).contains("Closed on ");
  }

  @Test
  void theDiagramShowsPhasesTransitionsAndEnds() {
    Charter charter = Charters.projectLogic();
    String diagram = CharterDiagram.mermaid(charter);
    assertThat(diagram)
        .startsWith("stateDiagram-v2\n")
        .contains(
            "    [*] --> FRAMING\n",
            "    FRAMING --> DIAGNOSIS : advance\n",
            " --> CLOSED : close\n",
            "    CLOSED --> [*]\n");
    for (var phase : charter.reopenable()) {
      assertThat(diagram).contains("--> " + phase + " : reopen");
    }
  }

  private static final Texts FRENCH = Texts.of(Locale.FRENCH, ZoneId.of("Europe/Paris"));

  /** The texts of the report when none is given: English, dates in UTC. */
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  /** Every enum constant a report may show, by its name. */
  private static final List<String> CONSTANTS =
      Stream.of(
              Phase.values(),
              Role.values(),
              Stance.values(),
              ProposalStatus.values(),
              AnswerKind.values(),
              Verdict.values(),
              Method.values(),
              ResourceKind.values())
          .flatMap(Arrays::stream)
          .map(Enum::name)
          .toList();

  @Test
  void theBilanInFrenchSaysEveryFactInFrenchAndNoEnumRaw() {
    String markdown =
        PublicReport.of("Saint-Aubin-les-Prés", ProcessHistory.of(CHARTER, RUN.events()), FRENCH)
            .markdown();
    String prose = markdown.substring(0, markdown.indexOf("```mermaid"));
    assertThat(prose)
        .contains(
            "## Calendrier des phases",
            "## Objections et prise en compte des observations",
            "Réponse motivée du maître d’ouvrage\u00a0: ",
            "| maître d’ouvrage |",
            "| garant |",
            "règle\u00a0: majorité dans chaque collège",
            "1 objection\n",
            // the grounds of a decision, in French, the objector as the record shows her
            "\u00a0: bloquée par une objection\u00a0; statut\u00a0: ouverte. bloquée\u00a0: 9 pour,"
                + " 1 contre, 0 abstention\u00a0; 1 objection motivée subsiste, soulevée par Karim D."
                + " (Les Tilleuls)\n",
            " CET | ");
    for (String constant : CONSTANTS) {
      // a constant shown raw would appear as a word, escaped for Markdown
      assertThat(prose)
          .as(constant)
          .doesNotContainPattern("\\b" + constant.replace("_", "\\\\_") + "\\b");
    }
    assertThat(prose).doesNotContain(" UTC", "Timeline", "Authors", "money (");
    assertThat(markdown).contains("    state \"cadrage\" as FRAMING\n", " : phase suivante\n");
  }

  @Test
  void theBilanInEnglishSaysEveryEnumByItsWordAndNoneRaw() {
    String markdown = REPORT.markdown();
    String prose = markdown.substring(0, markdown.indexOf("```mermaid"));
    assertThat(prose)
        .contains(
            "## Timeline of phases",
            "| framing to diagnosis |",
            "| guarantor |",
            "| project owner |",
            "Round 1 (version 1, rule college majority): blocked; status open.",
            "Round 2 (version 2, rule college majority): adopted; status adopted.",
            "The project owner's answer: partly accepted (",
            "answered declined by ",
            " UTC | ");
    for (String constant : CONSTANTS) {
      // a constant shown raw would appear as a word, escaped for Markdown
      assertThat(prose)
          .as(constant)
          .doesNotContainPattern("\\b" + constant.replace("_", "\\\\_") + "\\b");
    }
    assertThat(markdown)
        .contains("    state \"framing\" as FRAMING\n", "    FRAMING --> DIAGNOSIS : ")
        .doesNotContain("state \"FRAMING\"");
  }

  @Test
  void moneyIsInTheChartersCurrencyWhenItHasOne() {
    Charter euro = Charter.builder().from(CHARTER).currency(Currency.getInstance("EUR")).build();
    ProcessHistory history = ProcessHistory.of(euro, RUN.events());
    assertThat(PublicReport.of("x", history, FRENCH).markdown())
        .contains("| 150\u202f000\u00a0€ (money) |");
    assertThat(PublicReport.of("x", history).markdown()).contains("| €150,000 (money) |");
    assertThat(REPORT.markdown()).contains("| 150000 money (money) |");
  }

  @Test
  void thePageDrawsTheCharterInSvgOneBoxAPhaseItsTextsEscaped() throws Exception {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .name("<Saint & \"Aubin\">")
            .putDeadlines(Phase.DIAGNOSIS, java.time.Instant.parse("2026-03-01T17:00:00Z"))
            .build();
    String html = PublicReport.of("t", ProcessHistory.of(charter, List.of()), FRENCH).html();
    assertThat(html).doesNotContain("<script", "class=\"mermaid\"", "stateDiagram");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getNamespaceURI()).isNull();
    assertThat(document.getDocumentElement().getAttribute("xmlns"))
        .isEqualTo("http://www.w3.org/2000/svg");
    List<String> phases = new ArrayList<>();
    NodeList groups = document.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").equals("phase")) {
        phases.add(group.getElementsByTagName("text").item(0).getTextContent());
      }
    }
    assertThat(phases)
        .containsExactlyElementsOf(charter.phases().stream().map(FRENCH::label).toList());
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Les phases de la charte «\u00a0<Saint & \"Aubin\">\u00a0»");
    assertThat(svg)
        .contains("&lt;Saint &amp; \"Aubin\"&gt;", "échéance\u00a0: 01/03/2026 18:00 CET");
    // one arrow an advance, a reopening, the close, an abandon, and the start
    int reopenings = 0;
    for (Phase target : charter.reopenable()) {
      reopenings += charter.phases().size() - 1 - charter.phases().indexOf(target);
    }
    int n = charter.phases().size();
    assertThat(document.getElementsByTagName("path").getLength() - 1) // the arrow's head
        .isEqualTo(1 + (n - 1) + reopenings + 1 + n);
    assertThat(html).contains("@media print{", "table,pre,figure{page-break-inside:avoid}");
  }

  @Test
  void theMarkdownKeepsTheMermaidSourceAndThePageItsDrawing() {
    assertThat(REPORT.markdown())
        .contains("```mermaid\n" + CharterDiagram.mermaid(CHARTER, ENGLISH) + "```\n");
    assertThat(REPORT.html())
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .doesNotContain("stateDiagram");
  }
}
