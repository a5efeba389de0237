package io.hostorder.tck;

import java.util.Objects;

/**
 * One committing step of a provider (a request that creates, submits or pays), as its observer names it
 * for the rules of SPEC.md section 14: a portable name ({@code add}, {@code promo-code}, {@code confirm},
 * {@code checkout}, {@code submit}, {@code order_create}…), whether the request leaves something at the
 * provider once processed (a cart line, an open order, a paid service), and which orders reach it.
 *
 * @param name the step's name; the observer's {@link ProviderObserver#failAfterProcessing} and {@link
 *     ProviderObserver#refuseBeforeProcessing} take it
 * @param creates true when the processed request leaves something at the provider (then, after a fault,
 *     only the order or an outcome-unknown error is a right answer)
 * @param reach which orders send this request
 */
public record CommittingStep(String name, boolean creates, Reach reach) {

  /** Which orders of the harness's plain item send the step's request. */
  public enum Reach {
    /** Every order. */
    ANY_ORDER,
    /** Only an order with the harness's accepted promo code. */
    WITH_PROMO_CODE,
    /** Only an order without a promo code (e.g. BILLmanager's {@code skipbasket} payment). */
    WITHOUT_PROMO_CODE
  }

  public CommittingStep {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(reach, "reach == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }

  /** Returns a step every order reaches. */
  public static CommittingStep of(String name, boolean creates) {
    return new CommittingStep(name, creates, Reach.ANY_ORDER);
  }

  /** Returns true when an order with ({@code promo}) or without a promo code sends this step's request. */
  public boolean reachedBy(boolean promo) {
    return switch (reach) {
      case ANY_ORDER -> true;
      case WITH_PROMO_CODE -> promo;
      case WITHOUT_PROMO_CODE -> !promo;
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
