package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.event.Event;
import org.concertation.core.history.CollegeFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.process.ProcessState;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Read-only questions about a finished run, answered from its {@link ProcessHistory}, the one read
 * model of a process. Every list comes in the order of the events, so that the account is the same
 * on every run.
 */
final class RunView {
  private final @Nullable DemoRun run;
  private final ProcessState state;
  private final ImmutableList<Event> events;
  private final ProcessHistory history;

  private final Texts texts;

  RunView(DemoRun run) {
    this(run, texts(Locale.ENGLISH, ZoneOffset.UTC));
  }

  RunView(DemoRun run, Texts texts) {
    this(run, run.events(), run.state(), texts);
  }

  /** A view of a run under a charter of no logic, such as the participatory budget. */
  RunView(List<Event> events, ProcessState state, Texts texts) {
    this(null, events, state, texts);
  }

  private RunView(@Nullable DemoRun run, List<Event> events, ProcessState state, Texts texts) {
    this.run = run;
    this.state = state;
    this.events = ImmutableList.copyOf(events);
    this.history = ProcessHistory.of(state.charter(), events);
    this.texts = texts;
  }

  /** The account's texts in a language and zone: the demo's bundle, then the library's. */
  static Texts texts(Locale language, ZoneId zone) {
    return Texts.of(language, zone).with(RunView.class, "messages");
  }

  Texts texts() {
    return texts;
  }

  /** A message of the account's bundle. */
  String text(String key, Object... arguments) {
    return texts.text(key, arguments);
  }

  /** A date, in the account's zone. */
  String date(Instant instant) {
    return DateTimeFormatter.ofPattern(texts.pattern("demo.format.date"), texts.locale())
        .withZone(texts.zone())
        .format(instant);
  }

  /** A calendar date, such as a horizon, in the account's pattern. */
  String day(LocalDate date) {
    return DateTimeFormatter.ofPattern(texts.pattern("demo.format.date"), texts.locale())
        .format(date);
  }

  /** A number with grouped digits and up to two decimals, in the account's language. */
  String number(BigDecimal value) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(texts.locale()))
        .format(value);
  }

  /**
   * An enum constant in lower-case words: its label, {@code PROJECT_OWNER} as {@code project
   * owner}.
   */
  String words(Enum<?> constant) {
    return texts.label(constant).toLowerCase(texts.locale()).replace('_', ' ');
  }

  /** An actor kind as the account names it. */
  String kindName(ActorKind kind) {
    return texts.kind(kind);
  }

  /** Values joined as the account lists them. */
  String list(Collection<?> items) {
    return texts.list(items.stream().map(String::valueOf).toList());
  }

  /** The run of a logic; a view of another charter has none. */
  DemoRun run() {
    checkState(run != null, "This run follows the charter '%s', not a logic", charter().name());
    return run;
  }

  /** Every event of the run, in order. */
  ImmutableList<Event> events() {
    return events;
  }

  /** The state after the last event. */
  ProcessState state() {
    return state;
  }

  /**
   * A college as the account names it: its word in the account's bundle ({@code
   * demo.college.name.ID}) for the ready-made charters' colleges, else the name it was registered
   * with, else its id.
   */
  String college(CollegeId id) {
    String key = "demo.college.name." + id.value();
    if (texts.has(key)) {
      return text(key);
    }
    return history.colleges().stream()
        .map(CollegeFact::college)
        .filter(c -> c.id().equals(id))
        .map(College::name)
        .findFirst()
        .orElse(id.value());
  }

  ProcessHistory history() {
    return history;
  }

  Charter charter() {
    return history.charter();
  }

  ParticipantFact member(ActorId actor) {
    return history
        .participant(actor)
        .orElseThrow(() -> new IllegalStateException("Unknown actor " + actor));
  }

  String name(ActorId actor) {
    return personal(member(actor).actor().name());
  }

  /** A personal value as the account shows it: its text, or a mark where it was erased. */
  String personal(PersonalText value) {
    return value.orElse(text("demo.erased"));
  }

  ActorKind kind(ActorId actor) {
    return member(actor).actor().kind();
  }

  /** The distinct kinds of these actors, in alphabetical order, comma-separated. */
  String kinds(Collection<ActorId> actors) {
    return texts.list(kindSet(actors).stream().map(texts::kind).toList());
  }

  ImmutableSortedSet<ActorKind> kindSet(Collection<ActorId> actors) {
    return actors.stream()
        .map(this::kind)
        .collect(ImmutableSortedSet.toImmutableSortedSet(ActorKind::compareTo));
  }

  /** Names, comma-separated, in the given order. */
  String names(Collection<ActorId> actors) {
    return texts.list(actors.stream().map(this::name).toList());
  }

  /** Every proposal, in the order it appeared: submitted or made by a merge. */
  ImmutableList<ProposalHistory> proposals() {
    return history.proposals();
  }

  /** Whether an inhabitant or an association is among the proposal's authors. */
  boolean bottomUp(ProposalHistory proposal) {
    return proposal.authors().stream()
        .map(this::kind)
        .anyMatch(kind -> kind.equals(ActorKind.INHABITANT) || kind.equals(ActorKind.ASSOCIATION));
  }

  /** A decision rule in words. */
  String describe(DecisionRule rule) {
    StringBuilder out =
        new StringBuilder(
            text(
                "demo.rule",
                text("demo.method." + rule.method().name()),
                String.valueOf(rule.threshold())));
    out.append(text(rule.objectionsBlock() ? "demo.rule.block" : "demo.rule.no.block"));
    if (rule.quorum().overall().numerator() > 0 || rule.quorum().perCollege().numerator() > 0) {
      out.append(
          text(
              "demo.rule.quorum",
              rule.quorum().overall().toString(),
              rule.quorum().perCollege().toString()));
    }
    out.append(
        text(rule.tieBreak() == TieBreak.CARRY_OVER ? "demo.rule.carry" : "demo.rule.status.quo"));
    return out.toString();
  }
}
