package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

/**
 * Secret rounds on random command sequences under random ballot charters (weighted or not), every
 * round made secret: the same commands, run under the public charter and under the secret one, are
 * accepted and refused alike; every close of a secret round decides as the public round's close
 * (the same ballot outcome, the same verdicts, statuses and tallies) and names as its participants
 * exactly those who voted in the public round; each pseudonym casts one ballot per round unless a
 * later one replaces it, and takes one position per proposal; no secret vote names an actor; and no
 * close names a pseudonym that a position or ballot of its round holds; and the secret history,
 * with every closed round's key erased as a store erases it, passes the history check and recounts
 * every ballot round to its recorded choice.
 *
 * <p>Runs {@value #TRIES} sequences under each of {@value #CHARTERS} random charters by default, on
 * the {@link PropertyHarness}, which shrinks a failing sequence and tells how to replay it.
 */
class SecretRoundProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final int CHARTERS = 8;
  private static final int TRIES = 60;
  private static final int MAX_LENGTH = 300;
  private static final long CHARTER_SEED = 14;

  /** What the sequences reached, over every charter. */
  private static final class Stats {
    final AtomicLong secretBallotRoundsClosed = new AtomicLong();
    final AtomicLong secretPositionRoundsClosed = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    final AtomicLong refusedSecondBallots = new AtomicLong();
    final AtomicLong closedWithObjections = new AtomicLong();
    final AtomicLong erasures = new AtomicLong();
    final AtomicLong secretTextsErased = new AtomicLong();
  }

  /** The charter with every round secret. */
  private static Charter secret(Charter charter) {
    return Charter.builder()
        .from(charter)
        .secretRounds(IntStream.rangeClosed(1, charter.roundLimit()).boxed().toList())
        .build();
  }

  /**
   * The commands under the secret charter: the process opened under it, each round opened with a
   * key of its own, drawn from the command's place.
   */
  private static List<Command> keyed(
      List<Command> commands, Charter publicCharter, Charter charter) {
    List<Command> keyed = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      if (command instanceof Command.OpenRound open) {
        keyed.add(open.withKey(RoundKeys.draw(Salts.seeded(i))));
      } else if (command instanceof Command.OpenProcess opening
          && opening.charter().equals(publicCharter)) { // another charter stays refused
        keyed.add(new Command.OpenProcess(opening.by(), opening.at(), charter, opening.title()));
      } else {
        keyed.add(command);
      }
    }
    return keyed;
  }

  @Test
  void secretRoundsDecideAsPublicOnesAndKeepOneVotePerVoterOnRandomSequences() {
    SplittableRandom charters = new SplittableRandom(CHARTER_SEED);
    Stats stats = new Stats();
    boolean fullRun = true;
    for (int c = 0; c < CHARTERS; c++) {
      SplittableRandom random = charters.split();
      Charter charter =
          c % 2 == 0
              ? CommandGenerator.ballotCharter(random)
              : CommandGenerator.weightedBallotCharter(random);
      Summary summary =
          PropertyHarness.forAllSequences(
              "secret rounds decide as public ones, random charter " + (c + 1),
              TRIES,
              r -> CommandGenerator.sequence(charter, r, MAX_LENGTH),
              (commands, r) ->
                  invariants(charter, commands, stats, r)
                      .ifPresent(
                          broken -> {
                            throw new AssertionError(broken + " under " + charter);
                          }));
      fullRun &= summary.isFullRun();
    }
    if (!fullRun) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    assertThat(stats.secretBallotRoundsClosed.get()).as("secret ballot rounds closed").isPositive();
    assertThat(stats.secretPositionRoundsClosed.get())
        .as("secret position rounds closed")
        .isPositive();
    assertThat(stats.replaced.get()).as("a later secret ballot replaced one").isPositive();
    assertThat(stats.refusedSecondBallots.get()).as("a second secret ballot refused").isPositive();
    assertThat(stats.closedWithObjections.get())
        .as("secret position rounds closed with objections")
        .isPositive();
    assertThat(stats.erasures.get()).as("erasures").isPositive();
    assertThat(stats.secretTextsErased.get())
        .as("erasures that reached a text under a pseudonym of an open round")
        .isPositive();
  }

  /** The first invariant the commands break, if any. */
  private static Optional<String> invariants(
      Charter publicCharter, List<Command> publicCommands, Stats stats, SplittableRandom random) {
    Charter charter = secret(publicCharter);
    List<Command> commands = keyed(publicCommands, publicCharter, charter);
    ProcessState open = DECIDER.initialState(publicCharter);
    ProcessState hidden = DECIDER.initialState(charter);
    // the store erases each secret round's key in the append of its close
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    // erasures of an actor at random points, as a host then restarted folds the store again
    Set<Integer> erasureSteps = new HashSet<>();
    for (int e = 0; e < ERASURES; e++) {
      erasureSteps.add(random.nextInt(commands.size() + 1));
    }
    long erasedActor = random.nextLong();
    Set<ActorId> actors = new HashSet<>();
    // who voted in the open round of the public run, and each pseudonym's votes in the secret one
    Set<ActorId> voted = new TreeSet<>();
    Set<String> pseudonymVotes = new HashSet<>();
    // the pseudonyms of the open secret round, none of which its close may name
    Set<String> roundPseudonyms = new HashSet<>();
    Map<Integer, Event.RoundClosed> publicCloses = new HashMap<>();
    for (int step = 0; step < commands.size(); step++) {
      String where =
          "step " + (step + 1) + " (" + commands.get(step).getClass().getSimpleName() + ")";
      if (erasureSteps.contains(step) && !actors.isEmpty()) {
        Optional<String> broken = erase(where, store, hidden, actors, erasedActor, stats);
        if (broken.isPresent()) {
          return broken;
        }
        hidden = DECIDER.fold(DECIDER.initialState(charter), events(store));
      }
      Result<Event> publicResult = DECIDER.decide(publicCommands.get(step), open);
      Result<Event> result = DECIDER.decide(commands.get(step), hidden);
      if (publicResult.isAccepted() != result.isAccepted()) {
        return Optional.of(
            where + ": the public round gave " + publicResult + ", the secret " + result);
      }
      if (result instanceof Result.Rejected<Event> rejected) {
        if (!rejected.equals(publicResult)) {
          return Optional.of(where + ": refused as " + rejected + ", in public as " + publicResult);
        }
        if (rejected.rejection() instanceof Rejection.AlreadyVoted) {
          stats.refusedSecondBallots.incrementAndGet();
        }
      }
      for (Event event : publicResult.events()) {
        if (event instanceof Event.ActorRegistered r) {
          actors.add(r.actor().id());
        } else if (event instanceof Event.BallotCast b) {
          voted.add(b.voter());
        } else if (event instanceof Event.PositionTaken p) {
          voted.add(p.position().actor());
        } else if (event instanceof Event.RoundClosed closed) {
          publicCloses.put(closed.round(), closed);
        }
      }
      for (Event event : result.events()) {
        if (event instanceof Event.SecretBallotCast b) {
          if (actors.contains(b.voter()) || !RoundKeys.isReserved(b.voter())) {
            return Optional.of(where + ": a secret ballot names " + b.voter());
          }
          roundPseudonyms.add(b.voter().value());
          if (!pseudonymVotes.add(b.round() + "/" + b.voter())) {
            if (!charter.laterBallotReplaces()) {
              return Optional.of(where + ": a second secret ballot of one pseudonym");
            }
            stats.replaced.incrementAndGet();
          }
        } else if (event instanceof Event.SecretPositionTaken p) {
          ActorId pseudonym = p.position().actor();
          roundPseudonyms.add(pseudonym.value());
          if (actors.contains(pseudonym) || !RoundKeys.isReserved(pseudonym)) {
            return Optional.of(where + ": a secret position names " + pseudonym);
          }
          if (!pseudonymVotes.add(p.round() + "/" + p.proposal() + "/" + pseudonym)) {
            return Optional.of(where + ": a second secret position of one pseudonym");
          }
        } else if (event instanceof Event.BallotCast || event instanceof Event.PositionTaken) {
          return Optional.of(where + ": a public vote in a secret round: " + event);
        } else if (event instanceof Event.RoundClosed closed) {
          Optional<String> broken =
              sameClose(where, closed, publicCloses.get(closed.round()), voted, stats);
          if (broken.isPresent()) {
            return broken;
          }
          String written = CODEC.writeEvent(closed);
          for (String pseudonym : roundPseudonyms) {
            if (written.contains(pseudonym)) {
              return Optional.of(where + ": the close names the pseudonym " + pseudonym);
            }
          }
          if (closed.decisions().stream()
              .anyMatch(d -> !d.outcome().tally().objections().isEmpty())) {
            stats.closedWithObjections.incrementAndGet();
          }
          roundPseudonyms.clear();
          voted.clear();
        }
      }
      open = DECIDER.after(open, publicResult);
      hidden = DECIDER.after(hidden, result);
      long unused = store.append(STREAM, store.version(STREAM), result.events());
    }
    List<Event> stored = events(store);
    Optional<String> impossible =
        HistoryCheck.create()
            .firstImpossible(charter, stored)
            .map(i -> "the history check refused the stored history: " + i);
    if (impossible.isPresent()) {
      return impossible;
    }
    for (Event event : stored) {
      if (event instanceof Event.RoundClosed closed
          && closed.ballot().isPresent()
          && closed.ballot().get().quorumMet()) {
        List<Event> upToClose = stored.subList(0, stored.indexOf(closed) + 1);
        var recount = BallotRounds.recount(charter, upToClose, closed.round());
        if (!recount.chosen().equals(closed.ballot().get().chosen())) {
          return Optional.of(
              "the recount of secret round "
                  + closed.round()
                  + " chose "
                  + recount.chosen()
                  + ", its close "
                  + closed.ballot().get().chosen());
        }
      }
    }
    return Optional.empty();
  }

  private static final String STREAM = "secret";

  /** The erasures tried in one sequence, each at a random step. */
  private static final int ERASURES = 2;

  private static List<Event> events(InMemoryEventStore<Event> store) {
    return store.read(STREAM).stream().map(StoredEvent::event).toList();
  }

  /**
   * Erases one of the registered actors, as drawn, from the store, and checks that exactly her
   * values and those of her pseudonym in the open secret round, if any, were erased.
   */
  private static Optional<String> erase(
      String where,
      InMemoryEventStore<Event> store,
      ProcessState state,
      Set<ActorId> actors,
      long drawn,
      Stats stats) {
    List<ActorId> registered = actors.stream().sorted().toList();
    ActorId actor = registered.get((int) Math.floorMod(drawn, (long) registered.size()));
    Set<ActorId> hers = new HashSet<>(Set.of(actor));
    SecretRound secret = state.openRound == null ? null : state.openRound.secret();
    if (secret != null && secret.hasKey()) {
      hers.add(secret.pseudonym(actor));
    }
    List<Event> before = events(store);
    int unused = store.erase(STREAM, actor);
    List<Event> after = events(store);
    stats.erasures.incrementAndGet();
    boolean secretText = false;
    for (int i = 0; i < before.size(); i++) {
      if (!PersonalValues.sameButPersonal(before.get(i), after.get(i))) {
        return Optional.of(where + ": the erasure changed event " + (i + 1) + " beyond its values");
      }
      List<PersonalValues.Value> was = PersonalValues.of(before.get(i));
      List<PersonalValues.Value> now = PersonalValues.of(after.get(i));
      for (int j = 0; j < was.size(); j++) {
        boolean expected = was.get(j).value().isErased() || hers.contains(was.get(j).actor());
        if (now.get(j).value().isErased() != expected) {
          return Optional.of(
              where
                  + ": erasing "
                  + actor
                  + " left "
                  + was.get(j).field()
                  + " of event "
                  + (i + 1)
                  + (expected ? " present" : " erased"));
        }
        secretText |=
            !was.get(j).value().isErased() && RoundKeys.isReserved(was.get(j).actor()) && expected;
      }
    }
    if (secretText) {
      stats.secretTextsErased.incrementAndGet();
    }
    return Optional.empty();
  }

  /** Whether a secret close decided as the public one and names who voted in it. */
  private static Optional<String> sameClose(
      String where,
      Event.RoundClosed secret,
      Event.RoundClosed open,
      Set<ActorId> voted,
      Stats stats) {
    if (open == null) {
      return Optional.of(where + ": the secret round closed, the public one did not");
    }
    if (!secret.participants().equals(Optional.of(Set.copyOf(voted)))) {
      return Optional.of(
          where + ": the close names " + secret.participants() + ", who voted were " + voted);
    }
    if (!secret.ballot().equals(open.ballot())) {
      return Optional.of(
          where + ": the secret ballot outcome " + secret.ballot() + ", public " + open.ballot());
    }
    if (secret.decisions().size() != open.decisions().size()) {
      return Optional.of(where + ": another number of decisions");
    }
    for (int i = 0; i < secret.decisions().size(); i++) {
      RoundDecision s = secret.decisions().get(i);
      RoundDecision p = open.decisions().get(i);
      Outcome so = s.outcome();
      Outcome po = p.outcome();
      if (!s.status().equals(p.status())
          || so.verdict() != po.verdict()
          || so.tie() != po.tie()
          || so.tally().eligible() != po.tally().eligible()
          || !so.tally().counts().equals(po.tally().counts())
          || !so.tally().colleges().equals(po.tally().colleges())
          || !so.tally().share().equals(po.tally().share())
          || so.tally().objections().size() != po.tally().objections().size()) {
        return Optional.of(where + ": the secret decision " + s + ", the public one " + p);
      }
    }
    if (secret.ballot().isPresent()) {
      stats.secretBallotRoundsClosed.incrementAndGet();
    } else {
      stats.secretPositionRoundsClosed.incrementAndGet();
    }
    return Optional.empty();
  }
}
