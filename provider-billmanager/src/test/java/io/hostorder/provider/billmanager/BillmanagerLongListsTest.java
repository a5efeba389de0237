package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shapes the simulator does not give: lists longer than any page cap, lists that contradict themselves, "long…" answers. */
class BillmanagerLongListsTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  /** Answers each page of a list of {@code total} services (ids 1..total, remoteid "r-ID"), 100 rows a page. */
  private void serveList(int total, boolean repeatFirstPage) {
    wire.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Map<String, String> f = Wire.fields(request);
        if (f.get("func").endsWith(".filter")) {
          return Wire.answer("<doc><ok/></doc>");
        }
        int page = repeatFirstPage ? 1 : Integer.parseInt(f.get("p_num"));
        int size = Integer.parseInt(f.get("p_cnt"));
        StringBuilder b = new StringBuilder("<doc>");
        for (int id = (page - 1) * size + 1; id <= Math.min(total, page * size); id++) {
          b.append("<elem><id>").append(id).append("</id><remoteid>r-").append(id).append("</remoteid>")
              .append("<item_status>2</item_status></elem>");
        }
        return Wire.answer(b.append("<p_elems>").append(total).append("</p_elems></doc>").toString());
      }
    });
  }

  /** Item 5: the old client stopped at 50 pages and said "not found" for the service on page 55. */
  @Test
  void reconcile_readsEveryPage_findingAServiceBeyondFiftyPages() {
    serveList(6_000, false);
    OrderProvider provider = wire.provider();
    assertThat(provider.reconcile("r-5432")).hasValueSatisfying(o -> {
      assertThat(o.ref().id()).isEqualTo("domain=r-5432");
      assertThat(o.lines()).extracting(l -> l.id()).containsExactly("5432");
    });
    assertThat(provider.reconcile("r-6001")).isEmpty();
  }

  /** Item 5: a list that cannot be read whole is an error that says so, never "not found". */
  @Test
  void reconcile_whenPagesRepeat_isAnError_notEmpty() {
    serveList(6_000, true);
    ProviderErrorException e = catchThrowableOfType(() -> wire.provider().reconcile("r-5432"), ProviderErrorException.class);
    assertThat(e.code()).isEqualTo("list-incomplete");
    assertThat(e.getMessage()).contains("did not look at every service");
  }

  @Test
  void reconcile_whenTheListEndsBeforeItsCount_isAnError_notEmpty() {
    wire.enqueue("<doc><elem><id>1</id><remoteid>other</remoteid></elem><p_elems>7</p_elems></doc>");
    ProviderErrorException e = catchThrowableOfType(() -> wire.provider().reconcile("r-1"), ProviderErrorException.class);
    assertThat(e.code()).isEqualTo("list-incomplete");
  }

  @Test
  void reconcile_whenTheFilterCannotBeReset_isAnError_butAHostWithoutAFilterFunctionIsLookedAt() {
    wire.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return Wire.answer(BillmanagerErrorsTest.error("xml", "value", "status", "no such filter value"));
      }
    });
    ProviderErrorException e = catchThrowableOfType(() -> wire.provider().reconcile("r-1"), ProviderErrorException.class);
    assertThat(e.code()).isEqualTo("list-incomplete");
    assertThat(e.getMessage()).contains("filter could not be reset");

    wire.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return Wire.answer(Wire.fields(request).get("func").endsWith(".filter")
            ? BillmanagerErrorsTest.error("xml", "missed", "func", "Unknown function")
            : "<doc><p_elems>0</p_elems></doc>");
      }
    });
    assertThat(wire.provider().reconcile("r-1")).isEmpty();
  }

  /** Item 2: BILLmanager's "long…" string (a request still in process) answered to the confirm is an unknown outcome. */
  @Test
  void longRequestInProcessString_atTheConfirm_isOutcomeUnknown_andNeverConfirmsAgain() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    // A "long" text without a URL to fetch the result from: nothing to follow, so the outcome is unknown.
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain")
        .setBody("long_7f3a9c21 request in process, please wait"));
    Cart cart = provider.newCart("broker-40");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());

    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);

    assertThat(e.reference()).isEqualTo("broker-40");
    assertThat(e.getCause()).hasMessageContaining("long_7f3a9c21");
    assertThat(e.details()).containsEntry("lineitem.id", "1818");
    wire.enqueueNoServices(); // place() looks first (reading): not listed, so it stays unknown and sends nothing
    catchThrowableOfType(() -> provider.place(io.hostorder.core.model.OrderRequest.builder().reference("broker-40")
        .addItem(BillmanagerDocumentExamplesTest.documentItem()).build()), OutcomeUnknownException.class);
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  /** API notes: a {@code long…} URL answer means "request in process"; its result is fetched until a document comes. */
  @Test
  void longRequestInProcessUrl_atTheConfirm_isFollowedToItsDocument_neverConfirmingAgain() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    String inProcess = "long:https://billing.example.com/billmgr?func=long&elid=7f3a9c21&out=xml&auth=not-ours";
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(inProcess));
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(inProcess));
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider.newCart("broker-41");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());

    assertThat(cart.checkout().ref().id()).isEqualTo("domain=broker-41");

    wire.take();
    assertThat(Wire.fields(wire.take())).containsEntry("func", "cartorder.create.confirm");
    for (int i = 0; i < 2; i++) {
      okhttp3.mockwebserver.RecordedRequest fetch = wire.take();
      // Sent to the configured endpoint with our own credentials, never to the host or session in the text.
      assertThat(fetch.getRequestUrl().host()).isIn("127.0.0.1", "localhost");
      assertThat(Wire.fields(fetch)).contains(entry("func", "long"), entry("elid", "7f3a9c21"),
          entry("authinfo", "admin_login:admin_password")).doesNotContainKey("auth");
    }
    assertThat(wire.requestCount()).as("add, confirm, two fetches of the result; no list after").isEqualTo(4);
  }

  @Test
  void longRequestInProcessUrl_whoseResultCannotBeFetched_isOutcomeUnknown() {
    OrderProvider provider = wire.provider("send-remoteid", "false");
    wire.enqueue("<doc><lineitem.id>1818</lineitem.id></doc>");
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain")
        .setBody("long:http://127.0.0.1/billmgr?func=long&elid=gone"));
    wire.server.enqueue(new MockResponse().setResponseCode(503).setBody("busy"));
    Cart cart = provider.newCart("broker-42");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.step()).isEqualTo("checkout");
    assertThat(wire.requestCount()).isEqualTo(3);
  }
}
