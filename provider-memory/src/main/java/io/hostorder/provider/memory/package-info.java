/**
 * The in-memory reference provider, type {@code memory}: every portable capability, no network. It is
 * the worked example for plugin authors (a factory, a provider, a cart, each small) and the provider the
 * TCK tests itself with.
 *
 * <p>The "server side" is a {@link io.hostorder.provider.memory.MemoryAccount}: a named, in-JVM account
 * holding the orders, the balance, a request counter and fault injection, shared by every provider
 * instance configured with the same {@code account} key. Each provider call that would be a request at a
 * real hosting company is one call on the account, counted, so "no request was sent" is observable.
 */
package io.hostorder.provider.memory;
