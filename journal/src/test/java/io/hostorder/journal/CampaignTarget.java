package io.hostorder.journal;

import io.hostorder.core.model.OrderRequest;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One provider type with its simulator, as the crash and fault campaigns drive it: the configuration a
 * broker process uses, the order it places for a reference, the ground truth at the simulator (which
 * orders exist for a reference), and the faults it can inject. A provider gets both campaigns by
 * implementing this once (the JSON action API today; the others when their trail support lands).
 */
interface CampaignTarget extends AutoCloseable {
  /** The provider type. */
  String type();

  /** The provider configuration a broker process uses. */
  Map<String, String> config();

  /** The order placed for {@code reference}. */
  OrderRequest order(String reference);

  /** The provider's order ids of the orders the simulator holds for {@code reference}. */
  List<String> ordersAt(String reference);

  /** The number of orders the simulator holds, for every reference. */
  int orderCount();

  /** Arms one random fault for the next committing request (after or before processing); returns its name. */
  String armRandomFault(Random random);

  /** Makes the next committing request wait (processed, answer held back) so that a kill lands during it. */
  void holdNextAnswer();

  /** Removes every armed fault. */
  void disarm();

  @Override
  void close();
}
