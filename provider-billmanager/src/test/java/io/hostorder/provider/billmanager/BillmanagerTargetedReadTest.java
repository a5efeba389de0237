package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The status of an order is one targeted read whatever the account's size: the list filtered by the key
 * (or the service id), the list, the filter reset. A filter that a host ignores, or that another session
 * changed, never hides a service: the whole list is read then.
 */
class BillmanagerTargetedReadTest {
  private final Wire wire = new Wire();
  private final List<String> funcs = new ArrayList<>();
  private final Map<String, String> filter = new HashMap<>();
  /** How the host treats a filter: "honour", "ignore", or "foreign" (another session's filter wins). */
  private String mode = "honour";

  @AfterEach
  void close() {
    wire.close();
  }

  /** An account of {@code total} services: ids 1..total, domain svc-ID. */
  private OrderProvider account(int total) {
    wire.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Map<String, String> f = Wire.fields(request);
        String func = f.get("func");
        synchronized (funcs) {
          funcs.add(func);
        }
        if (func.endsWith(".filter")) {
          filter.clear();
          for (String field : new String[] {"id", "domain"}) {
            if (f.get(field) != null) {
              filter.put(field, f.get(field));
            }
          }
          return Wire.answer("<doc><ok/></doc>");
        }
        Map<String, String> applied = switch (mode) {
          case "ignore" -> Map.of();
          case "foreign" -> Map.of("domain", "svc-1");
          default -> filter;
        };
        List<Integer> ids = new ArrayList<>();
        for (int id = 1; id <= total; id++) {
          if ((!applied.containsKey("id") || applied.get("id").equals(Integer.toString(id)))
              && (!applied.containsKey("domain") || applied.get("domain").equals("svc-" + id))) {
            ids.add(id);
          }
        }
        int page = Integer.parseInt(f.get("p_num"));
        int size = Integer.parseInt(f.get("p_cnt"));
        StringBuilder b = new StringBuilder("<doc>");
        for (int i = (page - 1) * size; i < Math.min(ids.size(), page * size); i++) {
          int id = ids.get(i);
          b.append("<elem><id>").append(id).append("</id><domain>svc-").append(id).append("</domain>")
              .append("<item_status>2</item_status></elem>");
        }
        return Wire.answer(b.append("<p_elems>").append(ids.size()).append("</p_elems></doc>").toString());
      }
    });
    return wire.provider();
  }

  private List<String> funcs() {
    synchronized (funcs) {
      return List.copyOf(funcs);
    }
  }

  @Test
  void statusByKey_atAnAccountOf5000Services_isThreeRequests_andResetsTheFilter() {
    OrderProvider provider = account(5_000);

    Order order = provider.order(new OrderRef("domain=svc-4321"));

    assertThat(order.lines()).extracting(l -> l.id()).containsExactly("4321");
    assertThat(funcs()).containsExactly("vds.filter", "vds", "vds.filter");
    assertThat(filter).as("the filter is reset after the read").isEmpty();
  }

  @Test
  void statusByServiceId_isThreeRequests_too() {
    OrderProvider provider = account(5_000);

    Order order = provider.order(new OrderRef("4999"));

    assertThat(order.ref().id()).isEqualTo("4999");
    assertThat(funcs()).containsExactly("vds.filter", "vds", "vds.filter");
  }

  @Test
  void aHostIgnoringTheFilter_isReadWhole_andNotAskedToFilterAgain() {
    mode = "ignore";
    OrderProvider provider = account(250);

    assertThat(provider.order(new OrderRef("domain=svc-201")).lines()).extracting(l -> l.id()).containsExactly("201");
    int first = funcs().size();
    assertThat(provider.order(new OrderRef("domain=svc-202")).lines()).extracting(l -> l.id()).containsExactly("202");

    // The second read: the filter reset and the three pages, no filter set.
    assertThat(funcs().subList(first, funcs().size())).containsExactly("vds.filter", "vds", "vds", "vds");
  }

  @Test
  void anotherSessionsFilter_neverHidesTheService() {
    mode = "foreign";
    OrderProvider provider = account(300);

    // Every list answers svc-1 only while the foreign filter holds; the fallback's reset does not clear it
    // here, so the service is not found: but only after the whole (as filtered) list was read again.
    Throwable e = catchThrowable(() -> provider.order(new OrderRef("domain=svc-7")));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(funcs()).containsExactly("vds.filter", "vds", "vds.filter", "vds.filter", "vds");
    mode = "honour";
    assertThat(provider.order(new OrderRef("domain=svc-7")).lines()).extracting(l -> l.id()).containsExactly("7");
  }

  @Test
  void aKeyNotListed_isNotFound_afterTheWholeListConfirmsIt() {
    OrderProvider provider = account(150);

    assertThat(catchThrowable(() -> provider.order(new OrderRef("domain=absent"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(funcs()).containsExactly("vds.filter", "vds", "vds.filter", "vds.filter", "vds", "vds");
  }
}
