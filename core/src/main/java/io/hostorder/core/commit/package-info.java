/**
 * The rule for committing requests, shared by every provider: {@link io.hostorder.core.commit.AnswerRule}
 * classifies answers, {@link io.hostorder.core.commit.CommitGuard} sends each committing request at most once
 * and reports it to an {@link io.hostorder.core.commit.OrderTrail} (a write-ahead journal).
 */
package io.hostorder.core.commit;
