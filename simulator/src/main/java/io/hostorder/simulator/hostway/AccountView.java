package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.SimulatedRequest;
import io.hostorder.simulator.hostway.OrderBook.ProductState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading side of products and accounts, as Hostway's API wiki describes it: {@code GET
 * /orders/{id}/account/products/{pid}} ({@code status}, {@code services}, {@code offering}, {@code
 * displayName}, {@code partnerId}, {@code links}), {@code GET /accounts} and {@code GET
 * /accounts/{accountId}/products} with {@code filterPartnerId}, {@code filterDisplayName}, {@code
 * filterStatus}, {@code page} and {@code pageSize} (at most 400), answered as {@code {"list": [...],
 * "links": [...]}}. Not thread-safe: {@link HostwayApi} calls it under its lock.
 */
final class AccountView {
  /** The statuses {@code filterStatus} takes (Hostway API wiki). */
  static final Set<String> FILTER_STATUSES = Set.of("pending", "open", "suspended", "closed");
  /** Every product status (Hostway API wiki). */
  static final Set<String> PRODUCT_STATUSES = Set.of("new", "pending", "open", "suspended",
      "close_pending", "closed", "purge_pending");
  /** A list longer than this without {@code page}/{@code pageSize} answers 303 (Hostway API wiki). */
  private static final int UNPAGED_MAX = 100;
  private static final int MAX_PAGE_SIZE = 400;

  private AccountView() {}

  /** One product: what the product GET answers, and each entry of an account's product list. */
  static ObjectNode product(ProductState p, String status) {
    ObjectNode node = Replies.MAPPER.createObjectNode().put("status", status)
        .put("services", p.product.url() + "/services").put("offering", p.product.offering());
    if (p.product.displayName() != null) {
      node.put("displayName", p.product.displayName());
    }
    if (p.product.partnerId() != null) {
      node.put("partnerId", p.product.partnerId());
    }
    // The wiki names "links" without its content; the simulator links the product's own URL, the one
    // POST …/account/products answered in Location (an assumption, see docs/simulator-hostway.md).
    node.putArray("links").addObject().put("href", p.product.url()).put("rel", "self");
    return node;
  }

  /** {@code GET /accounts}: every account the credentials may see. */
  static SimulatedAnswer accounts(SimulatedRequest url, Map<String, String> accounts) {
    List<ObjectNode> list = new ArrayList<>();
    java.net.URI uri = url.uri();
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    accounts.forEach((number, status) -> list.add(Replies.MAPPER.createObjectNode()
        .put("accountNumber", number).put("status", status)
        .set("links", Replies.MAPPER.createArrayNode().add(Replies.MAPPER.createObjectNode()
            .put("href", base + "accounts/" + number).put("rel", "self")))));
    return page(url, list);
  }

  /** {@code GET /accounts/{accountId}/products} with its filters. */
  static SimulatedAnswer products(SimulatedRequest url, String accountNumber, OrderBook book) {
    String accountStatus = book.accounts().get(accountNumber);
    if (accountStatus == null) {
      return Replies.notFound("account " + accountNumber);
    }
    if (!accountStatus.equals("open")) {
      return Replies.error(403, "forbidden",
          "Access to closed and suspended accounts requires elevated permissions",
          "account " + accountNumber + " is " + accountStatus);
    }
    String partnerId = url.queryParameter("filterPartnerId");
    String displayName = url.queryParameter("filterDisplayName");
    String status = url.queryParameter("filterStatus");
    if (status != null && !FILTER_STATUSES.contains(status)) {
      return Replies.badRequest("filterStatus must be one of pending, open, suspended, closed.");
    }
    List<ObjectNode> list = new ArrayList<>();
    for (ProductState p : book.products(accountNumber)) {
      String now = book.status(p);
      if ((partnerId == null || partnerId.equals(p.product.partnerId()))
          && (displayName == null || displayName.equals(p.product.displayName()))
          && (status == null || status.equals(now))) {
        list.add(product(p, now));
      }
    }
    return page(url, list);
  }

  /**
   * Answers one page of {@code all}: {@code page} counts from 1, {@code pageSize} from 1 to 400
   * (100 unless given); without either, a list longer than 100 answers 303 with a {@code Location}
   * naming its first page.
   */
  private static SimulatedAnswer page(SimulatedRequest url, List<ObjectNode> all) {
    String pageText = url.queryParameter("page");
    String sizeText = url.queryParameter("pageSize");
    if (pageText == null && sizeText == null && all.size() > UNPAGED_MAX) {
      // Neither page nor pageSize was sent: both are added to the query as it came.
      String first = url.uri().toString() + (url.query() == null ? "?" : "&") + "page=1&pageSize=" + UNPAGED_MAX;
      return SimulatedAnswer.status(303).withHeader("Location", first);
    }
    int page = whole(pageText, 1);
    int size = whole(sizeText, pageText == null && sizeText == null ? Math.max(all.size(), 1) : UNPAGED_MAX);
    if (page < 1) {
      return Replies.badRequest("page must be a whole number from 1.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      return Replies.badRequest("pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE + ".");
    }
    int from = (int) Math.min((long) (page - 1) * size, all.size());
    int to = Math.min(from + size, all.size());
    ObjectNode root = Replies.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("list");
    all.subList(from, to).forEach(list::add);
    ArrayNode links = root.putArray("links");
    links.addObject().put("href", url.uri().toString()).put("rel", "self");
    if (to < all.size()) {
      links.addObject().put("href", withPage(url, page + 1, size)).put("rel", "next");
    }
    if (page > 1 && from > 0) {
      links.addObject().put("href", withPage(url, page - 1, size)).put("rel", "previous");
    }
    return Replies.json(200, root);
  }

  /** Returns the URI of {@code request} with {@code page} and {@code pageSize} replaced, added at the end of the query. */
  private static String withPage(SimulatedRequest request, int page, int size) {
    StringBuilder query = new StringBuilder();
    if (request.query() != null) {
      for (String pair : request.query().split("&")) {
        String name = pair.split("=", 2)[0];
        if (!pair.isEmpty() && !name.equals("page") && !name.equals("pageSize")) {
          query.append(pair).append('&');
        }
      }
    }
    query.append("page=").append(page).append("&pageSize=").append(size);
    java.net.URI uri = request.uri();
    return uri.getScheme() + "://" + uri.getRawAuthority() + request.path() + "?" + query;
  }

  private static int whole(String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
