package org.concertation.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Tally;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Stance;

/**
 * An {@link Outcome}'s explanation said in a language: the verdict, the count and the grounds, as
 * in "blocked: 9 for, 1 against, 0 abstaining; 1 reasoned objection stands (by 'karim')". The
 * grounds are typed facts ({@link Grounds}); they become words only here, at the edge, and each
 * objector is shown by the caller's function, so that a report shows her as she consented to be
 * shown. The English texts are the explanations that outcomes stored before grounds were
 * structured, word for word, when objectors are shown by their identities in quotes.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GroundsText {
  private GroundsText() {}

  /**
   * The explanation of an outcome in the texts' language.
   *
   * @param outcome the outcome
   * @param texts the language
   * @param actor how an objector is shown, such as {@code id -> "'" + id.value() + "'"}
   * @return the explanation, on one line
   */
  public static String explanation(
      Outcome outcome, Texts texts, Function<? super ActorId, String> actor) {
    checkNotNull(outcome, "outcome must not be null");
    checkNotNull(texts, "texts must not be null");
    checkNotNull(actor, "actor must not be null");
    Tally tally = outcome.tally();
    int inFavour = 0;
    int against = 0;
    for (Stance stance : Stance.values()) {
      inFavour += stance.isFor() ? tally.count(stance) : 0;
      against += stance.isAgainst() ? tally.count(stance) : 0;
    }
    String verdict =
        texts.text(
            "grounds.verdict."
                + outcome.verdict().name()
                // a tie settled by the status quo rejects, and says so
                + (outcome.tie() && outcome.verdict() == Verdict.REJECTED ? ".tie" : ""));
    return texts.text(
        "grounds.explanation",
        verdict,
        texts.text("grounds.count", inFavour, against, tally.cast() - inFavour - against),
        grounds(outcome.grounds(), texts, actor));
  }

  /**
   * The grounds of a verdict in the texts' language.
   *
   * @param grounds the grounds
   * @param texts the language
   * @param actor how an objector is shown
   * @return the grounds, on one line
   */
  public static String grounds(
      Grounds grounds, Texts texts, Function<? super ActorId, String> actor) {
    checkNotNull(grounds, "grounds must not be null");
    checkNotNull(texts, "texts must not be null");
    checkNotNull(actor, "actor must not be null");
    return grounds.accept(
        new Grounds.Visitor<String>() {
          @Override
          public String visit(Grounds.NoQuorum g) {
            List<String> shortfalls = new ArrayList<>();
            for (Grounds.Shortfall s : g.shortfalls()) {
              shortfalls.add(
                  s.college()
                      .map(
                          college ->
                              texts.text(
                                  "grounds.shortfall.college",
                                  college.value(),
                                  s.cast(),
                                  s.eligible(),
                                  s.participation().toString(),
                                  s.quorum().toString()))
                      .orElseGet(
                          () ->
                              texts.text(
                                  "grounds.shortfall",
                                  s.cast(),
                                  s.eligible(),
                                  s.participation().toString(),
                                  s.quorum().toString())));
            }
            return String.join(texts.pattern("grounds.shortfall.separator"), shortfalls);
          }

          @Override
          public String visit(Grounds.Blocked g) {
            List<String> objectors = new ArrayList<>();
            g.objectors().forEach(id -> objectors.add(actor.apply(id)));
            return texts.text("grounds.blocked", texts.list(objectors), objectors.size());
          }

          @Override
          public String visit(Grounds.Compared g) {
            String measure =
                g.lowest()
                    .map(
                        lowest ->
                            texts.text(
                                "grounds.measure.LOWEST_COLLEGE_SHARE",
                                g.colleges().size(),
                                lowest.value()))
                    .orElseGet(() -> texts.text("grounds.measure." + g.measure().name()));
            if (g.approximate()) {
              measure = texts.text("grounds.measure.approximate", measure);
            }
            String compared =
                texts.text(
                    "grounds.compared",
                    measure,
                    g.share().toString(),
                    texts.text("grounds.relation." + g.relation().name()),
                    g.threshold().toString());
            if (g.measure() != Grounds.Measure.WEIGHTED_SHARE) {
              return compared;
            }
            List<String> colleges = new ArrayList<>();
            for (Grounds.CollegeShare c : g.colleges()) {
              colleges.add(
                  texts.text(
                      "grounds.college.share",
                      c.college().value(),
                      c.share().toString(),
                      c.weight()));
            }
            return texts.text("grounds.compared.over", compared, texts.list(colleges));
          }

          @Override
          public String visit(Grounds.Found g) {
            return texts.text("grounds.finding." + g.finding().name());
          }

          @Override
          public String visit(Grounds.NoneInCollege g) {
            return texts.text("grounds.none.in.college", g.college().value());
          }

          @Override
          public String visit(Grounds.AgainstUnanimity g) {
            return texts.text("grounds.against", g.against());
          }
        });
  }
}
