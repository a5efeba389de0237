package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads fields of request bodies and URLs the way the OrderAPI's rules need them. */
final class Json {
  private Json() {}

  /** Returns the non-blank text of {@code field}, or null when it is absent, blank or not text. */
  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  /**
   * Returns the texts of the array {@code field} (empty when absent), or empty when it is not an
   * array of non-blank texts.
   */
  static Optional<List<String>> texts(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null) {
      return Optional.of(List.of());
    }
    if (!node.isArray()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual() || element.asText().isBlank()) {
        return Optional.empty();
      }
      texts.add(element.asText());
    }
    return Optional.of(texts);
  }

  /** Returns true when {@code url} is an absolute http(s) URL. */
  static boolean absolute(String url) {
    return parse(url) != null;
  }

  /**
   * Returns the path of {@code url}. Catalogue and service URLs are matched on their path only: the
   * document's examples name {@code https://api.hostway.com} while the simulator runs on 127.0.0.1.
   */
  static String path(String url) {
    URI parsed = parse(url);
    return parsed == null ? url : parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
  }

  /** Returns {@code url} parsed when it is an absolute http(s) URL with a host, else null. */
  private static URI parse(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
