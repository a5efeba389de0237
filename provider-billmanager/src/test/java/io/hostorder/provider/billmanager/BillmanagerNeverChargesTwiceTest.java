package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 10 against the BILLmanager simulator: an answer that is not a plain success on a committing step
 * (add, promo code, confirm, skipbasket pay) never leads to a second paid order, and a reconcile that did
 * not look everywhere never says "not found".
 */
class BillmanagerNeverChargesTwiceTest {
  private static final String ADD = "v2.vds.order.param";
  private static final String CONFIRM = "cartorder.create.confirm";
  private final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build();

  @AfterEach
  void close() {
    registry.close();
    sim.close();
  }

  private OrderProvider provider(String... extra) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", sim.baseUrl().toString());
    m.put("username", BillmanagerSimulator.ADMIN_LOGIN);
    m.put("password", BillmanagerSimulator.ADMIN_PASSWORD);
    m.put("su", BillmanagerSimulator.CLIENT_LOGIN);
    m.put("read-timeout", "1s");
    for (int i = 0; i < extra.length; i += 2) {
      m.put(extra[i], extra[i + 1]);
    }
    return registry.create("billmanager", ProviderConfig.of(m));
  }

  private static OrderRequest order(String reference) {
    return OrderRequest.builder().reference(reference).addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
  }

  private long sent(String func) {
    return sim.requests().stream().filter(r -> func.equals(r.fields().get("func"))).count();
  }

  /** Item 1: a gateway's page (or any other fault) after the paying skipbasket add is not a login page to log in again for. */
  @ParameterizedTest
  @EnumSource(AfterProcessing.class)
  void skipbasketPay_inSessionMode_anyFaultAfterProcessing_isOutcomeUnknown_andPaysOnce(AfterProcessing fault) {
    sim.faults().lateAnswerDelay(Duration.ofMillis(1500));
    OrderProvider provider = provider("skipbasket", "true", "login-mode", "session");
    sim.faults().afterProcessing(ADD, fault);

    OutcomeUnknownException e = catchThrowableOfType(() -> provider.place(order("broker-1")), OutcomeUnknownException.class);

    assertThat(e).as("after %s", fault).isNotNull();
    assertThat(e.reference()).isEqualTo("broker-1");
    assertThat(sent(ADD)).as("the paying request is sent once").isEqualTo(1);
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    // The same reference again: reconcile by remoteid finds the paid service; nothing is sent to pay.
    Order again = provider.place(order("broker-1"));
    assertThat(again.ref().id()).isEqualTo("domain=" + sim.services().get(0).domain());
    assertThat(sent(ADD)).isEqualTo(1);
    assertThat(sim.services()).hasSize(1);
  }

  /**
   * Item 2: without remoteid, a non-document answer to the confirm is unknown, no later call confirms again,
   * and place() of the same reference finds the order by the domain derived from it (a reading list).
   */
  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"TRUNCATED", "NON_DOCUMENT_TEXT", "HTML_504", "HTML_LOGIN_PAGE",
      "EMPTY_200", "HTTP_500", "CUT_MID_BODY"})
  void confirm_withoutRemoteid_nonDocumentAnswer_isOutcomeUnknown_inBothLoginModes_andFoundByItsDomain(AfterProcessing fault) {
    for (String mode : new String[] {"authinfo", "session"}) {
      sim.reset();
      OrderProvider provider = provider("send-remoteid", "false", "login-mode", mode);
      sim.faults().afterProcessing(CONFIRM, fault);

      OutcomeUnknownException e = catchThrowableOfType(() -> provider.place(order("broker-2")),
          OutcomeUnknownException.class);

      assertThat(e).as("%s in %s mode", fault, mode).isNotNull();
      assertThat(e.step()).isEqualTo("checkout");
      assertThat(e.details()).containsKey("lineitem.id");
      Order found = provider.place(order("broker-2"));
      assertThat(found.ref().id()).isEqualTo("domain=" + sim.services().get(0).domain());
      assertThat(found.lines()).singleElement().satisfies(l -> assertThat(l.server().name()).isEqualTo("broker-2"));
      assertThat(sent(CONFIRM)).isEqualTo(1);
      assertThat(sent(ADD)).as("the second place() adds nothing either").isEqualTo(1);
      assertThat(sim.confirmedOrders()).isEqualTo(1);
    }
  }

  /** Item 5: a sticky filter set in the panel hides the service; reconcile resets it before looking. */
  @Test
  void reconcile_resetsTheStickyListFilter_beforeLooking() {
    OrderProvider provider = provider();
    provider.place(order("broker-3"));
    sim.listFilter(BillmanagerSimulator.CLIENT_LOGIN, "vds", "status", "2"); // only active ones; the new one is 1

    assertThat(provider.reconcile("broker-3")).isPresent();
    assertThat(sim.listFilter(BillmanagerSimulator.CLIENT_LOGIN, "vds")).isEmpty();
    assertThat(sent("vds.filter")).isPositive();
  }

  /** Item 5 (and the simulator's remoteid assumption): a list that shows no remoteid is no "not found". */
  @Test
  void reconcile_whenTheListShowsNoRemoteid_findsTheOrderByItsDomain_andNothingForAnotherReference() {
    OrderProvider provider = provider();
    Order placed = provider.place(order("broker-4"));
    sim.listsRemoteid(false);
    assertThat(provider.reconcile("broker-4")).hasValueSatisfying(o -> assertThat(o.ref()).isEqualTo(placed.ref()));
    assertThat(provider.reconcile("broker-5")).isEmpty();
  }

  /** Item 7: the rejected promo code's cart line is deleted, so no later confirm of the shared cart pays it. */
  @Test
  void rejectedPromoCode_deletesTheLine_soALaterOrderPaysOnlyItsOwn() {
    OrderProvider provider = provider();
    assertThatThrownBy(() -> provider.place(order("broker-6").toBuilder().promoCode("NOT-A-CODE").build()))
        .isInstanceOf(PromoCodeRejectedException.class);
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(sim.requests().stream().filter(r -> "cart".equals(r.fields().get("func"))
        && "delete".equals(r.fields().get("clicked_button")))).singleElement()
        .satisfies(r -> assertThat(r.unknownFields()).isEmpty());

    provider.place(order("broker-7"));
    assertThat(sim.services()).hasSize(1);
  }

  /** Item 7: a lost answer to the add is an outcome unknown at once, and the same reference adds nothing more. */
  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"DROP", "HTML_504", "TRUNCATED", "HTTP_502"})
  void lostAnswerToTheAdd_isOutcomeUnknownAtTheAdd_andTheReferenceAddsNothingMore(AfterProcessing fault) {
    OrderProvider provider = provider("send-remoteid", "false");
    sim.faults().afterProcessing(ADD, fault);
    Cart cart = provider.newCart("broker-8");

    OutcomeUnknownException e = catchThrowableOfType(() -> cart.add(BillmanagerDocumentExamplesTest.documentItem()),
        OutcomeUnknownException.class);

    assertThat(e.step()).isEqualTo("add");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).hasSize(1);
    assertThatThrownBy(cart::checkout).isSameAs(e);
    assertThatThrownBy(() -> provider.place(order("broker-8"))).isSameAs(e);
    assertThat(sent(ADD)).isEqualTo(1);
    assertThat(sent(CONFIRM)).isZero();
  }

  /** A refusal before processing says a retry is safe, and the retry places exactly one order. */
  @Test
  void refusalBeforeProcessing_atTheConfirm_isTransient_andTheRetryPlacesOne() {
    OrderProvider provider = provider();
    sim.faults().refuseBeforeProcessing(CONFIRM, 503);
    Cart cart = provider.newCart("broker-9");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    assertThatThrownBy(cart::checkout).isInstanceOf(TransientException.class).hasMessageContaining("safe to retry");
    assertThat(cart.checkout().reference()).isEqualTo("broker-9");
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  /**
   * A promo code refused before processing stays "safe to retry" even when deleting the order's cart line
   * is refused too: the leftover line is named in the error, and the retry places exactly one order.
   */
  @Test
  void promoCodeRefusedBeforeProcessing_andTheLineDeleteRefusedToo_isStillTransient_andTheRetryPlacesOne() {
    OrderProvider provider = provider();
    sim.faults().refuseBeforeProcessing("cart", 503).refuseBeforeProcessing("cart", 503);
    OrderRequest request = order("broker-11").toBuilder().promoCode("PROMO_2024").build();

    TransientException e = catchThrowableOfType(() -> provider.place(request), TransientException.class);

    assertThat(e).as("a refusal before processing, whatever happened to the cleanup").isNotNull();
    assertThat(e.getMessage()).contains("could not be deleted from the account's cart");
    assertThat(e.details().keySet()).anyMatch(k -> k.startsWith("cart-line-left."));
    assertThat(sim.confirmedOrders()).isZero();
    assertThat(provider.place(request).reference()).isEqualTo("broker-11");
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  /** The cart tells its trail (a journal) before each committing request, and every id as soon as it is known. */
  @Test
  void trail_hearsEachCommittingRequestBeforeItIsSent_andTheIdsAsTheyBecomeKnown() {
    OrderProvider provider = provider();
    assertThat(provider.reportsTrail()).isTrue();
    List<String> heard = new ArrayList<>();
    OrderTrail trail = new OrderTrail() {
      @Override
      public void idsKnown(Map<String, String> ids) {
        heard.add("ids " + new java.util.TreeMap<>(ids).keySet());
      }

      @Override
      public void commitSending(String step, Map<String, String> ids) {
        heard.add("sending " + step + " after " + sim.requests().size() + " requests");
      }

      @Override
      public void commitSucceeded(String step, Map<String, String> ids) {
        heard.add("succeeded " + step);
      }

      @Override
      public void commitRefused(String step, HostorderException refusal) {
        heard.add("refused " + step);
      }
    };
    Order order = provider.place(order("broker-10").toBuilder().promoCode("PROMO_2024").build(), trail);

    assertThat(order.reference()).isEqualTo("broker-10");
    assertThat(heard).containsExactly(
        "sending add after 2 requests", "succeeded add", "ids [item-type, lineitem.id]",
        "sending promo-code after 3 requests", "succeeded promo-code",
        "sending checkout after 4 requests", "succeeded checkout", "ids [domain, item-type, lineitem.id, remoteid]",
        // the order's service ids, under the key a journal looks an order up by (order status)
        "ids [orderId]");
  }
}
