package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.ResourceKind;

/**
 * The means mobilised in a process: every commitment with what was delivered against it, and the
 * totals of committed against delivered per carrier, per actor kind, per action and overall.
 *
 * <p>Quantities are summed within one {@link ResourceKind} only, never across kinds: money (in the
 * charter's currency), hours, competences (people or days) and material (units) each have their own
 * total, so hours are never added to money. A kind that nobody committed has no total. Delivering
 * more than committed is allowed: a delivered total may exceed its committed one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Means {
  /** The precision of a delivery ratio: a decimal of 16 digits. */
  private static final MathContext RATIO = MathContext.DECIMAL64;

  private final ImmutableList<MeansFact> commitments;
  private final ImmutableMap<ActorId, ActorKind> kinds;

  private Means(ImmutableList<MeansFact> commitments, ImmutableMap<ActorId, ActorKind> kinds) {
    this.commitments = commitments;
    this.kinds = kinds;
  }

  static Means of(
      Iterable<ActionFact> actions,
      Iterable<DeliveryFact> deliveries,
      Function<ActorId, ActorKind> kindOf) {
    Map<ActionId, Map<Integer, ImmutableList.Builder<DeliveryFact>>> against =
        new LinkedHashMap<>();
    for (DeliveryFact delivery : deliveries) {
      against
          .computeIfAbsent(delivery.action(), a -> new LinkedHashMap<>())
          .computeIfAbsent(delivery.commitment(), n -> ImmutableList.builder())
          .add(delivery);
    }
    ImmutableList.Builder<MeansFact> facts = ImmutableList.builder();
    Map<ActorId, ActorKind> carriers = new LinkedHashMap<>();
    for (ActionFact action : actions) {
      Map<Integer, ImmutableList.Builder<DeliveryFact>> byNumber =
          against.getOrDefault(action.id(), Map.of());
      for (int i = 0; i < action.commitments().size(); i++) {
        int number = i + 1;
        ImmutableList.Builder<DeliveryFact> recorded = byNumber.get(number);
        MeansFact fact =
            new MeansFact(
                number,
                action.commitments().get(i),
                recorded == null ? ImmutableList.of() : recorded.build());
        facts.add(fact);
        carriers.computeIfAbsent(fact.carrier(), kindOf);
      }
    }
    return new Means(facts.build(), ImmutableMap.copyOf(carriers));
  }

  /**
   * Committed against delivered, in one kind of means.
   *
   * @param committed the quantity committed
   * @param delivered the quantity delivered, possibly above the committed one
   */
  public record Balance(BigDecimal committed, BigDecimal delivered) {
    /**
     * Validates the balance.
     *
     * @param committed the quantity committed
     * @param delivered the quantity delivered
     */
    public Balance {
      checkNotNull(committed, "committed must not be null");
      checkNotNull(delivered, "delivered must not be null");
    }

    private static final Balance NONE = new Balance(BigDecimal.ZERO, BigDecimal.ZERO);

    Balance plus(MeansFact fact) {
      return new Balance(committed.add(fact.committed()), delivered.add(fact.delivered()));
    }

    /**
     * The share of the committed quantity that was delivered: above one when more was delivered.
     *
     * @return delivered divided by committed, to 16 digits; zero when nothing was committed
     */
    public BigDecimal ratio() {
      // a commitment is always of a positive quantity: only an empty balance has none
      return committed.signum() == 0 ? BigDecimal.ZERO : delivered.divide(committed, RATIO);
    }
  }

  /**
   * Every commitment with its deliveries, action after action in the order they were launched, each
   * action's commitments in the order they were made.
   *
   * @return the commitments
   */
  public ImmutableList<MeansFact> commitments() {
    return commitments;
  }

  /**
   * The totals of the whole process, per kind of means.
   *
   * @return committed against delivered, by kind in the enum's order
   */
  public ImmutableMap<ResourceKind, Balance> total() {
    return totals(commitments);
  }

  /**
   * The totals per carrier, in the order carriers first committed.
   *
   * @return per carrier, committed against delivered by kind of means
   */
  public ImmutableMap<ActorId, ImmutableMap<ResourceKind, Balance>> byCarrier() {
    return grouped(MeansFact::carrier);
  }

  /**
   * The totals per kind of carrier (institutions, inhabitants, associations...), in the order each
   * kind first committed.
   *
   * @return per actor kind, committed against delivered by kind of means
   */
  public ImmutableMap<ActorKind, ImmutableMap<ResourceKind, Balance>> byActorKind() {
    return grouped(f -> checkNotNull(kinds.get(f.carrier()), "carrier %s", f.carrier()));
  }

  /**
   * The totals per action, in the order the actions were launched.
   *
   * @return per action, committed against delivered by kind of means
   */
  public ImmutableMap<ActionId, ImmutableMap<ResourceKind, Balance>> byAction() {
    return grouped(f -> f.commitment().action());
  }

  /**
   * The kind of a carrier.
   *
   * @param carrier an actor who committed
   * @return its kind
   * @throws IllegalArgumentException if the actor made no commitment
   */
  public ActorKind kindOf(ActorId carrier) {
    ActorKind kind = kinds.get(carrier);
    if (kind == null) {
      throw new IllegalArgumentException("Actor '" + carrier + "' made no commitment");
    }
    return kind;
  }

  private <K> ImmutableMap<K, ImmutableMap<ResourceKind, Balance>> grouped(
      Function<MeansFact, K> key) {
    Map<K, ImmutableList.Builder<MeansFact>> groups = new LinkedHashMap<>();
    for (MeansFact fact : commitments) {
      groups.computeIfAbsent(key.apply(fact), k -> ImmutableList.builder()).add(fact);
    }
    ImmutableMap.Builder<K, ImmutableMap<ResourceKind, Balance>> built = ImmutableMap.builder();
    groups.forEach((k, facts) -> built.put(k, totals(facts.build())));
    return built.buildOrThrow();
  }

  private static ImmutableMap<ResourceKind, Balance> totals(Iterable<MeansFact> facts) {
    Map<ResourceKind, Balance> totals = new EnumMap<>(ResourceKind.class);
    for (MeansFact fact : facts) {
      totals.put(fact.kind(), totals.getOrDefault(fact.kind(), Balance.NONE).plus(fact));
    }
    return ImmutableMap.copyOf(totals);
  }

  @Override
  public String toString() {
    return "Means{" + commitments.size() + " commitments, " + total() + "}";
  }
}
