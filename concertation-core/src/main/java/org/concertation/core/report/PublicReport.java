package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
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
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.RoundOpening;
import org.concertation.core.history.VersionFact;
import org.concertation.core.history.WithdrawalFact;
import org.concertation.core.text.GroundsText;
import org.concertation.core.text.Texts;

/**
 * The public report of a process, from its events alone: timeline of phases; participants by kind
 * and college; the diagnosis and its stakes; every proposal with its history (versions, amendments,
 * merges, withdrawal), its positions and tallies per round and the project owner's reasoned answer;
 * each ballot round explained as its rule counted it (rule and parameters, turnout, quorum,
 * outcome, pairwise matrix, elimination rounds, grades, funding and spending); the objections and
 * how they were treated; objectives, actions and commitments; the evaluation; and a diagram of the
 * charter. Rendered as Markdown (the diagram as Mermaid source), or as one self-contained HTML page
 * (the diagram drawn in SVG), in English or French ({@link Texts}): dates in the zone the texts
 * name, numbers and money in their language, money in the charter's currency when it has one.
 *
 * <p>The report reads the process through its {@link ProcessHistory} and only renders its facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicReport {
  /** The texts of the report by default: English, dates in UTC. */
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  /** Mean ratings are shown with two decimals. */
  private static final int MEAN_DECIMALS = 2;

  private final Doc doc;

  private PublicReport(Doc doc) {
    this.doc = doc;
  }

  /**
   * The report of a process, in English with dates in UTC.
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
   * The report of a process read once into its history, in English with dates in UTC.
   *
   * @param title the report's title
   * @param history the process's history
   * @return the report
   */
  public static PublicReport of(String title, ProcessHistory history) {
    return of(title, history, ENGLISH);
  }

  /**
   * The report of a process read once into its history, in a language and time zone: {@code
   * PublicReport.of(title, history, Texts.of(Locale.FRENCH, ZoneId.of("Europe/Paris")))}.
   *
   * @param title the report's title
   * @param history the process's history
   * @param texts the language and time zone
   * @return the report
   */
  public static PublicReport of(String title, ProcessHistory history, Texts texts) {
    checkNotNull(title, "title must not be null");
    checkNotNull(history, "history must not be null");
    checkNotNull(texts, "texts must not be null");
    return new PublicReport(new Renderer(title, history, texts).render());
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
   * The report as one HTML page, with its style inline and the charter's diagram drawn in SVG,
   * readable in a browser without scripts and printable.
   *
   * @return the page
   */
  public String html() {
    return doc.html();
  }

  /** An instant in UTC, to the minute, or to the second and its fraction when it has them. */
  static String date(Instant at) {
    return ENGLISH.date(at);
  }

  /** Renders the facts of a history into the report's blocks. */
  private static final class Renderer {
    private final Doc doc;
    private final ProcessHistory history;
    private final Charter charter;
    private final Texts t;
    private final BallotSection ballots;
    private final ActorLabel actors;

    Renderer(String title, ProcessHistory history, Texts texts) {
      this.doc = new Doc(title, texts.locale());
      this.history = history;
      this.charter = history.charter();
      this.t = texts;
      this.ballots = new BallotSection(doc, texts, charter);
      this.actors = ActorLabel.of(history, texts);
    }

    /** An actor, as it consented to be shown: every actor of the report is shown here. */
    private String name(ActorId id) {
      return actors.name(id);
    }

    // personal: the one place where a personal value is rendered
    /** A personal value as the report shows it: its text, or a mark where it was erased. */
    private String personal(PersonalText value) {
      return value.orElse(t.text("report.erased"));
    }

    private String date(Instant at) {
      return t.date(at);
    }

    private String ids(List<ProposalId> ids) {
      return t.list(ids.stream().map(ProposalId::value).toList());
    }

    private String stakes(Iterable<StakeId> stakes) {
      List<String> values = new ArrayList<>();
      stakes.forEach(s -> values.add(s.value()));
      return t.list(values);
    }

    private List<String> columns(String... keys) {
      return Arrays.stream(keys).map(k -> t.text("report.column." + k)).toList();
    }

    Doc render() {
      summary();
      doc.heading(2, t.text("report.heading.timeline"));
      timeline();
      doc.heading(2, t.text("report.heading.participants"));
      participants();
      doc.heading(2, t.text("report.heading.diagnosis"));
      doc.heading(3, t.text("report.heading.stakes"));
      stakesTable();
      doc.heading(3, t.text("report.heading.contributions"));
      contributions();
      doc.heading(2, t.text("report.heading.proposals"));
      history.proposals().forEach(this::proposal);
      if (!history.ballotRounds().isEmpty()) {
        ballots.render(history.ballotRounds());
      }
      secretRounds(); // secret
      // exante: the evaluation that looks ahead, when the process had one
      ProspectiveSection.render(doc, t, history, actors);
      doc.heading(2, t.text("report.heading.objections"));
      objections();
      doc.heading(2, t.text("report.heading.outcomes"));
      outcomes();
      doc.heading(2, t.text("report.heading.evaluation"));
      evaluation();
      new MeansSection(doc, t, history, actors).render(); // means: expected effects, deliveries
      doc.heading(2, t.text("report.heading.charter"));
      doc.para(t.text("report.charter.intro", charter.name()));
      doc.diagram(CharterDiagram.mermaid(charter, t), CharterDiagram.svg(charter, t));
      return doc;
    }

    private String ending() {
      return history
          .ending()
          .map(
              end ->
                  t.text(
                      end.kind() == PhaseChange.Kind.CLOSED
                          ? "report.ending.closed"
                          : "report.ending.abandoned",
                      date(end.stamp().at()),
                      name(end.stamp().by()),
                      personal(end.statement())))
          .orElse("");
    }

    private void summary() {
      List<String> lines = new ArrayList<>();
      lines.add(t.text("report.summary.charter", charter.name()));
      if (history.size() > 0) {
        lines.add(
            t.text(
                "report.summary.span",
                date(history.firstAt().orElseThrow()),
                date(history.lastAt().orElseThrow()),
                history.size()));
      }
      lines.add(
          t.text(
              "report.summary.counts",
              history.participants().stream().map(ParticipantFact::id).distinct().count(),
              history.contributions().size(),
              history.proposals().size(),
              history.objections().size()));
      String ending = ending();
      if (!ending.isEmpty()) {
        lines.add(ending);
      }
      doc.para(t.text("report.intro"));
      doc.bullets(lines);
    }

    private void timeline() {
      List<List<String>> rows = new ArrayList<>();
      Milestone.Visitor<String> what =
          new Milestone.Visitor<>() {
            @Override
            public String visit(CollegeFact m) {
              return t.text("report.timeline.college", m.college().name());
            }

            @Override
            public String visit(PanelDrawFact m) {
              PanelDrawRecord draw = m.draw();
              return t.text(
                  "report.timeline.panel",
                  m.college().value(),
                  draw.size(),
                  draw.algorithm(),
                  String.valueOf(draw.seed()),
                  draw.poolDigest(),
                  draw.distributionDigest());
            }

            @Override
            public String visit(PhaseChange m) {
              switch (m.kind()) {
                case ADVANCED:
                  return t.text("report.timeline.advanced", t.label(m.from()), t.label(m.to()));
                case REOPENED:
                  return t.text(
                      "report.timeline.reopened",
                      t.label(m.to()),
                      t.label(m.from()),
                      personal(m.statement()));
                case CLOSED:
                  return t.text("report.timeline.closed");
                case ABANDONED:
                  return t.text("report.timeline.abandoned");
              }
              throw new AssertionError("Unknown phase change " + m.kind());
            }

            @Override
            public String visit(RoundOpening m) {
              if (m.ballotRule().isPresent()) {
                return t.text(
                    "report.timeline.round.opened.ballot",
                    m.round(),
                    ids(m.agenda()),
                    BallotSection.ruleName(t, m.ballotRule().get().label()));
              }
              return t.text(
                  "report.timeline.round.opened",
                  m.round(),
                  ids(m.agenda()),
                  t.label(m.rule().method()));
            }

            @Override
            public String visit(RoundClosing m) {
              return t.text("report.timeline.round.closed", m.round());
            }
          };
      for (Milestone m : history.timeline()) {
        rows.add(List.of(date(m.stamp().at()), m.accept(what), name(m.stamp().by())));
      }
      doc.table(columns("when", "what", "by"), rows);
    }

    private void participants() {
      List<List<String>> rows = new ArrayList<>();
      Map<ActorKind, Integer> byKind = new TreeMap<>();
      Map<String, Integer> byCollege = new TreeMap<>();
      String none = t.text("report.participants.no.college");
      for (ParticipantFact p : history.participants()) {
        ActorKind kind = p.actor().kind();
        String college = p.college().map(c -> c.value()).orElse(none);
        byKind.merge(kind, 1, Integer::sum);
        byCollege.merge(college, 1, Integer::sum);
        rows.add(
            List.of(
                name(p.id()), t.kind(kind), college, t.label(p.role()), date(p.registered().at())));
      }
      List<String> counts = new ArrayList<>();
      byKind.forEach((kind, n) -> counts.add(t.text("report.participants.kind", t.kind(kind), n)));
      byCollege.forEach(
          (college, n) -> counts.add(t.text("report.participants.college", college, n)));
      doc.bullets(counts);
      doc.table(columns("participant", "kind", "college", "role", "since"), rows);
      departures();
    }

    // who left the process, shown as she consented to be shown
    private void departures() {
      List<String> lines = new ArrayList<>();
      for (ParticipantFact p : history.departures()) {
        lines.add(
            t.text("report.participants.left", name(p.id()), date(p.left().orElseThrow().at())));
      }
      if (!lines.isEmpty()) {
        doc.para(t.text("report.participants.left.intro", lines.size()));
        doc.bullets(lines);
      }
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
                              .map(
                                  v -> t.text("report.stake.validated", name(v.by()), date(v.at())))
                              .orElse(t.text("report.stake.not.validated")))));
      doc.table(columns("stake", "title", "identified", "validated"), rows);
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
                          personal(c.text()),
                          stakes(c.stakes()))));
      doc.table(columns("when", "by", "contribution", "stakes"), rows);
    }

    private String answer(ProposalHistory p) {
      return p.answer()
          .map(
              a ->
                  t.text(
                      "report.answer",
                      t.label(a.kind()),
                      date(a.stamp().at()),
                      personal(a.reasoning())))
          .orElse("");
    }

    private void proposal(ProposalHistory p) {
      ProposalContent content = p.current();
      doc.heading(3, t.text("report.proposal.heading", personal(content.title()), p.id().value()));
      doc.para(personal(content.text()));
      List<String> facts = new ArrayList<>();
      facts.add(
          t.text(
              "report.proposal.authors",
              p.authors().size(),
              t.list(p.authors().stream().map(this::name).toList())));
      content
          .cost()
          .ifPresent(
              c -> facts.add(t.text("report.proposal.cost", t.money(c, charter.currency()))));
      if (!content.stakes().isEmpty()) {
        facts.add(t.text("report.proposal.stakes", stakes(content.stakes())));
      }
      doc.bullets(facts);
      doc.para(t.text("report.proposal.history"));
      doc.bullets(steps(p));
      for (DecisionFact decision : p.decisions()) {
        if (decision.byBallot()) {
          doc.para(ballots.decision(decision, history.round(decision.round()).orElseThrow()));
        } else {
          round(p, decision);
        }
      }
      String answer = answer(p);
      doc.para(
          answer.isEmpty()
              ? t.text("report.proposal.no.answer")
              : t.text("report.proposal.answer", answer));
    }

    private List<String> steps(ProposalHistory p) {
      ProposalStep.Visitor<String> line =
          new ProposalStep.Visitor<>() {
            @Override
            public String visit(VersionFact s) {
              return s.isAmendment()
                  ? t.text(
                      "report.step.amended",
                      name(s.stamp().by()),
                      s.number(),
                      personal(s.content().title()),
                      personal(s.rationale().orElseThrow()))
                  : t.text("report.step.submitted", s.number(), name(s.stamp().by()));
            }

            @Override
            public String visit(MergeFact s) {
              return s.result().equals(p.id())
                  ? t.text("report.step.created", name(s.stamp().by()), ids(s.sources()))
                  : t.text("report.step.merged", s.result().value(), name(s.stamp().by()));
            }

            @Override
            public String visit(WithdrawalFact s) {
              return t.text("report.step.withdrawn", name(s.stamp().by()), personal(s.reason()));
            }

            @Override
            public String visit(DecisionFact s) {
              return t.text("report.step.decided", s.round(), t.label(s.verdict()));
            }

            @Override
            public String visit(AnswerFact s) {
              return t.text("report.step.answered", t.label(s.kind()), name(s.stamp().by()));
            }
          };
      return p.steps().stream()
          .map(s -> t.text("report.step", date(s.stamp().at()), s.accept(line)))
          .collect(Collectors.toList());
    }

    private String counts(Map<Stance, Integer> counts) {
      List<String> items = new ArrayList<>();
      counts.forEach((stance, n) -> items.add(t.text("report.tally.count", t.label(stance), n)));
      return t.list(items);
    }

    /**
     * How a decision's explanation shows an objector: in English by her identity in quotes, as the
     * report always did; in French by the name or label the public record shows her by.
     */
    private Function<ActorId, String> objector() {
      return t.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())
          ? actors::reference
          : actors::name;
    }

    private void round(ProposalHistory p, DecisionFact decision) {
      Outcome outcome = decision.outcome();
      doc.para(
          t.text(
              "report.round",
              decision.round(),
              decision.decision().version(),
              t.label(outcome.rule().method()),
              t.label(outcome.verdict()),
              outcome.tie() ? 1 : 0,
              t.label(decision.status()),
              GroundsText.explanation(outcome, t, objector())));
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
                t.label(f.position().stance()),
                f.position().reason().map(this::personal).orElse("")));
      }
      if (!history.round(decision.round()).map(RoundFact::secret).orElse(false)) {
        doc.table(columns("who", "position", "reason"), rows); // secret: no stance beside a voter
      }
      doc.para(
          t.text(
              "report.tally",
              counts(outcome.tally().counts()),
              outcome.tally().eligible(),
              outcome.tally().share().toString()));
      List<List<String>> colleges = new ArrayList<>();
      outcome
          .tally()
          .colleges()
          .forEach(
              (college, tally) ->
                  colleges.add(
                      List.of(
                          college.value(),
                          String.valueOf(tally.weight()),
                          t.count(tally.eligible()),
                          counts(tally.counts()),
                          tally.share().toString())));
      doc.table(columns("college", "weight", "eligible", "positions", "share"), colleges);
    }

    // secret: what the public record shows of a secret round: its tallies (above) and who took part

    private void secretRounds() {
      List<RoundFact> secret = history.rounds().stream().filter(RoundFact::secret).toList();
      if (secret.isEmpty()) {
        return;
      }
      doc.heading(2, t.text("report.heading.secret"));
      doc.para(t.text("report.secret.intro"));
      List<String> lines = new ArrayList<>();
      for (RoundFact round : secret) {
        lines.add(
            round.closing().isEmpty()
                ? t.text("report.secret.open", round.number())
                : t.text(
                    "report.secret.round",
                    round.number(),
                    round.participants().size(),
                    t.list(round.participants().stream().map(this::name).toList())));
      }
      doc.bullets(lines);
    }

    private void objections() {
      if (history.objections().isEmpty()) {
        doc.para(t.text("report.objections.none"));
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      for (ObjectionFact o : history.objections()) {
        PositionFact position = o.position();
        ProposalHistory p = history.proposal(position.proposal()).orElseThrow();
        String answer = answer(p);
        String treated =
            o.decision()
                    .map(
                        d ->
                            t.text(
                                "report.objection.decided",
                                d.round(),
                                t.label(d.verdict()),
                                t.label(d.status())))
                    .orElse(t.text("report.objection.open"))
                + (o.amendedAfter() ? t.text("report.objection.amended") : "")
                + (answer.isEmpty() ? "" : t.text("report.objection.answer", answer));
        rows.add(
            List.of(
                t.text("report.proposal.heading", personal(p.current().title()), p.id().value()),
                name(position.position().actor()),
                position.position().reason().map(this::personal).orElse(""),
                treated));
      }
      doc.table(columns("proposal", "raised", "objection", "treated"), rows);
    }

    private String brings(Resource resource) {
      // money in the charter's currency says its unit itself
      if (resource.kind() == ResourceKind.MONEY && charter.currency().isPresent()) {
        return t.text(
            "report.commitment.money",
            t.money(resource.quantity(), charter.currency()),
            resource.description());
      }
      return t.text(
          "report.commitment",
          t.number(resource.quantity()),
          t.label(resource.kind()),
          resource.description());
    }

    private void outcomes() {
      doc.heading(3, t.text("report.heading.objectives"));
      List<List<String>> objectives = new ArrayList<>();
      history
          .objectives()
          .forEach(
              o -> objectives.add(List.of(o.id().value(), o.title(), ids(List.copyOf(o.from())))));
      doc.table(columns("objective", "title", "from"), objectives);
      doc.heading(3, t.text("report.heading.actions"));
      List<List<String>> actions = new ArrayList<>();
      history
          .actions()
          .forEach(
              a ->
                  actions.add(
                      List.of(
                          a.id().value(), a.objective().value(), a.title(), name(a.stamp().by()))));
      doc.table(columns("action", "objective", "title", "launched"), actions);
      doc.heading(3, t.text("report.heading.commitments"));
      List<List<String>> commitments = new ArrayList<>();
      history
          .commitments()
          .forEach(
              f -> {
                Commitment c = f.commitment();
                commitments.add(List.of(f.action().value(), name(c.actor()), brings(c.resource())));
              });
      doc.table(columns("action", "who", "brings"), commitments);
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
                          t.number(i.expected()),
                          i.observed()
                              .map(
                                  o ->
                                      t.text(
                                          "report.indicator.observed",
                                          t.number(o.value()),
                                          date(o.stamp().at())))
                              .orElse(t.text("report.indicator.not.reported")))));
      doc.heading(3, t.text("report.heading.indicators"));
      doc.table(columns("indicator", "action", "measures", "unit", "expected", "observed"), rows);
      doc.heading(3, t.text("report.heading.criteria"));
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
                        : t.number(
                            BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                                .divide(
                                    BigDecimal.valueOf(scores.size()),
                                    MEAN_DECIMALS,
                                    RoundingMode.HALF_EVEN));
                criteriaRows.add(List.of(c.id().value(), c.title(), t.count(scores.size()), mean));
              });
      doc.table(columns("criterion", "title", "ratings", "mean"), criteriaRows);
      List<String> comments = new ArrayList<>();
      for (RatingFact f : history.ratings()) {
        f.rating()
            .comment()
            .ifPresent(
                c ->
                    comments.add(
                        t.text(
                            "report.comment",
                            name(f.rating().actor()),
                            f.rating().criterion().value(),
                            personal(c))));
      }
      doc.bullets(comments);
      String ending = ending();
      if (!ending.isEmpty()) {
        doc.para(ending);
      }
    }
  }
}
