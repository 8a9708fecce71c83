package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;

/**
 * The public report of a process, from its events alone: timeline of phases; participants by kind
 * and college; the diagnosis and its stakes; every proposal with its history (versions, amendments,
 * merges, withdrawal), its positions and tallies per round and the project owner's reasoned answer;
 * the objections and how they were treated; objectives, actions and commitments; the evaluation;
 * and a diagram of the charter. Rendered as Markdown, or as one self-contained HTML page.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicReport {
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
    return new PublicReport(new Builder(title, charter, ImmutableList.copyOf(events)).build());
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

  private static String date(Instant at) {
    return at.toString().replace("T", " ").replace(":00Z", " UTC").replace("Z", " UTC");
  }

  /** One proposal's story, gathered from the events. */
  private static final class Story {
    final ProposalId id;
    final List<String> history = new ArrayList<>();
    final Map<Integer, List<Position>> positions = new TreeMap<>();
    final Map<Integer, RoundDecision> decisions = new TreeMap<>();
    ProposalContent content;
    List<ActorId> authors = List.of();
    String answer = "";

    Story(ProposalId id, ProposalContent content) {
      this.id = id;
      this.content = content;
    }
  }

  private static final class Builder implements Event.Visitor<Void> {
    private final Doc doc;
    private final Charter charter;
    private final ImmutableList<Event> events;
    private final Map<ActorId, String> names = new LinkedHashMap<>();
    private final List<List<String>> timeline = new ArrayList<>();
    private final List<List<String>> participants = new ArrayList<>();
    private final List<List<String>> stakes = new ArrayList<>();
    private final Map<String, Integer> stakeRows = new LinkedHashMap<>();
    private final List<List<String>> contributions = new ArrayList<>();
    private final Map<ProposalId, Story> stories = new LinkedHashMap<>();
    private final List<Objection> objections = new ArrayList<>();
    private final List<List<String>> objectives = new ArrayList<>();
    private final List<List<String>> actions = new ArrayList<>();
    private final List<List<String>> commitments = new ArrayList<>();
    private final Map<String, List<String>> indicators = new LinkedHashMap<>();
    private final Map<String, String> criteria = new LinkedHashMap<>();
    private final Map<String, List<Integer>> ratings = new LinkedHashMap<>();
    private final List<String> comments = new ArrayList<>();
    private String ending = "";

    private record Objection(int round, ProposalId proposal, Position position, Instant at) {}

    Builder(String title, Charter charter, ImmutableList<Event> events) {
      this.doc = new Doc(title);
      this.charter = charter;
      this.events = events;
    }

    private String name(ActorId id) {
      return names.getOrDefault(id, id.value());
    }

    private Story story(ProposalId id) {
      return stories.computeIfAbsent(
          id, p -> new Story(p, ProposalContent.of(p.value(), p.value())));
    }

    Doc build() {
      events.forEach(e -> e.accept(this));
      summary();
      doc.heading(2, "Timeline of phases");
      doc.table(List.of("when", "what", "by"), timeline);
      doc.heading(2, "Participants");
      participantsByKindAndCollege();
      doc.heading(2, "Diagnosis");
      doc.heading(3, "Stakes");
      doc.table(List.of("stake", "title", "identified by", "validated"), stakes);
      doc.heading(3, "Contributions");
      doc.table(List.of("when", "by", "contribution", "stakes"), contributions);
      doc.heading(2, "Proposals");
      stories.values().forEach(this::proposal);
      doc.heading(2, "Objections and how they were treated");
      objectionsSection();
      doc.heading(2, "Objectives, actions and commitments");
      doc.heading(3, "Objectives");
      doc.table(List.of("objective", "title", "from proposals"), objectives);
      doc.heading(3, "Actions");
      doc.table(List.of("action", "objective", "title", "launched by"), actions);
      doc.heading(3, "Commitments");
      doc.table(List.of("action", "who", "brings"), commitments);
      doc.heading(2, "Evaluation");
      evaluation();
      doc.heading(2, "The charter's phases");
      doc.para("The phases and transitions that the charter '" + charter.name() + "' allows.");
      doc.diagram(CharterDiagram.mermaid(charter));
      return doc;
    }

    private void summary() {
      List<String> lines = new ArrayList<>();
      lines.add("Charter: " + charter.name());
      if (!events.isEmpty()) {
        lines.add(
            "From "
                + date(events.get(0).at())
                + " to "
                + date(events.get(events.size() - 1).at())
                + ", "
                + events.size()
                + " events");
      }
      lines.add(
          names.size()
              + " participants, "
              + contributions.size()
              + " contributions, "
              + stories.size()
              + " proposals, "
              + objections.size()
              + " objections");
      if (!ending.isEmpty()) {
        lines.add(ending);
      }
      doc.para("This report is built from the process's events alone.");
      doc.bullets(lines);
    }

    private void participantsByKindAndCollege() {
      Map<String, List<List<String>>> byKind = new TreeMap<>();
      for (List<String> row : participants) {
        byKind.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row);
      }
      List<String> counts = new ArrayList<>();
      byKind.forEach((kind, rows) -> counts.add(kind + ": " + rows.size()));
      Map<String, Long> byCollege =
          participants.stream()
              .collect(Collectors.groupingBy(r -> r.get(2), TreeMap::new, Collectors.counting()));
      byCollege.forEach((college, n) -> counts.add("college " + college + ": " + n));
      doc.bullets(counts);
      doc.table(List.of("participant", "kind", "college", "role", "since"), participants);
    }

    private void proposal(Story s) {
      doc.heading(3, s.content.title() + " (" + s.id.value() + ")");
      doc.para(s.content.text());
      List<String> facts = new ArrayList<>();
      facts.add("Authors: " + s.authors.stream().map(this::name).collect(Collectors.joining(", ")));
      s.content.cost().ifPresent(c -> facts.add("Cost: " + c.toPlainString()));
      if (!s.content.stakes().isEmpty()) {
        facts.add(
            "Stakes: "
                + s.content.stakes().stream()
                    .map(st -> st.value())
                    .collect(Collectors.joining(", ")));
      }
      doc.bullets(facts);
      doc.para("History:");
      doc.bullets(s.history);
      for (Map.Entry<Integer, RoundDecision> round : s.decisions.entrySet()) {
        int number = round.getKey();
        RoundDecision decision = round.getValue();
        Outcome outcome = decision.outcome();
        doc.para(
            "Round "
                + number
                + " (version "
                + decision.version()
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
        for (Position p : s.positions.getOrDefault(number, List.of())) {
          rows.add(List.of(name(p.actor()), p.stance().name(), p.reason().orElse("")));
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
      doc.para("The project owner's answer: " + (s.answer.isEmpty() ? "none recorded." : s.answer));
    }

    private void objectionsSection() {
      if (objections.isEmpty()) {
        doc.para("No reasoned objection was raised.");
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      for (Objection o : objections) {
        Story s = story(o.proposal());
        RoundDecision decision = s.decisions.get(o.round());
        String treated =
            (decision == null
                    ? "round not closed"
                    : "round "
                        + o.round()
                        + ": "
                        + decision.outcome().verdict()
                        + ", status "
                        + decision.status())
                + (s.history.stream()
                        .anyMatch(h -> h.contains("amended") && h.compareTo(date(o.at())) > 0)
                    ? "; the proposal was amended after it"
                    : "")
                + (s.answer.isEmpty() ? "" : "; answer: " + s.answer);
        rows.add(
            List.of(
                s.content.title() + " (" + o.proposal().value() + ")",
                name(o.position().actor()),
                o.position().reason().orElse(""),
                treated));
      }
      doc.table(List.of("proposal", "raised by", "objection", "how it was treated"), rows);
    }

    private void evaluation() {
      List<List<String>> rows = new ArrayList<>();
      indicators.forEach((id, row) -> rows.add(row));
      doc.heading(3, "Indicators: expected and observed");
      doc.table(List.of("indicator", "action", "measures", "unit", "expected", "observed"), rows);
      doc.heading(3, "Criteria chosen by the participants, and ratings");
      List<List<String>> criteriaRows = new ArrayList<>();
      criteria.forEach(
          (id, title) -> {
            List<Integer> scores = ratings.getOrDefault(id, List.of());
            String mean =
                scores.isEmpty()
                    ? ""
                    : BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_EVEN)
                        .toPlainString();
            criteriaRows.add(List.of(id, title, String.valueOf(scores.size()), mean));
          });
      doc.table(List.of("criterion", "title", "ratings", "mean score (1 to 5)"), criteriaRows);
      doc.bullets(comments);
      if (!ending.isEmpty()) {
        doc.para(ending);
      }
    }

    // ------------------------------------------------------------ events

    @Override
    public Void visit(Event.ActorRegistered e) {
      names.put(e.actor().id(), e.actor().name());
      participants.add(
          List.of(
              e.actor().name(),
              e.actor().kind().name(),
              e.college().map(c -> c.value()).orElse("none"),
              e.role().name(),
              date(e.at())));
      return null;
    }

    @Override
    public Void visit(Event.PanelDrawn e) {
      timeline.add(
          List.of(
              date(e.at()),
              "college "
                  + e.college().value()
                  + ": "
                  + e.size()
                  + " members drawn by lot ("
                  + e.algorithm()
                  + ", seed "
                  + e.seed()
                  + ", pool "
                  + e.poolDigest()
                  + ", distribution "
                  + e.distributionDigest()
                  + ")",
              name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.CollegeRegistered e) {
      timeline.add(
          List.of(date(e.at()), "college " + e.college().name() + " registered", name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.PhaseAdvanced e) {
      timeline.add(List.of(date(e.at()), e.from() + " to " + e.to(), name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.PhaseReopened e) {
      timeline.add(
          List.of(
              date(e.at()),
              "reopened " + e.to() + " from " + e.from() + ": " + e.reason(),
              name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.ContributionMade e) {
      contributions.add(
          List.of(
              date(e.at()),
              name(e.by()),
              e.text(),
              e.stakes().stream().map(s -> s.value()).collect(Collectors.joining(", "))));
      return null;
    }

    @Override
    public Void visit(Event.StakeIdentified e) {
      stakeRows.put(e.stake().value(), stakes.size());
      stakes.add(new ArrayList<>(List.of(e.stake().value(), e.title(), name(e.by()), "no")));
      return null;
    }

    @Override
    public Void visit(Event.StakeValidated e) {
      Integer row = stakeRows.get(e.stake().value());
      if (row != null) {
        stakes.get(row).set(3, "yes, by " + name(e.by()) + " on " + date(e.at()));
      }
      return null;
    }

    @Override
    public Void visit(Event.ProposalSubmitted e) {
      Story s = story(e.proposal());
      s.content = e.content();
      s.authors = e.authors().asList();
      s.history.add(
          date(e.at()) + ": submitted (version 1) by " + name(e.authors().asList().get(0)));
      return null;
    }

    @Override
    public Void visit(Event.ProposalAmended e) {
      Story s = story(e.proposal());
      s.history.add(
          date(e.at())
              + ": amended by "
              + name(e.by())
              + " (version "
              + e.version()
              + ", '"
              + e.content().title()
              + "'): "
              + e.rationale());
      s.content = e.content();
      return null;
    }

    @Override
    public Void visit(Event.ProposalsMerged e) {
      Story s = story(e.result());
      s.content = e.content();
      s.authors = e.authors().asList();
      String sources = e.sources().stream().map(p -> p.value()).collect(Collectors.joining(", "));
      s.history.add(date(e.at()) + ": created by " + name(e.by()) + " merging " + sources);
      for (ProposalId source : e.sources()) {
        story(source)
            .history
            .add(date(e.at()) + ": merged into " + e.result().value() + " by " + name(e.by()));
      }
      return null;
    }

    @Override
    public Void visit(Event.ProposalWithdrawn e) {
      story(e.proposal())
          .history
          .add(date(e.at()) + ": withdrawn by " + name(e.by()) + ": " + e.reason());
      return null;
    }

    @Override
    public Void visit(Event.RoundOpened e) {
      timeline.add(
          List.of(
              date(e.at()),
              "round "
                  + e.round()
                  + " opened on "
                  + e.agenda().stream().map(p -> p.value()).collect(Collectors.joining(", "))
                  + " ("
                  + e.rule().method()
                  + ")",
              name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.PositionTaken e) {
      Story s = story(e.proposal());
      s.positions.computeIfAbsent(e.round(), r -> new ArrayList<>()).add(e.position());
      if (e.position().stance() == Stance.OBJECT) {
        objections.add(new Objection(e.round(), e.proposal(), e.position(), e.at()));
      }
      return null;
    }

    @Override
    public Void visit(Event.RoundClosed e) {
      timeline.add(List.of(date(e.at()), "round " + e.round() + " closed", name(e.by())));
      for (RoundDecision decision : e.decisions()) {
        Story s = story(decision.proposal());
        s.decisions.put(e.round(), decision);
        s.history.add(
            date(e.at()) + ": round " + e.round() + " decided " + decision.outcome().verdict());
      }
      return null;
    }

    @Override
    public Void visit(Event.ProposalAnswered e) {
      Story s = story(e.proposal());
      s.answer = e.answer() + " (" + date(e.at()) + "): " + e.reasoning();
      s.history.add(date(e.at()) + ": answered " + e.answer() + " by " + name(e.by()));
      return null;
    }

    @Override
    public Void visit(Event.ObjectiveAdopted e) {
      objectives.add(
          List.of(
              e.objective().value(),
              e.title(),
              e.from().stream().map(p -> p.value()).collect(Collectors.joining(", "))));
      return null;
    }

    @Override
    public Void visit(Event.ActionLaunched e) {
      actions.add(List.of(e.action().value(), e.objective().value(), e.title(), name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.CommitmentMade e) {
      Commitment c = e.commitment();
      commitments.add(
          List.of(
              e.action().value(),
              name(c.actor()),
              String.format(
                  Locale.ROOT,
                  "%s %s (%s)",
                  c.resource().quantity().toPlainString(),
                  c.resource().kind().name().toLowerCase(Locale.ROOT),
                  c.resource().description())));
      return null;
    }

    @Override
    public Void visit(Event.IndicatorDefined e) {
      indicators.put(
          e.indicator().value(),
          new ArrayList<>(
              List.of(
                  e.indicator().value(),
                  e.action().value(),
                  e.name(),
                  e.unit(),
                  e.expected().toPlainString(),
                  "not reported")));
      return null;
    }

    @Override
    public Void visit(Event.IndicatorReported e) {
      List<String> row = indicators.get(e.indicator().value());
      if (row != null) {
        row.set(5, e.observed().toPlainString() + " (" + date(e.at()) + ")");
      }
      return null;
    }

    @Override
    public Void visit(Event.CriterionDefined e) {
      criteria.put(e.criterion().value(), e.title());
      return null;
    }

    @Override
    public Void visit(Event.RatingGiven e) {
      ratings
          .computeIfAbsent(e.rating().criterion().value(), c -> new ArrayList<>())
          .add(e.rating().score());
      Optional<String> comment = e.rating().comment();
      comment.ifPresent(
          c ->
              comments.add(
                  name(e.rating().actor()) + " on " + e.rating().criterion().value() + ": " + c));
      return null;
    }

    @Override
    public Void visit(Event.ProcessClosed e) {
      ending = "Closed on " + date(e.at()) + " by " + name(e.by()) + ": " + e.summary();
      timeline.add(List.of(date(e.at()), "closed", name(e.by())));
      return null;
    }

    @Override
    public Void visit(Event.ProcessAbandoned e) {
      ending = "Abandoned on " + date(e.at()) + " by " + name(e.by()) + ": " + e.reason();
      timeline.add(List.of(date(e.at()), "abandoned", name(e.by())));
      return null;
    }
  }
}
