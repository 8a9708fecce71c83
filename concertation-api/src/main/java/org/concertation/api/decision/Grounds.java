package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;

/**
 * Why a rule gave its verdict on one proposal, as typed facts: the quorum it missed, the reasoned
 * objections that blocked it (their authors as identities, in a field of their own), the share it
 * compared with its threshold, or the finding that settled it without a comparison. An {@link
 * Outcome}'s grounds hold no text: the library renders them in a reader's language at the edge, and
 * shows each objector as she consented to be shown, so that no actor's identity or name is ever
 * copied into a stored text. The family is closed; {@link #accept(Visitor)} dispatches on it.
 *
 * <p>Every member is immutable and thread-safe.
 */
public sealed interface Grounds {
  /**
   * Dispatches to the visitor's method for these grounds.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of grounds.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(NoQuorum g);

    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(Blocked g);

    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(Compared g);

    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(Found g);

    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(NoneInCollege g);

    /**
     * Visits grounds.
     *
     * @param g the grounds
     * @return the result
     */
    R visit(AgainstUnanimity g);
  }

  /** What share a rule compared with its threshold. */
  enum Measure {
    /** For / (for + against): simple and qualified majority. */
    SHARE,
    /** For / all positions cast, abstentions included: absolute majority. */
    SHARE_OF_CAST,
    /** The weighted mean of the colleges' shares: weighted colleges. */
    WEIGHTED_SHARE,
    /** The lowest college share, which decides: a majority in every college. */
    LOWEST_COLLEGE_SHARE
  }

  /** How a share stood against the threshold. */
  enum Relation {
    /** Above the threshold. */
    ABOVE,
    /** Exactly at the threshold. */
    EQUAL,
    /** Below the threshold. */
    BELOW
  }

  /** A finding that settles a proposal without comparing a share. */
  enum Finding {
    /** Nobody was for or against: rejected. */
    NO_POSITION_FOR_OR_AGAINST,
    /** No college had a position for or against: rejected under weighted colleges. */
    NO_POSITION_IN_ANY_COLLEGE,
    /** No college had eligible members: rejected under a majority in every college. */
    NO_COLLEGE_WITH_MEMBERS,
    /** Nobody was for: rejected under unanimity. */
    NO_POSITION_FOR,
    /** At least one for and nobody against: adopted under unanimity. */
    UNANIMOUS,
    /** No reasoned objection stands: adopted under consent. */
    NO_OBJECTION
  }

  /**
   * Too few took a position, overall or in a college.
   *
   * @param shortfalls each quorum missed, overall first, then the colleges in the electorate's
   *     order
   */
  record NoQuorum(ImmutableList<Shortfall> shortfalls) implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param shortfalls each quorum missed, at least one
     */
    public NoQuorum {
      shortfalls = ImmutableList.copyOf(checkNotNull(shortfalls, "shortfalls must not be null"));
      checkArgument(!shortfalls.isEmpty(), "Invalid grounds: no quorum needs a shortfall");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A quorum missed: so many of so many eligible took a position, below the quorum.
   *
   * @param college the college, or empty for the quorum overall
   * @param cast how many took a position
   * @param eligible how many could
   * @param quorum the least share
   */
  record Shortfall(Optional<CollegeId> college, int cast, int eligible, Fraction quorum) {
    /**
     * Validates the shortfall.
     *
     * @param college the college, or empty for the quorum overall
     * @param cast how many took a position
     * @param eligible how many could
     * @param quorum the least share
     */
    public Shortfall {
      checkNotNull(college, "college must not be null (use Optional.empty())");
      checkArgument(
          cast >= 0 && cast <= eligible,
          "Invalid shortfall: %s of %s eligible took a position",
          cast,
          eligible);
      checkNotNull(quorum, "quorum must not be null");
    }

    /**
     * The share that took a position.
     *
     * @return cast / eligible, or zero with nobody eligible
     */
    public Fraction participation() {
      return Fraction.share(cast, eligible);
    }
  }

  /**
   * Reasoned objections stand under a rule where they block.
   *
   * @param objectors who objected, in the order the objections were raised
   */
  record Blocked(ImmutableList<ActorId> objectors) implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param objectors who objected, at least one
     */
    public Blocked {
      objectors = ImmutableList.copyOf(checkNotNull(objectors, "objectors must not be null"));
      checkArgument(!objectors.isEmpty(), "Invalid grounds: a block needs an objector");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A share compared with the rule's threshold.
   *
   * @param measure what share
   * @param share the share as the tally shows it
   * @param relation how the exact share stood against the threshold
   * @param threshold the threshold
   * @param approximate whether the share shown approximates the exact share (a weighted mean whose
   *     lowest terms do not fit a fraction of {@code long}s; it lies on the same side)
   * @param colleges for a weighted share, the colleges averaged; for the lowest college share, the
   *     colleges with eligible members; otherwise empty
   * @param lowest for the lowest college share, the college that has it; otherwise empty
   */
  record Compared(
      Measure measure,
      Fraction share,
      Relation relation,
      Fraction threshold,
      boolean approximate,
      ImmutableList<CollegeShare> colleges,
      Optional<CollegeId> lowest)
      implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param measure what share
     * @param share the share as the tally shows it
     * @param relation how the exact share stood against the threshold
     * @param threshold the threshold
     * @param approximate whether the share shown approximates the exact share
     * @param colleges the colleges averaged or compared, if any
     * @param lowest the college with the lowest share, for that measure
     */
    public Compared {
      checkNotNull(measure, "measure must not be null");
      checkNotNull(share, "share must not be null");
      checkNotNull(relation, "relation must not be null");
      checkNotNull(threshold, "threshold must not be null");
      colleges = ImmutableList.copyOf(checkNotNull(colleges, "colleges must not be null"));
      checkNotNull(lowest, "lowest must not be null (use Optional.empty())");
      checkArgument(
          lowest.isPresent() == (measure == Measure.LOWEST_COLLEGE_SHARE),
          "Invalid grounds: the lowest college is named for %s only, not for %s",
          Measure.LOWEST_COLLEGE_SHARE,
          measure);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * One college's share for, and its weight.
   *
   * @param college the college
   * @param share its share for, among its positions for or against
   * @param weight its weight
   */
  record CollegeShare(CollegeId college, Fraction share, int weight) {
    /**
     * Validates the share.
     *
     * @param college the college
     * @param share its share for
     * @param weight its weight
     */
    public CollegeShare {
      checkNotNull(college, "college must not be null");
      checkNotNull(share, "share must not be null");
    }
  }

  /**
   * A finding that settled the proposal without a comparison.
   *
   * @param finding the finding
   */
  record Found(Finding finding) implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param finding the finding
     */
    public Found {
      checkNotNull(finding, "finding must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A college with eligible members had no position for or against: rejected under a majority in
   * every college.
   *
   * @param college the college
   */
  record NoneInCollege(CollegeId college) implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param college the college
     */
    public NoneInCollege {
      checkNotNull(college, "college must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Some were against: no unanimity.
   *
   * @param against how many were against, at least one
   */
  record AgainstUnanimity(int against) implements Grounds {
    /**
     * Validates the grounds.
     *
     * @param against how many were against
     */
    public AgainstUnanimity {
      checkArgument(against >= 1, "Invalid grounds: %s against is no lack of unanimity", against);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
