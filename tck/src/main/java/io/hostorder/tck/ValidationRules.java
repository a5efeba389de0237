package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Cart;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;

/** SPEC.md section 2: validation before any request. */
final class ValidationRules {
  private ValidationRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R2.1", "validate() names the wrong field of each invalid sample").liveSafe()
            .hint("return a Violation whose path is the JSON path of the field, e.g. items[0].period")
            .check(ctx -> {
              for (TckHarness.InvalidSample s : samples(ctx)) {
                List<Violation> found = ctx.provider().validate(ctx.order(s.item()));
                assertThat(found).as("violations of '%s'", s.description()).extracting(Violation::path)
                    .contains(s.expectedPath());
              }
            }),
        rule("R2.2", "placing an invalid sample throws a typed error naming the field").liveSafe()
            .hint("call OrderValidator.throwIfAny(type(), validate(order)) before the first request")
            .check(ctx -> {
              for (TckHarness.InvalidSample s : samples(ctx)) {
                Throwable e = catchThrowable(() -> ctx.provider().place(ctx.order(s.item())));
                assertThat(paths(e)).as("paths named by %s for '%s'", describe(e), s.description())
                    .contains(s.expectedPath());
              }
            }),
        rule("R2.3", "an invalid order sends no request and places nothing").observer()
            .hint("validate the whole order (and each item in Cart.add) before talking to the provider")
            .check(ctx -> {
              for (TckHarness.InvalidSample s : samples(ctx)) {
                int requests = ctx.requests();
                int orders = ctx.orders();
                catchThrowable(() -> ctx.provider().place(ctx.order(s.item())));
                catchThrowable(() -> ctx.newCart().add(s.item()));
                assertThat(ctx.requests()).as("requests sent for '%s'", s.description()).isEqualTo(requests);
                assertThat(ctx.orders()).as("orders placed for '%s'", s.description()).isEqualTo(orders);
              }
            }),
        rule("R2.4", "every violation of an order is listed at once").liveSafe()
            .hint("collect all violations before throwing; do not stop at the first")
            .check(ctx -> {
              List<TckHarness.InvalidSample> samples = samples(ctx);
              OrderRequest.Builder b = OrderRequest.builder();
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < samples.size(); i++) {
                b.addItem(samples.get(i).item());
                expected.add(samples.get(i).expectedPath().replaceFirst("^items\\[0]", "items[" + i + "]"));
              }
              b.addItem(OrderItem.builder().plan(" ").build());
              expected.add("items[" + samples.size() + "].plan");
              Throwable e = catchThrowable(() -> ctx.provider().place(b.build()));
              assertThat(paths(e)).as("paths named by %s", describe(e)).containsAll(expected);
            }),
        rule("R2.5", "Cart.add rejects a blank plan and a quantity below one with InvalidOrderException").liveSafe()
            .hint("Cart.add validates its item with OrderValidator.portableItem before any request")
            .check(ctx -> {
              Cart cart = ctx.newCart();
              OrderItem bad = ctx.harness().plainItem().toBuilder().plan(" ").quantity(0).build();
              Throwable e = catchThrowable(() -> cart.add(bad));
              assertThat(e).as("error of Cart.add").isInstanceOf(InvalidOrderException.class);
              assertThat(paths(e)).contains("items[0].plan", "items[0].quantity");
              assertThat(cart.lines()).as("cart lines after a rejected add").isEmpty();
            }),
        rule("R2.6", "checkout of an empty cart fails with InvalidOrderException and places nothing").liveSafe()
            .hint("checkout with no line must throw InvalidOrderException naming items")
            .check(ctx -> {
              int orders = ctx.orders();
              Throwable e = catchThrowable(() -> ctx.newCart().checkout());
              assertThat(e).as("error of an empty checkout").isInstanceOf(InvalidOrderException.class);
              assertThat(paths(e)).contains("items");
              assertThat(ctx.orders()).as("orders placed").isEqualTo(orders);
            }),
        rule("R2.7", "a billing period the provider does not offer is rejected naming items[0].period").liveSafe()
            .hint("list the periods offered in Capabilities; OrderValidator rejects the others")
            .check(ctx -> {
              BillingPeriod missing = java.util.Arrays.stream(BillingPeriod.values())
                  .filter(p -> p != BillingPeriod.P1D && !ctx.capabilities().periods().contains(p)).findFirst()
                  .orElseThrow(() -> ctx.skip("the provider offers every monthly period"));
              Throwable e = catchThrowable(() -> ctx.provider().place(ctx.order(
                  ctx.harness().plainItem().toBuilder().period(missing).build())));
              assertThat(paths(e)).as("paths named for period %s", missing).contains("items[0].period");
            }),
        rule("R2.8", "an access kind the provider does not take is rejected naming it").liveSafe()
            .hint("list the access kinds taken in Capabilities; OrderValidator rejects the others")
            .check(ctx -> {
              String kind = java.util.stream.Stream.of("password", "sshKeyId", "sshPublicKey")
                  .filter(k -> !ctx.capabilities().accessKinds().contains(k)).findFirst()
                  .orElseThrow(() -> ctx.skip("the provider takes every kind of access"));
              Access access = switch (kind) {
                case "password" -> Access.password("Tck-Unused-1");
                case "sshKeyId" -> Access.sshKeyId("tck-key");
                default -> Access.sshPublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITckTckTck tck");
              };
              Throwable e = catchThrowable(() -> ctx.provider().place(ctx.order(
                  ctx.harness().plainItem().toBuilder().access(access).build())));
              assertThat(paths(e)).as("paths named for access by %s", kind).contains("items[0].access." + kind);
            }));
  }

  static List<TckHarness.InvalidSample> samples(TckContext ctx) {
    List<TckHarness.InvalidSample> samples = ctx.harness().invalidItems();
    if (samples.isEmpty()) {
      throw new AssertionError("the harness gives no invalid sample");
    }
    return samples;
  }

  /** Returns the paths listed by an InvalidOrderException or UnsupportedCapabilityException, else fails. */
  static List<String> paths(Throwable e) {
    if (e instanceof InvalidOrderException i) {
      return i.violations().stream().map(Violation::path).toList();
    }
    if (e instanceof UnsupportedCapabilityException u) {
      return u.violations().stream().map(Violation::path).toList();
    }
    throw new AssertionError("expected InvalidOrderException or UnsupportedCapabilityException, got "
        + describe(e));
  }

  static String describe(Throwable e) {
    return e == null ? "no error" : e.getClass().getSimpleName();
  }
}
