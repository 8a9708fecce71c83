package org.concertation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.report.CharterDiagram;
import org.concertation.core.report.PublicReport;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.DemoRun;
import org.concertation.examples.demo.Logic;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The public report of the flagship example, from its events alone. */
class PublicReportTest {
  private static final DemoRun RUN = Demo.run(Logic.PROJECT);
  private static final PublicReport REPORT =
      PublicReport.of("Saint-Aubin-les-Prés", Charters.projectLogic(), RUN.events());

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
          .contains(escaped(e.answer() + " ("))
          .contains(escaped(e.reasoning()));
      assertThat(REPORT.html())
          .contains(
              e.reasoning()
                  .replace("&", "&amp;")
                  .replace("<", "&lt;")
                  .replace(">", "&gt;")
                  .replace("\"", "&quot;"));
    }
  }

  @Test
  void listsEveryObjectionWithItsReason() {
    List<Event.PositionTaken> objections =
        RUN.eventsOf(Event.PositionTaken.class).stream()
            .filter(
                e ->
                    e.position().reason().isPresent()
                        && e.position().stance().name().equals("OBJECT"))
            .toList();
    for (Event.PositionTaken e : objections) {
      assertThat(REPORT.markdown()).contains(escaped(e.position().reason().orElseThrow()));
    }
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
  void theSameEventsGiveTheSameReport() {
    assertThat(
            PublicReport.of("Saint-Aubin-les-Prés", Charters.projectLogic(), RUN.events())
                .markdown())
        .isEqualTo(REPORT.markdown());
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
}
