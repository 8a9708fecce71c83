package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Naming;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.text.Texts;

/**
 * How the public report shows an actor, as the actor consented at registration ({@link Naming}):
 * the one place where the report turns an actor into words.
 *
 * <p>An actor shown {@link Naming#BY_NAME by name} is shown by its name. An actor shown {@link
 * Naming#BY_KIND by kind} is shown by its kind, a number and its college: "inhabitant 2 (college
 * inhabitants)", «&nbsp;habitant 2 (collège inhabitants)&nbsp;». The numbers count the actors shown
 * by kind of each kind, from 1, in the order they registered, so that they are the same throughout
 * one report, in both languages, and two actors of one kind stay apart. The actor's identity is
 * never shown instead: hosts often make identities of names or e-mail addresses ({@code amina},
 * {@code a.benali@...}), so an identity could name the very person who asked not to be named.
 *
 * <p>Inside an explanation of a decision (who objected), an actor shown by name is referred to by
 * its identity in quotes, {@code 'karim'}, as decisions have always referred to actors; an actor
 * shown by kind by its label. An actor the history never registered is shown by its identity, the
 * only thing known of it. A voter of a secret round, known only by her pseudonym, is shown as such,
 * never by the pseudonym.
 *
 * <p>Public so that every export shows actors as the report does ({@code concertation evaluate});
 * this class is immutable and thread-safe.
 */
public final class ActorLabel {
  private final ProcessHistory history;
  private final Texts texts;
  private final ImmutableMap<ActorId, Integer> numbers;

  private ActorLabel(ProcessHistory history, Texts texts, ImmutableMap<ActorId, Integer> numbers) {
    this.history = history;
    this.texts = texts;
    this.numbers = numbers;
  }

  /**
   * The labels of a history's actors, in a language.
   *
   * @param history the history
   * @param texts the language
   * @return the labels
   */
  public static ActorLabel of(ProcessHistory history, Texts texts) {
    checkNotNull(history, "history must not be null");
    checkNotNull(texts, "texts must not be null");
    Map<ActorKind, Integer> counts = new HashMap<>();
    Map<ActorId, Integer> numbers = new LinkedHashMap<>();
    for (ParticipantFact p : history.participants()) {
      if (!named(p) && !numbers.containsKey(p.id())) {
        numbers.put(p.id(), counts.merge(p.actor().kind(), 1, Integer::sum));
      }
    }
    return new ActorLabel(history, texts, ImmutableMap.copyOf(numbers));
  }

  /**
   * An actor as the report's tables and sentences show it: its name, or its kind, number and
   * college.
   *
   * @param id the actor
   * @return the label
   */
  public String name(ActorId id) {
    if (RoundKeys.isReserved(id)) { // secret: a pseudonym of a secret round is no one's name
      return texts.text("report.secret.voter");
    }
    return history
        .participant(id)
        .map(p -> named(p) ? p.actor().name().orElseThrow() : unnamed(p))
        .orElse(id.value());
  }

  /**
   * An actor as an explanation of a decision refers to it: its identity in quotes, or, when it is
   * shown by kind, its label.
   *
   * @param id the actor
   * @return the reference
   */
  String reference(ActorId id) {
    if (RoundKeys.isReserved(id)) { // secret: a pseudonym of a secret round is no one's name
      return texts.text("report.secret.voter");
    }
    return history
        .participant(id)
        .map(p -> named(p) ? "'" + id.value() + "'" : unnamed(p))
        .orElse("'" + id.value() + "'");
  }

  /** Shown by name: it consented to be, and its name was not erased since. */
  private static boolean named(ParticipantFact p) {
    return p.actor().shownByName() && !p.actor().name().isErased();
  }

  private String unnamed(ParticipantFact p) {
    Actor actor = p.actor();
    int number = requireNonNull(numbers.get(p.id()), "numbered when shown by kind");
    return p.college()
        .map(
            college ->
                texts.text(
                    "report.actor.unnamed", texts.kind(actor.kind()), number, college.value()))
        .orElse(texts.text("report.actor.unnamed.no.college", texts.kind(actor.kind()), number));
  }
}
