package io.hostorder.provider.hostway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * The cookie jar of ONE order: it keeps the {@code OwnerId} cookie the API sets when the order is
 * created and sends it with every later request of that order. Never shared between orders or
 * threads — one {@code OwnerId} may hold only one open order (a second {@code POST /orders} with it
 * answers 409), and the cookie grants access to the order. Safe for concurrent use by the threads that
 * create one order's services in parallel.
 */
final class OwnerCookieJar implements CookieJar {
  static final String OWNER_ID = "OwnerId";
  private final List<Cookie> cookies = new ArrayList<>();

  /** Returns a jar that already holds {@code ownerId} for {@code base}'s host (to resume an order). */
  static OwnerCookieJar holding(HttpUrl base, String ownerId) {
    OwnerCookieJar jar = new OwnerCookieJar();
    jar.cookies.add(new Cookie.Builder().name(OWNER_ID).value(ownerId).hostOnlyDomain(base.host()).path("/").build());
    return jar;
  }

  @Override
  public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
    for (Cookie c : received) {
      cookies.removeIf(old -> old.name().equals(c.name()) && old.domain().equals(c.domain()) && old.path().equals(c.path()));
      cookies.add(c);
    }
  }

  @Override
  public synchronized List<Cookie> loadForRequest(HttpUrl url) {
    List<Cookie> out = new ArrayList<>();
    long now = System.currentTimeMillis();
    for (Cookie c : cookies) {
      if (c.expiresAt() > now && c.matches(url)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Returns the OwnerId this order was given, or empty. */
  synchronized Optional<String> ownerId() {
    return cookies.stream().filter(c -> c.name().equals(OWNER_ID)).map(Cookie::value).findFirst();
  }

  @Override
  public String toString() {
    return "OwnerCookieJar{" + (ownerId().isPresent() ? "OwnerId=****" : "empty") + '}';
  }
}
