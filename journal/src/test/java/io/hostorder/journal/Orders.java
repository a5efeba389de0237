package io.hostorder.journal;

import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import java.math.BigDecimal;

/** Orders the journal tests place: one VPS at the JSON action API, one plan at the memory provider. */
final class Orders {
  private Orders() {}

  static OrderRequest vps(String reference, String name) {
    return OrderRequest.builder().reference(reference).addItem(OrderItem.builder().plan("VPS").name(name)
        .resources(new Resources(new BigDecimal("0.5"), 1, 10)).image("2").build()).build();
  }

  static OrderRequest memory(String reference, String plan) {
    return OrderRequest.builder().reference(reference).addItem(OrderItem.builder().plan(plan).period(io.hostorder.core.model.BillingPeriod.P1M).name("srv-" + reference)
        .access(Access.password("S3cret-" + reference)).build()).build();
  }
}
