package io.hostorder.bench;

import java.io.IOException;

/**
 * A hand-written client for one API: it sends exactly the requests its document shows for one order,
 * parsing only what the next request needs. It is the floor hostorder is measured against.
 */
interface Reference {
  /** Places one order named {@code name} (unique in the run) and returns the provider's order id. */
  String order(String name) throws IOException;

  /** Returns the number of requests one order takes by the document. */
  int documentedRequests();
}
