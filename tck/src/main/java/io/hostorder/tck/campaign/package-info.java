/**
 * Seeded, reproducible ordering campaigns: many orders placed the way README tells a broker to, with
 * faults at random committing steps, counted at the provider's side for duplicates and lost orders. The
 * engine ({@link io.hostorder.tck.campaign.Campaign}) needs only a {@link io.hostorder.tck.TckHarness} with
 * an observer, so a write-ahead journal's tests can reuse it with a broker of their own ({@link
 * io.hostorder.tck.campaign.Campaign.Broker}).
 */
package io.hostorder.tck.campaign;
