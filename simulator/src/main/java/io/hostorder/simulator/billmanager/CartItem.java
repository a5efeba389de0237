package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a client's cart, added by {@code v2.{ITEMTYPE}.order.param} and waiting for
 * {@code cartorder.create.confirm}.
 *
 * @param id the cart line id ({@code lineitem.id})
 * @param login the client whose cart holds it
 * @param tariff the tariff ordered
 * @param period the {@code order_period}
 * @param count how many services it orders ({@code order_count}, 1 where the profile has none)
 * @param remoteid the {@code remoteid} sent with it, or null
 * @param promoCode the promo code applied to it, or null
 * @param fullPrice the price of all its services without discount
 * @param fields every field the order request sent (secrets included: a test view)
 */
public record CartItem(long id, String login, Tariff tariff, int period, int count, String remoteid,
    String promoCode, BigDecimal fullPrice, Map<String, String> fields) {

  public CartItem {
    Objects.requireNonNull(login, "login == null");
    Objects.requireNonNull(tariff, "tariff == null");
    Objects.requireNonNull(fullPrice, "fullPrice == null");
    fields = Map.copyOf(fields);
  }

  CartItem withPromo(String code) {
    return new CartItem(id, login, tariff, period, count, remoteid, code, fullPrice, fields);
  }

  @Override
  public String toString() {
    return "CartItem{id=" + id + ", login=" + login + ", pricelist=" + tariff.id() + ", period="
        + period + ", count=" + count + ", remoteid=" + remoteid + ", promo=" + promoCode
        + ", price=" + fullPrice + "}";
  }
}
