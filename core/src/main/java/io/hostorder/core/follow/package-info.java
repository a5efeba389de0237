/** Following a placed order until it is set up: {@link io.hostorder.core.follow.Awaiter}. */
package io.hostorder.core.follow;
