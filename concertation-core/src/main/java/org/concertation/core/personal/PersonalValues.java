package org.concertation.core.personal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Tally;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;

/**
 * The personal values of each event, where they stand and whose they are: the one list of what is
 * personal ({@link PersonalText} says why these and not others).
 *
 * <table>
 *   <caption>The personal values of the events</caption>
 *   <tr><th>event</th><th>field</th><th>whose</th></tr>
 *   <tr><td>ActorRegistered</td><td>{@code actor.name}</td><td>the actor registered</td></tr>
 *   <tr><td>PhaseReopened, DeadlineSet</td><td>{@code reason}</td><td>{@code by}</td></tr>
 *   <tr><td>ContributionMade</td><td>{@code text}</td><td>{@code by}</td></tr>
 *   <tr><td>ProposalSubmitted</td><td>{@code content.title}, {@code content.text}</td>
 *       <td>the first author, who submitted it</td></tr>
 *   <tr><td>ProposalAmended</td><td>{@code content.title}, {@code content.text},
 *       {@code rationale}</td><td>{@code by}</td></tr>
 *   <tr><td>ProposalsMerged</td><td>{@code content.title}, {@code content.text}</td>
 *       <td>{@code by}</td></tr>
 *   <tr><td>ProposalWithdrawn</td><td>{@code reason}</td><td>{@code by}</td></tr>
 *   <tr><td>PositionTaken</td><td>{@code position.reason}</td><td>the position's actor</td></tr>
 *   <tr><td>RoundClosed</td><td>{@code decisions[i].outcome.tally.objections[j].reason}</td>
 *       <td>the objection's actor: the copy of her reason that the tally keeps</td></tr>
 *   <tr><td>ProposalAnswered</td><td>{@code reasoning}</td><td>{@code by}</td></tr>
 *   <tr><td>RatingGiven</td><td>{@code rating.comment}</td><td>the rating's actor</td></tr>
 *   <tr><td>ProcessClosed</td><td>{@code summary}</td><td>{@code by}</td></tr>
 *   <tr><td>ProcessAbandoned</td><td>{@code reason}</td><td>{@code by}</td></tr>
 *   <tr><td>RoundOpened (secret round)</td><td>{@code key}</td>
 *       <td>no actor: {@link RoundKeys#KEY_OWNER}, erased when the round closes</td></tr>
 *   <tr><td>SecretPositionTaken</td><td>{@code position.reason}</td>
 *       <td>the voter's pseudonym in the round</td></tr>
 *   <tr><td>DeliveryRecorded</td><td>{@code note}</td><td>{@code by}, the carrier</td></tr>
 * </table>
 *
 * <p>The fields are named by their keys in the JSON mapping, from the event's object. A text
 * belongs to the actor who wrote it: erasing a co-author of a proposal leaves its text, which the
 * submitter wrote.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonalValues {
  private PersonalValues() {}

  /**
   * One personal value of an event.
   *
   * @param field where it stands in the event, by its JSON keys: {@code actor.name}
   * @param actor whose it is
   * @param value the value
   */
  public record Value(String field, ActorId actor, PersonalText value) {
    /**
     * Validates the value.
     *
     * @param field where it stands
     * @param actor whose it is
     * @param value the value
     */
    public Value {
      checkNotNull(field, "field must not be null");
      checkNotNull(actor, "actor must not be null");
      checkNotNull(value, "value must not be null");
    }
  }

  /**
   * The personal values of an event, in the order of the JSON mapping.
   *
   * @param event the event
   * @return its personal values; empty for an event that holds none
   */
  public static ImmutableList<Value> of(Event event) {
    List<Value> values = new ArrayList<>();
    Event unused =
        map(
            event,
            v -> {
              values.add(v);
              return v.value();
            });
    return ImmutableList.copyOf(values);
  }

  /**
   * The event with each personal value replaced: by its sealed form, by its erased form...
   *
   * @param event the event
   * @param change the new value of each personal value
   * @return the event, the same instance when it holds no personal value
   */
  public static Event map(Event event, Function<Value, PersonalText> change) {
    checkNotNull(event, "event must not be null");
    checkNotNull(change, "change must not be null");
    return event.accept(new Mapper(change));
  }

  /**
   * Whether two events are the same but for their personal values (present or erased, whatever
   * their salts): how the sense of a stored history is checked, since a text and its copies are
   * sealed apart and erased together.
   *
   * @param a an event
   * @param b another
   * @return true when they differ at most in their personal values
   */
  public static boolean sameButPersonal(Event a, Event b) {
    return a.equals(b) || blank(a).equals(blank(b));
  }

  private static final PersonalText BLANK = PersonalText.erased("0".repeat(64));

  private static Event blank(Event event) {
    return map(event, v -> BLANK);
  }

  /**
   * The event with every present value that has no salt yet sealed with a new one.
   *
   * @param event the event
   * @param salts where the salts come from
   * @return the sealed event
   */
  public static Event seal(Event event, Salts salts) {
    checkNotNull(salts, "salts must not be null");
    return map(event, v -> v.value().withSalt(salts.next()));
  }

  /**
   * The event as the hash chain holds it: every personal value by its digest alone.
   *
   * @param sealed the event, its present values sealed ({@link #seal(Event, Salts)})
   * @return the event with every value erased
   * @throws IllegalStateException if a present value was never sealed
   */
  public static Event digests(Event sealed) {
    return map(sealed, v -> v.value().erase());
  }

  /**
   * The event with one actor's values erased, the others unchanged.
   *
   * @param sealed the event, its present values sealed
   * @param actor the actor
   * @return the event
   * @throws IllegalStateException if a present value of the actor was never sealed
   */
  public static Event erase(Event sealed, ActorId actor) {
    checkNotNull(actor, "actor must not be null");
    return map(sealed, v -> v.actor().equals(actor) ? v.value().erase() : v.value());
  }

  /**
   * The erasable part of one stored event: each present value with its salt.
   *
   * @param version the event's version in its stream
   * @param sealed the event, its present values sealed
   * @return one entry per present value
   */
  public static ImmutableList<PersonalEntry> entries(long version, Event sealed) {
    ImmutableList.Builder<PersonalEntry> entries = ImmutableList.builder();
    for (Value v : of(sealed)) {
      if (!v.value().isErased()) {
        entries.add(
            new PersonalEntry(
                version,
                v.field(),
                v.actor(),
                v.value().salt().orElseThrow(),
                v.value().orElseThrow()));
      }
    }
    return entries.build();
  }

  /**
   * Joins an event as the chain holds it (digests) with its erasable part: each value whose entry
   * is there becomes present again, sealed with its salt; a value without its entry stays erased.
   *
   * @param version the event's version
   * @param digests the event, every personal value by its digest
   * @param entries the erasable part of the stream, by {@link PersonalEntry#key()}
   * @return the joined event
   * @throws PersonalPartException if an entry belongs to another actor or its salt and text do not
   *     give the digest that the chain holds
   */
  public static Event join(
      long version, Event digests, java.util.Map<String, PersonalEntry> entries) {
    checkNotNull(entries, "entries must not be null");
    return map(
        digests,
        v -> {
          PersonalEntry entry = entries.get(PersonalEntry.key(version, v.field()));
          if (entry == null) {
            return v.value();
          }
          if (!entry.actor().equals(v.actor())) {
            throw new PersonalPartException(
                version,
                v.field(),
                "it belongs to '"
                    + v.actor().value()
                    + "', not to '"
                    + entry.actor().value()
                    + "'");
          }
          PersonalText sealed = PersonalText.sealed(entry.text(), entry.salt());
          if (!sealed.digest().equals(v.value().digest())) {
            throw new PersonalPartException(
                version, v.field(), "its salt and text do not give the digest the chain holds");
          }
          return sealed;
        });
  }

  private static final class Mapper extends Unchanged {
    private final Function<Value, PersonalText> change;

    Mapper(Function<Value, PersonalText> change) {
      this.change = change;
    }

    private PersonalText at(String field, ActorId actor, PersonalText value) {
      return checkNotNull(change.apply(new Value(field, actor, value)), "changed %s", field);
    }

    private Optional<PersonalText> at(String field, ActorId actor, Optional<PersonalText> value) {
      return value.map(v -> at(field, actor, v));
    }

    private ProposalContent content(ActorId actor, ProposalContent content) {
      return content.withTexts(
          at("content.title", actor, content.title()), at("content.text", actor, content.text()));
    }

    @Override
    public Event visit(Event.ActorRegistered e) {
      Actor actor = e.actor();
      return new Event.ActorRegistered(
          e.at(),
          e.by(),
          actor.withName(at("actor.name", actor.id(), actor.name())),
          e.role(),
          e.college());
    }

    @Override
    public Event visit(Event.PhaseReopened e) {
      return new Event.PhaseReopened(
          e.at(), e.by(), e.from(), e.to(), at("reason", e.by(), e.reason()));
    }

    @Override
    public Event visit(Event.DeadlineSet e) {
      return new Event.DeadlineSet(
          e.at(), e.by(), e.target(), e.previous(), e.deadline(), at("reason", e.by(), e.reason()));
    }

    @Override
    public Event visit(Event.ContributionMade e) {
      return new Event.ContributionMade(e.at(), e.by(), at("text", e.by(), e.text()), e.stakes());
    }

    @Override
    public Event visit(Event.ProposalSubmitted e) {
      ActorId submitter = e.authors().iterator().next();
      return new Event.ProposalSubmitted(
          e.at(), e.proposal(), e.authors(), content(submitter, e.content()));
    }

    @Override
    public Event visit(Event.ProposalAmended e) {
      return new Event.ProposalAmended(
          e.at(),
          e.by(),
          e.proposal(),
          e.version(),
          content(e.by(), e.content()),
          at("rationale", e.by(), e.rationale()));
    }

    @Override
    public Event visit(Event.ProposalsMerged e) {
      return new Event.ProposalsMerged(
          e.at(), e.by(), e.result(), e.sources(), e.authors(), content(e.by(), e.content()));
    }

    @Override
    public Event visit(Event.ProposalWithdrawn e) {
      return new Event.ProposalWithdrawn(
          e.at(), e.by(), e.proposal(), at("reason", e.by(), e.reason()));
    }

    @Override
    public Event visit(Event.PositionTaken e) {
      return new Event.PositionTaken(
          e.at(),
          e.round(),
          e.proposal(),
          e.position()
              .withReason(at("position.reason", e.position().actor(), e.position().reason())));
    }

    @Override
    public Event visit(Event.RoundClosed e) {
      ImmutableList.Builder<RoundDecision> decisions = ImmutableList.builder();
      for (int i = 0; i < e.decisions().size(); i++) {
        RoundDecision d = e.decisions().get(i);
        Outcome o = d.outcome();
        Tally t = o.tally();
        ImmutableList.Builder<Position> objections = ImmutableList.builder();
        for (int j = 0; j < t.objections().size(); j++) {
          Position p = t.objections().get(j);
          String field = "decisions[" + i + "].outcome.tally.objections[" + j + "].reason";
          objections.add(p.withReason(at(field, p.actor(), p.reason())));
        }
        Tally tally =
            new Tally(t.eligible(), t.counts(), t.colleges(), t.share(), objections.build());
        decisions.add(
            new RoundDecision(
                d.proposal(),
                d.version(),
                new Outcome(
                    o.rule(), o.verdict(), o.tie(), tally, o.grounds(), o.legacyExplanation()),
                d.status()));
      }
      return e.withDecisions(decisions.build());
    }

    @Override
    public Event visit(Event.ProposalAnswered e) {
      return new Event.ProposalAnswered(
          e.at(), e.by(), e.proposal(), e.answer(), at("reasoning", e.by(), e.reasoning()));
    }

    @Override
    public Event visit(Event.RatingGiven e) {
      return new Event.RatingGiven(
          e.at(),
          e.rating().withComment(at("rating.comment", e.rating().actor(), e.rating().comment())));
    }

    @Override
    public Event visit(Event.ProcessClosed e) {
      return new Event.ProcessClosed(e.at(), e.by(), at("summary", e.by(), e.summary()));
    }

    @Override
    public Event visit(Event.ProcessAbandoned e) {
      return new Event.ProcessAbandoned(e.at(), e.by(), at("reason", e.by(), e.reason()));
    }

    // secret: the key of a secret round, and the reason of a secret position

    @Override
    public Event visit(Event.RoundOpened e) {
      return e.key().isEmpty()
          ? e
          : e.withKey(Optional.of(at(RoundKeys.FIELD, RoundKeys.KEY_OWNER, e.key().get())));
    }

    @Override
    public Event visit(Event.SecretPositionTaken e) {
      return e.withPosition(
          e.position()
              .withReason(at("position.reason", e.position().actor(), e.position().reason())));
    }

    // means: a carrier's note on what it delivered
    @Override
    public Event visit(Event.DeliveryRecorded e) {
      return e.note().isEmpty() ? e : e.withNote(at("note", e.by(), e.note()));
    }
  }
}
