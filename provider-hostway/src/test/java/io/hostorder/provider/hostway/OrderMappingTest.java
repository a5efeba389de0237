package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How portable items become products and services, and what is rejected before any request. */
class OrderMappingTest {
  private final MockWebServer server = new MockWebServer();
  private String base;

  @BeforeEach
  void start() throws Exception {
    server.start();
    base = server.url("/").toString();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  static OrderItem.Builder server(String name) {
    return OrderItem.builder().plan("core.plan.vps.virtuozzo.u101/USD-1").name(name)
        .option("serviceSpecification", "core.vps.virtuozzo.server.u100");
  }

  private List<String> paths(OrderRequest order) {
    OrderProvider provider = provider(server);
    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, () -> provider.place(order));
    assertThat(server.getRequestCount()).as("no request sent").isZero();
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void place_whenAChildServiceHasNoServerService_isRejectedBeforeAnyRequest() {
    OrderItem item = OrderItem.builder().plan("core.plan.vps.virtuozzo.u101/USD-1").name("vps")
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.ip").build()).build();
    assertThat(paths(OrderRequest.of(item))).containsExactly("items[0].related[0]");
  }

  @Test
  void place_whenAServiceRelatesToALaterService_isRejectedNamingItsRelatedTo() {
    OrderItem item = server("vps")
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.ip").option("relatedTo", "items[0].related[1]").build())
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.powerpack").build()).build();
    assertThat(paths(OrderRequest.of(item))).containsExactly("items[0].related[0].options.relatedTo");
  }

  @Test
  void place_whenAServiceRelatesToSomethingNotInTheOrder_isRejectedNamingItsRelatedTo() {
    OrderItem item = server("vps")
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.ip").option("relatedTo", "items[3]").build()).build();
    assertThat(paths(OrderRequest.of(item))).containsExactly("items[0].related[0].options.relatedTo");
  }

  @Test
  void place_whenFieldsCannotBeMapped_listsEveryOneOfThem() {
    OrderItem item = server("vps").plan("not an offering").region("13").image("ubuntu").addon("6746", "260")
        .option("colour", "blue").period(BillingPeriod.P1D)
        .addRelated(OrderItem.builder().plan("a/b/c").build()).build();
    OrderProvider provider = provider(server);
    UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
        () -> provider.place(OrderRequest.of(item)));
    assertThat(e.violations().stream().map(Violation::path)).contains("items[0].plan", "items[0].region",
        "items[0].image", "items[0].addons", "items[0].options.colour", "items[0].period", "items[0].related[0].plan");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void cartAdd_whenTheServerServiceHasNoName_isRejectedBeforeAnyRequest() {
    OrderItem item = server(null).build();
    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, () -> provider(server).newCart().add(item));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("items[0].name");
  }

  @Test
  void place_shortFormsPeriodsAndPromoCodes_areMappedAsDocumented() throws Exception {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      int n;

      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest r) {
        String p = r.getPath();
        if (p.equals("/orders")) return orderCreated("o1", "owner-1");
        if (p.endsWith("/account")) return noContent();
        if (p.endsWith("/action")) return accepted();
        if (p.endsWith("/products")) return created(base + "orders/o1/account/products/p" + (++n), null);
        return created(base + "orders/o1/account/products/p1/services/s" + (++n), null);
      }
    });
    OrderItem first = server("one").period(BillingPeriod.P3M).option("displayName", "My VPS")
        .addRelated(OrderItem.builder().plan("core.vps.virtuozzo.ip").period(BillingPeriod.P12M)
            .option("promoCode", "IPFREE").option("attribute.hostname", "one.example").build()).build();
    OrderItem second = OrderItem.builder().plan(base + "productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1")
        .option("promoCode", "OWN").build();
    provider(server).place(OrderRequest.builder().reference("broker-4711").promoCode("CART10").addItem(first)
        .addItem(second).build());

    take(server);
    take(server);
    assertSent(take(server), "POST", "/orders/o1/account/products", "owner-1", "{\"offering\": \"" + base
        + "productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1\", \"promoCode\": \"CART10\", \"displayName\": \"My VPS\", "
        + "\"partnerId\": \"broker-4711\"}");
    assertSent(take(server), "POST", "/orders/o1/account/products/p1/services", "owner-1", "{\"name\": \"one\", "
        + "\"serviceSpecification\": \"" + base + "serviceSpecifications/core.vps.virtuozzo.server.u100\", \"billingCycle\": 3}");
    assertSent(take(server), "POST", "/orders/o1/account/products/p1/services", "owner-1", "{\"name\": \"one\", "
        + "\"serviceSpecification\": \"" + base + "serviceSpecifications/core.vps.virtuozzo.ip\", \"billingCycle\": 12, "
        + "\"relatedTo\": [\"" + base + "orders/o1/account/products/p1/services/s2\"], \"promoCode\": \"IPFREE\", "
        + "\"attributes\": {\"hostname\": \"one.example\"}}");
    assertSent(take(server), "POST", "/orders/o1/account/products", "owner-1", "{\"offering\": \"" + base
        + "productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1\", \"promoCode\": \"OWN\", \"partnerId\": \"broker-4711\"}");
    assertSent(take(server), "POST", "/orders/o1/action", "owner-1", "{\"action\": \"submit\"}");
  }

  @Test
  void aPartnerIdOption_isRefused_theReferenceIsThePartnerId() {
    var order = OrderRequest.builder().reference("broker-4711").addItem(server("one").option("partnerId", "x").build())
        .build();
    assertThat(provider(server).validate(order)).extracting(io.hostorder.core.error.Violation::path)
        .containsExactly("items[0].options.partnerId");
    assertThat(server.getRequestCount()).isZero();
  }
}
