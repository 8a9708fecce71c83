package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.core.history.AnswerFact;
import org.concertation.core.history.CollegeFact;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.MergeFact;
import org.concertation.core.history.Milestone;
import org.concertation.core.history.ObjectionFact;
import org.concertation.core.history.PanelDrawFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.PhaseChange;
import org.concertation.core.history.PositionFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.ProposalStep;
import org.concertation.core.history.RatingFact;
import org.concertation.core.history.RoundClosing;
import org.concertation.core.history.RoundOpening;
import org.concertation.core.history.VersionFact;
import org.concertation.core.history.WithdrawalFact;

/**
 * The public report of a process, from its events alone: timeline of phases; participants by kind
 * and college; the diagnosis and its stakes; every proposal with its history (versions, amendments,
 * merges, withdrawal), its positions and tallies per round and the project owner's reasoned answer;
 * the objections and how they were treated; objectives, actions and commitments; the evaluation;
 * and a diagram of the charter. Rendered as Markdown, or as one self-contained HTML page.
 *
 * <p>The report reads the process through its {@link ProcessHistory} and only renders its facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicReport {
  /**
   * Dates to the minute, in UTC, when they fall on a whole minute: {@code 2026-01-12 09:00 UTC}.
   */
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Dates to the second, and finer when they must be, in UTC. */
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MILLI =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MICRO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter NANO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** Mean ratings are shown with two decimals. */
  private static final int MEAN_DECIMALS = 2;

  private final Doc doc;

  private PublicReport(Doc doc) {
    this.doc = doc;
  }

  /**
   * The report of a process.
   *
   * @param title the report's title
   * @param charter the charter the process ran under
   * @param events its events, in order
   * @return the report
   */
  public static PublicReport of(String title, Charter charter, List<? extends Event> events) {
    checkNotNull(title, "title must not be null");
    checkNotNull(charter, "charter must not be null");
    checkNotNull(events, "events must not be null");
    return of(title, ProcessHistory.of(charter, events));
  }

  /**
   * The report of a process read once into its history.
   *
   * @param title the report's title
   * @param history the process's history
   * @return the report
   */
  public static PublicReport of(String title, ProcessHistory history) {
    checkNotNull(title, "title must not be null");
    checkNotNull(history, "history must not be null");
    return new PublicReport(new Renderer(title, history).render());
  }

  /**
   * The report in Markdown.
   *
   * @return the text
   */
  public String markdown() {
    return doc.markdown();
  }

  /**
   * The report as one HTML page, with its style inline, readable in a browser and printable.
   *
   * @return the page
   */
  public String html() {
    return doc.html();
  }

  /** An instant in UTC, to the minute, or to the second and its fraction when it has them. */
  static String date(Instant at) {
    int nano = at.getNano();
    if (nano != 0) {
      return (nano % 1_000_000 == 0 ? MILLI : nano % 1_000 == 0 ? MICRO : NANO).format(at);
    }
    return (at.getEpochSecond() % 60 == 0 ? MINUTE : SECOND).format(at);
  }

  /** Renders the facts of a history into the report's blocks. */
  private static final class Renderer {
    private final Doc doc;
    private final ProcessHistory history;
    private final Charter charter;

    Renderer(String title, ProcessHistory history) {
      this.doc = new Doc(title);
      this.history = history;
      this.charter = history.charter();
    }

    private String name(ActorId id) {
      return history.name(id);
    }

    private static String ids(List<ProposalId> ids) {
      return ids.stream().map(ProposalId::value).collect(Collectors.joining(", "));
    }

    private static String stakes(Iterable<StakeId> stakes) {
      List<String> values = new ArrayList<>();
      stakes.forEach(s -> values.add(s.value()));
      return String.join(", ", values);
    }

    Doc render() {
      summary();
      doc.heading(2, "Timeline of phases");
      timeline();
      doc.heading(2, "Participants");
      participants();
      doc.heading(2, "Diagnosis");
      doc.heading(3, "Stakes");
      stakesTable();
      doc.heading(3, "Contributions");
      contributions();
      doc.heading(2, "Proposals");
      history.proposals().forEach(this::proposal);
      doc.heading(2, "Objections and how they were treated");
      objections();
      doc.heading(2, "Objectives, actions and commitments");
      outcomes();
      doc.heading(2, "Evaluation");
      evaluation();
      doc.heading(2, "The charter's phases");
      doc.para("The phases and transitions that the charter '" + charter.name() + "' allows.");
      doc.diagram(CharterDiagram.mermaid(charter));
      return doc;
    }

    private String ending() {
      return history
          .ending()
          .map(
              end ->
                  (end.kind() == PhaseChange.Kind.CLOSED ? "Closed on " : "Abandoned on ")
                      + date(end.stamp().at())
                      + " by "
                      + name(end.stamp().by())
                      + ": "
                      + end.statement())
          .orElse("");
    }

    private void summary() {
      List<String> lines = new ArrayList<>();
      lines.add("Charter: " + charter.name());
      if (history.size() > 0) {
        lines.add(
            "From "
                + date(history.firstAt().orElseThrow())
                + " to "
                + date(history.lastAt().orElseThrow())
                + ", "
                + history.size()
                + " events");
      }
      lines.add(
          history.participants().stream().map(ParticipantFact::id).distinct().count()
              + " participants, "
              + history.contributions().size()
              + " contributions, "
              + history.proposals().size()
              + " proposals, "
              + history.objections().size()
              + " objections");
      String ending = ending();
      if (!ending.isEmpty()) {
        lines.add(ending);
      }
      doc.para("This report is built from the process's events alone.");
      doc.bullets(lines);
    }

    private void timeline() {
      List<List<String>> rows = new ArrayList<>();
      Milestone.Visitor<String> what =
          new Milestone.Visitor<>() {
            @Override
            public String visit(CollegeFact m) {
              return "college " + m.college().name() + " registered";
            }

            @Override
            public String visit(PanelDrawFact m) {
              PanelDrawRecord draw = m.draw();
              return "college "
                  + m.college().value()
                  + ": "
                  + draw.size()
                  + " members drawn by lot ("
                  + draw.algorithm()
                  + ", seed "
                  + draw.seed()
                  + ", pool "
                  + draw.poolDigest()
                  + ", distribution "
                  + draw.distributionDigest()
                  + ")";
            }

            @Override
            public String visit(PhaseChange m) {
              switch (m.kind()) {
                case ADVANCED:
                  return m.from() + " to " + m.to();
                case REOPENED:
                  return "reopened " + m.to() + " from " + m.from() + ": " + m.statement();
                case CLOSED:
                  return "closed";
                case ABANDONED:
                  return "abandoned";
              }
              throw new AssertionError("Unknown phase change " + m.kind());
            }

            @Override
            public String visit(RoundOpening m) {
              return "round "
                  + m.round()
                  + " opened on "
                  + ids(m.agenda())
                  + " ("
                  + m.rule().method()
                  + ")";
            }

            @Override
            public String visit(RoundClosing m) {
              return "round " + m.round() + " closed";
            }
          };
      for (Milestone m : history.timeline()) {
        rows.add(List.of(date(m.stamp().at()), m.accept(what), name(m.stamp().by())));
      }
      doc.table(List.of("when", "what", "by"), rows);
    }

    private void participants() {
      List<List<String>> rows = new ArrayList<>();
      Map<String, Integer> byKind = new TreeMap<>();
      Map<String, Integer> byCollege = new TreeMap<>();
      for (ParticipantFact p : history.participants()) {
        String kind = p.actor().kind().name();
        String college = p.college().map(c -> c.value()).orElse("none");
        byKind.merge(kind, 1, Integer::sum);
        byCollege.merge(college, 1, Integer::sum);
        rows.add(
            List.of(p.actor().name(), kind, college, p.role().name(), date(p.registered().at())));
      }
      List<String> counts = new ArrayList<>();
      byKind.forEach((kind, n) -> counts.add(kind + ": " + n));
      byCollege.forEach((college, n) -> counts.add("college " + college + ": " + n));
      doc.bullets(counts);
      doc.table(List.of("participant", "kind", "college", "role", "since"), rows);
    }

    private void stakesTable() {
      List<List<String>> rows = new ArrayList<>();
      history
          .stakes()
          .forEach(
              s ->
                  rows.add(
                      List.of(
                          s.id().value(),
                          s.title(),
                          name(s.identified().by()),
                          s.validated()
                              .map(v -> "yes, by " + name(v.by()) + " on " + date(v.at()))
                              .orElse("no"))));
      doc.table(List.of("stake", "title", "identified by", "validated"), rows);
    }

    private void contributions() {
      List<List<String>> rows = new ArrayList<>();
      history
          .contributions()
          .forEach(
              c ->
                  rows.add(
                      List.of(
                          date(c.stamp().at()),
                          name(c.stamp().by()),
                          c.text(),
                          stakes(c.stakes()))));
      doc.table(List.of("when", "by", "contribution", "stakes"), rows);
    }

    private String answer(ProposalHistory p) {
      return p.answer()
          .map(a -> a.kind() + " (" + date(a.stamp().at()) + "): " + a.reasoning())
          .orElse("");
    }

    private void proposal(ProposalHistory p) {
      ProposalContent content = p.current();
      doc.heading(3, content.title() + " (" + p.id().value() + ")");
      doc.para(content.text());
      List<String> facts = new ArrayList<>();
      facts.add(
          "Authors: " + p.authors().stream().map(this::name).collect(Collectors.joining(", ")));
      content.cost().ifPresent(c -> facts.add("Cost: " + c.toPlainString()));
      if (!content.stakes().isEmpty()) {
        facts.add("Stakes: " + stakes(content.stakes()));
      }
      doc.bullets(facts);
      doc.para("History:");
      doc.bullets(steps(p));
      for (DecisionFact decision : p.decisions()) {
        round(p, decision);
      }
      String answer = answer(p);
      doc.para("The project owner's answer: " + (answer.isEmpty() ? "none recorded." : answer));
    }

    private List<String> steps(ProposalHistory p) {
      ProposalStep.Visitor<String> line =
          new ProposalStep.Visitor<>() {
            @Override
            public String visit(VersionFact s) {
              return s.isAmendment()
                  ? "amended by "
                      + name(s.stamp().by())
                      + " (version "
                      + s.number()
                      + ", '"
                      + s.content().title()
                      + "'): "
                      + s.rationale().orElseThrow()
                  : "submitted (version " + s.number() + ") by " + name(s.stamp().by());
            }

            @Override
            public String visit(MergeFact s) {
              return s.result().equals(p.id())
                  ? "created by " + name(s.stamp().by()) + " merging " + ids(s.sources())
                  : "merged into " + s.result().value() + " by " + name(s.stamp().by());
            }

            @Override
            public String visit(WithdrawalFact s) {
              return "withdrawn by " + name(s.stamp().by()) + ": " + s.reason();
            }

            @Override
            public String visit(DecisionFact s) {
              return "round " + s.round() + " decided " + s.verdict();
            }

            @Override
            public String visit(AnswerFact s) {
              return "answered " + s.kind() + " by " + name(s.stamp().by());
            }
          };
      return p.steps().stream()
          .map(s -> date(s.stamp().at()) + ": " + s.accept(line))
          .collect(Collectors.toList());
    }

    private void round(ProposalHistory p, DecisionFact decision) {
      Outcome outcome = decision.outcome();
      doc.para(
          "Round "
              + decision.round()
              + " (version "
              + decision.decision().version()
              + ", rule "
              + outcome.rule().method()
              + "): "
              + outcome.verdict()
              + (outcome.tie() ? ", tied" : "")
              + "; status "
              + decision.status()
              + ". "
              + outcome.explanation());
      List<List<String>> rows = new ArrayList<>();
      List<PositionFact> positions =
          history
              .round(decision.round())
              .map(r -> r.positionsOn(p.id()))
              .orElse(ImmutableList.of());
      for (PositionFact f : positions) {
        rows.add(
            List.of(
                name(f.position().actor()),
                f.position().stance().name(),
                f.position().reason().orElse("")));
      }
      doc.table(List.of("who", "position", "reason"), rows);
      List<String> tally = new ArrayList<>();
      outcome.tally().counts().forEach((stance, n) -> tally.add(stance + " " + n));
      doc.para(
          "Tally: "
              + String.join(", ", tally)
              + " of "
              + outcome.tally().eligible()
              + " eligible; share "
              + outcome.tally().share());
      List<List<String>> colleges = new ArrayList<>();
      outcome
          .tally()
          .colleges()
          .forEach(
              (college, t) ->
                  colleges.add(
                      List.of(
                          college.value(),
                          String.valueOf(t.weight()),
                          String.valueOf(t.eligible()),
                          t.counts().entrySet().stream()
                              .map(e -> e.getKey() + " " + e.getValue())
                              .collect(Collectors.joining(", ")),
                          t.share().toString())));
      doc.table(List.of("college", "weight", "eligible", "positions", "share"), colleges);
    }

    private void objections() {
      if (history.objections().isEmpty()) {
        doc.para("No reasoned objection was raised.");
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      for (ObjectionFact o : history.objections()) {
        PositionFact position = o.position();
        ProposalHistory p = history.proposal(position.proposal()).orElseThrow();
        String answer = answer(p);
        String treated =
            o.decision()
                    .map(d -> "round " + d.round() + ": " + d.verdict() + ", status " + d.status())
                    .orElse("round not closed")
                + (o.amendedAfter() ? "; the proposal was amended after it" : "")
                + (answer.isEmpty() ? "" : "; answer: " + answer);
        rows.add(
            List.of(
                p.current().title() + " (" + p.id().value() + ")",
                name(position.position().actor()),
                position.position().reason().orElse(""),
                treated));
      }
      doc.table(List.of("proposal", "raised by", "objection", "how it was treated"), rows);
    }

    private void outcomes() {
      doc.heading(3, "Objectives");
      List<List<String>> objectives = new ArrayList<>();
      history
          .objectives()
          .forEach(
              o -> objectives.add(List.of(o.id().value(), o.title(), ids(List.copyOf(o.from())))));
      doc.table(List.of("objective", "title", "from proposals"), objectives);
      doc.heading(3, "Actions");
      List<List<String>> actions = new ArrayList<>();
      history
          .actions()
          .forEach(
              a ->
                  actions.add(
                      List.of(
                          a.id().value(), a.objective().value(), a.title(), name(a.stamp().by()))));
      doc.table(List.of("action", "objective", "title", "launched by"), actions);
      doc.heading(3, "Commitments");
      List<List<String>> commitments = new ArrayList<>();
      history
          .commitments()
          .forEach(
              f -> {
                Commitment c = f.commitment();
                commitments.add(
                    List.of(
                        f.action().value(),
                        name(c.actor()),
                        String.format(
                            Locale.ROOT,
                            "%s %s (%s)",
                            c.resource().quantity().toPlainString(),
                            c.resource().kind().name().toLowerCase(Locale.ROOT),
                            c.resource().description())));
              });
      doc.table(List.of("action", "who", "brings"), commitments);
    }

    private void evaluation() {
      List<List<String>> rows = new ArrayList<>();
      history
          .indicators()
          .forEach(
              i ->
                  rows.add(
                      List.of(
                          i.id().value(),
                          i.action().value(),
                          i.name(),
                          i.unit(),
                          i.expected().toPlainString(),
                          i.observed()
                              .map(
                                  o ->
                                      o.value().toPlainString() + " (" + date(o.stamp().at()) + ")")
                              .orElse("not reported"))));
      doc.heading(3, "Indicators: expected and observed");
      doc.table(List.of("indicator", "action", "measures", "unit", "expected", "observed"), rows);
      doc.heading(3, "Criteria chosen by the participants, and ratings");
      List<List<String>> criteriaRows = new ArrayList<>();
      history
          .criteria()
          .forEach(
              c -> {
                List<Integer> scores =
                    history.ratings().stream()
                        .map(RatingFact::rating)
                        .filter(r -> r.criterion().equals(c.id()))
                        .map(r -> r.score())
                        .toList();
                String mean =
                    scores.isEmpty()
                        ? ""
                        : BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                            .divide(
                                BigDecimal.valueOf(scores.size()),
                                MEAN_DECIMALS,
                                RoundingMode.HALF_EVEN)
                            .toPlainString();
                criteriaRows.add(
                    List.of(c.id().value(), c.title(), String.valueOf(scores.size()), mean));
              });
      doc.table(List.of("criterion", "title", "ratings", "mean score (1 to 5)"), criteriaRows);
      List<String> comments = new ArrayList<>();
      for (RatingFact f : history.ratings()) {
        f.rating()
            .comment()
            .ifPresent(
                c ->
                    comments.add(
                        name(f.rating().actor())
                            + " on "
                            + f.rating().criterion().value()
                            + ": "
                            + c));
      }
      doc.bullets(comments);
      String ending = ending();
      if (!ending.isEmpty()) {
        doc.para(ending);
      }
    }
  }
}
