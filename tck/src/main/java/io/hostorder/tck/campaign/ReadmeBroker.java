package io.hostorder.tck.campaign;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.campaign.Campaign.Belief;

/** The broker of README's "Errors" section; see {@link Campaign#readmeBroker()}. Stateless. */
final class ReadmeBroker implements Campaign.Broker {
  private static final int ATTEMPTS = 3;

  @Override
  public Belief place(OrderProvider provider, OrderRequest request) {
    for (int attempt = 1; ; attempt++) {
      try {
        provider.place(request);
        return Belief.PLACED;
      } catch (TransientException e) {
        if (attempt == ATTEMPTS) {
          return Belief.NOT_PLACED;
        }
      } catch (OutcomeUnknownException e) {
        return afterUnknown(provider, request, e.reference() != null ? e.reference() : request.reference());
      } catch (PaymentRequiredException e) {
        return Belief.PLACED;
      } catch (HostorderException e) {
        return Belief.NOT_PLACED;
      }
    }
  }

  /** Never retry blindly: reconcile; place again only when reconcile looked and found nothing. */
  private static Belief afterUnknown(OrderProvider provider, OrderRequest request, String reference) {
    if (!provider.capabilities().has(Capability.RECONCILE)) {
      return Belief.UNKNOWN;
    }
    try {
      if (provider.reconcile(reference).isPresent()) {
        return Belief.PLACED;
      }
    } catch (HostorderException e) {
      return Belief.UNKNOWN;
    }
    try {
      provider.place(request);
      return Belief.PLACED;
    } catch (PaymentRequiredException e) {
      return Belief.PLACED;
    } catch (OutcomeUnknownException | TransientException e) {
      return Belief.UNKNOWN;
    } catch (HostorderException e) {
      return Belief.NOT_PLACED;
    }
  }
}
