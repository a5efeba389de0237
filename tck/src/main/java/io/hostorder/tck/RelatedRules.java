package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Capability;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import java.util.List;

/** SPEC.md section 5: related services. */
final class RelatedRules {
  private RelatedRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R5.1", "an item with related items is placed").with(Capability.RELATED_ITEMS)
            .hint("order the parent first, then each related item attached to it")
            .check(ctx -> {
              OrderItem item = sample(ctx);
              Order order = ctx.place(ctx.order(item));
              assertThat(order.ref()).isNotNull();
            }),
        rule("R5.2", "a related line names its parent line").with(Capability.RELATED_ITEMS)
            .hint("set OrderLine.parentId of each related line to the id of the line it belongs to")
            .check(ctx -> {
              Order order = ctx.place(ctx.order(sample(ctx)));
              if (order.lines().size() < 2) {
                throw ctx.skip("the provider reports one line for the whole order");
              }
              List<String> ids = order.lines().stream().map(OrderLine::id).toList();
              List<OrderLine> related = order.lines().stream().filter(l -> l.parentId() != null).toList();
              assertThat(related).as("lines with a parentId").isNotEmpty();
              related.forEach(l -> assertThat(ids).as("parent of line %s", l.id()).contains(l.parentId()));
            }));
  }

  private static OrderItem sample(TckContext ctx) {
    OrderItem item = ctx.harness().itemWithRelated()
        .orElseThrow(() -> ctx.skip("the harness gives no item with related items"));
    assertThat(item.related()).as("related items of the harness's sample").isNotEmpty();
    return item;
  }
}
