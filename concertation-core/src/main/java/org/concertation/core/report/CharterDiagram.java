package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.xml.XmlEscapers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Phase;
import org.concertation.core.text.Texts;

/**
 * A state diagram of a charter: its phases in order, the advance from each to the next, the
 * reopenings it allows, closing from the last phase and abandoning from any, and the rounds that
 * decide by ballot with their rules; as Mermaid source, or drawn in SVG for a page that loads no
 * script.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CharterDiagram {
  private CharterDiagram() {}

  /**
   * The diagram, in Mermaid's {@code stateDiagram-v2} syntax, one statement a line: states named by
   * the phases' constants, transitions labelled {@code advance}, {@code reopen}, {@code close} and
   * {@code abandon}, deadlines as instants, and a note on the negotiation phase for each round that
   * decides by ballot ({@code round 1 by ballot: schulze}).
   *
   * @param charter the charter
   * @return the diagram's text
   */
  public static String mermaid(Charter charter) {
    checkNotNull(charter, "charter must not be null");
    return mermaid(
        charter,
        Phase::name,
        edge -> edge,
        d -> "deadline " + d,
        (round, rule) -> "round " + round + " by ballot: " + rule.label());
  }

  /**
   * The diagram in Mermaid's {@code stateDiagram-v2} syntax, its words in a language: a phase whose
   * label is not its constant is declared with it ({@code state "cadrage" as FRAMING}), the
   * transitions are labelled in the language, deadlines dated in the texts' zone, and the rounds
   * that decide by ballot named with their rules.
   *
   * @param charter the charter
   * @param texts the language and zone
   * @return the diagram's text
   */
  public static String mermaid(Charter charter, Texts texts) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(texts, "texts must not be null");
    return mermaid(
        charter,
        texts::label,
        edge -> texts.text("report.diagram." + edge),
        d -> texts.text("report.diagram.deadline", texts.date(d)),
        (round, rule) -> ballot(texts, round, rule));
  }

  /** A round that decides by ballot, and by which rule. */
  private static String ballot(Texts texts, int round, BallotRule rule) {
    return texts.text("report.diagram.ballot", round, BallotSection.ruleName(texts, rule.label()));
  }

  private static String mermaid(
      Charter charter,
      Function<Phase, String> label,
      UnaryOperator<String> edge,
      Function<Instant, String> deadline,
      BiFunction<Integer, BallotRule, String> ballot) {
    List<Phase> phases = charter.phases();
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    %% charter: ").append(charter.name().replace("\n", " ")).append("\n");
    List<Phase> states = new ArrayList<>(phases);
    states.add(Phase.CLOSED);
    states.add(Phase.ABANDONED);
    for (Phase phase : states) {
      String name = label.apply(phase);
      if (!name.equals(phase.name())) {
        // Mermaid reads a double quote in a label as its end: it is written as an entity
        out.append("    state \"")
            .append(name.replace("\"", "#quot;").replace("\n", " "))
            .append("\" as ")
            .append(phase)
            .append("\n");
      }
    }
    out.append("    [*] --> ").append(phases.get(0)).append("\n");
    for (int i = 0; i + 1 < phases.size(); i++) {
      out.append("    ")
          .append(phases.get(i))
          .append(" --> ")
          .append(phases.get(i + 1))
          .append(" : ")
          .append(edge.apply("advance"))
          .append("\n");
    }
    for (Phase target : charter.reopenable()) {
      for (Phase from : phases.subList(phases.indexOf(target) + 1, phases.size())) {
        out.append("    ")
            .append(from)
            .append(" --> ")
            .append(target)
            .append(" : ")
            .append(edge.apply("reopen"))
            .append("\n");
      }
    }
    out.append("    ")
        .append(phases.get(phases.size() - 1))
        .append(" --> CLOSED : ")
        .append(edge.apply("close"))
        .append("\n");
    for (Phase phase : phases) {
      out.append("    ")
          .append(phase)
          .append(" --> ABANDONED : ")
          .append(edge.apply("abandon"))
          .append("\n");
    }
    for (Phase phase : phases) {
      charter
          .deadline(phase)
          .ifPresent(
              d ->
                  out.append("    note right of ")
                      .append(phase)
                      .append(" : ")
                      .append(deadline.apply(d))
                      .append("\n"));
    }
    if (charter.phases().contains(ROUNDS)) {
      for (Map.Entry<Integer, BallotRule> rule : charter.ballotRules().entrySet()) {
        out.append("    note left of ")
            .append(ROUNDS)
            .append(" : ")
            .append(
                ballot
                    .apply(rule.getKey(), rule.getValue())
                    .replace("\"", "#quot;")
                    .replace("\n", " "))
            .append("\n");
      }
    }
    out.append("    CLOSED --> [*]\n");
    out.append("    ABANDONED --> [*]\n");
    return out.toString();
  }

  /** The phase in which rounds are held, positions taken and ballots cast. */
  private static final Phase ROUNDS = Phase.NEGOTIATION;

  /** The height of one line of the legend that names the rounds decided by ballot. */
  private static final int LEGEND_LINE = 18;

  /** The drawing's width, and the column of the phases, in SVG user units. */
  private static final int WIDTH = 640;

  private static final int NODE_X = 220;

  private static final int NODE_WIDTH = 200;

  private static final int NODE_HEIGHT = 40;

  /** The vertical distance from one phase to the next. */
  private static final int STEP = 72;

  /** Where the first phase starts: below the start marker. */
  private static final int TOP = 48;

  /** The column of the abandoned end, left of the phases. */
  private static final int ABANDONED_X = 20;

  private static final int END_WIDTH = 150;

  /** How far right of the phases the first reopening bends, and how much further each next one. */
  private static final int REOPEN_BEND = 36;

  private static final int REOPEN_SPREAD = 14;

  /**
   * The diagram drawn as one SVG element, for an HTML page: one box a phase, top to bottom,
   * labelled in the texts' language, with arrows for advancing, reopening, closing and abandoning,
   * a phase's deadline under its name, and under the drawing the rounds that decide by ballot. The
   * element is well-formed XML; every text in it is escaped.
   *
   * @param charter the charter
   * @param texts the language of the labels and the zone of the deadlines
   * @return the {@code <svg>} element, ending with a line break
   */
  public static String svg(Charter charter, Texts texts) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(texts, "texts must not be null");
    List<Phase> phases = charter.phases();
    int n = phases.size();
    int endY = TOP + n * STEP;
    List<String> legend = new ArrayList<>();
    charter.ballotRules().forEach((round, rule) -> legend.add(ballot(texts, round, rule)));
    int legendTop = endY + NODE_HEIGHT + 24;
    int height = legendTop + legend.size() * LEGEND_LINE;
    int centre = NODE_X + NODE_WIDTH / 2;
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"charter-diagram\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">\n",
                WIDTH,
                height,
                WIDTH,
                height))
        .append("<title>")
        .append(xml(texts.text("report.diagram.title", charter.name())))
        .append("</title>\n")
        .append(
            "<defs><marker id=\"charter-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n")
        .append(
            "<g font-family=\"Helvetica,Arial,sans-serif\" font-size=\"13\" fill=\"none\""
                + " stroke=\"#333\" stroke-width=\"1.2\">\n");
    // the start, and the advance from each phase to the next
    out.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"#333\"/>\n",
            centre,
            TOP - 28));
    arrow(out, "M" + centre + "," + (TOP - 21) + " V" + TOP, "");
    for (int i = 0; i + 1 < n; i++) {
      int y = top(i) + NODE_HEIGHT;
      arrow(out, "M" + centre + "," + y + " V" + top(i + 1), "");
      label(
          out, centre + 6, y + (STEP - NODE_HEIGHT) / 2 + 4, texts.text("report.diagram.advance"));
    }
    // reopenings bend out to the right, each further than the one before
    int bend = 0;
    for (Phase target : charter.reopenable()) {
      for (Phase from : phases.subList(phases.indexOf(target) + 1, n)) {
        int x = NODE_X + NODE_WIDTH;
        int far = x + REOPEN_BEND + bend * REOPEN_SPREAD;
        int y1 = top(phases.indexOf(from)) + NODE_HEIGHT / 2 + 6;
        int y2 = top(phases.indexOf(target)) + NODE_HEIGHT / 2 - 6;
        arrow(
            out,
            "M" + x + "," + y1 + " C" + far + "," + y1 + " " + far + "," + y2 + " " + x + "," + y2,
            " stroke-dasharray=\"5 3\"");
        bend++;
      }
    }
    if (bend > 0) {
      // a cubic curve reaches three quarters of the way to its control points
      label(
          out,
          NODE_X + NODE_WIDTH + (REOPEN_BEND + (bend - 1) * REOPEN_SPREAD) * 3 / 4 + 6,
          (top(0) + top(n - 1) + NODE_HEIGHT) / 2,
          texts.text("report.diagram.reopen"));
    }
    // closing from the last phase, abandoning from any
    arrow(out, "M" + centre + "," + (top(n - 1) + NODE_HEIGHT) + " V" + endY, "");
    label(out, centre + 6, endY - (STEP - NODE_HEIGHT) / 2 + 4, texts.text("report.diagram.close"));
    int abandonedCentre = ABANDONED_X + END_WIDTH / 2;
    for (int i = 0; i < n; i++) {
      int y = top(i) + NODE_HEIGHT / 2;
      arrow(out, "M" + NODE_X + "," + y + " L" + abandonedCentre + "," + endY, "");
    }
    label(out, ABANDONED_X, endY - 8, texts.text("report.diagram.abandon"));
    for (int i = 0; i < n; i++) {
      Phase phase = phases.get(i);
      String deadline =
          charter
              .deadline(phase)
              .map(d -> texts.text("report.diagram.deadline", texts.date(d)))
              .orElse("");
      node(out, "phase", NODE_X, top(i), NODE_WIDTH, texts.label(phase), deadline);
    }
    node(out, "end", centre - END_WIDTH / 2, endY, END_WIDTH, texts.label(Phase.CLOSED), "");
    node(out, "end", ABANDONED_X, endY, END_WIDTH, texts.label(Phase.ABANDONED), "");
    // the rounds decided by ballot, under the drawing: only charters that have some
    for (int i = 0; i < legend.size(); i++) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"ballot-round\" x=\"%d\" y=\"%d\" fill=\"#222\" stroke=\"none\">",
                  ABANDONED_X,
                  legendTop + (i + 1) * LEGEND_LINE - 4))
          .append(xml(legend.get(i)))
          .append("</text>\n");
    }
    return out.append("</g>\n</svg>\n").toString();
  }

  /** The top of the box of the phase at this index. */
  private static int top(int index) {
    return TOP + index * STEP;
  }

  private static void arrow(StringBuilder out, String path, String style) {
    out.append("<path d=\"")
        .append(path)
        .append("\"")
        .append(style)
        .append(" marker-end=\"url(#charter-arrow)\"/>\n");
  }

  private static void label(StringBuilder out, int x, int y, String text) {
    out.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\" stroke=\"none\">",
                x,
                y))
        .append(xml(text))
        .append("</text>\n");
  }

  /** A box with its name, and a second, smaller line when there is one. */
  private static void node(
      StringBuilder out, String kind, int x, int y, int width, String name, String note) {
    int centre = x + width / 2;
    out.append("<g class=\"")
        .append(kind)
        .append("\">")
        .append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"%s\"/>",
                x,
                y,
                width,
                NODE_HEIGHT,
                kind.equals("phase") ? 8 : NODE_HEIGHT / 2,
                kind.equals("phase") ? "#f4f4f4" : "#e4e4e4"))
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#222\" stroke=\"none\">",
                centre,
                y + (note.isEmpty() ? NODE_HEIGHT / 2 + 5 : NODE_HEIGHT / 2 - 2)))
        .append(xml(name))
        .append("</text>");
    if (!note.isEmpty()) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\""
                      + " stroke=\"none\">",
                  centre,
                  y + NODE_HEIGHT - 6))
          .append(xml(note))
          .append("</text>");
    }
    out.append("</g>\n");
  }

  private static String xml(String text) {
    // the escaper also replaces the control characters XML 1.0 forbids
    return XmlEscapers.xmlContentEscaper().escape(text);
  }
}
