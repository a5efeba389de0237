/**
 * Carts a provider can use instead of writing its own: {@link io.hostorder.core.cart.LocalCart} for an API
 * without a server-side cart.
 */
package io.hostorder.core.cart;
