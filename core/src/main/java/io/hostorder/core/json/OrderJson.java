package io.hostorder.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes the portable order in its JSON form. Reading is strict: an unknown field, a wrong
 * type, a bad period ({@code P2W}) or a value the portable rules forbid (a negative quantity) is an
 * {@link InvalidOrderException} naming the JSON path ({@code items[0].period}). Thread-safe.
 */
public final class OrderJson {
  private static final ObjectMapper MAPPER = strictMapper();
  private static final ObjectReader READER = MAPPER.readerFor(OrderRequest.class);
  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

  private OrderJson() {}

  /** Returns the mapper configured for what users write: unknown fields and type coercions are errors. */
  public static ObjectMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads an order and checks it against the portable rules.
   *
   * @throws InvalidOrderException naming the JSON path of what is wrong
   */
  public static OrderRequest read(String json) {
    OrderRequest order;
    try {
      order = READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new InvalidOrderException(violation(e));
    }
    if (order == null) {
      throw new InvalidOrderException(new Violation("$", "the document is empty"));
    }
    List<Violation> problems = OrderValidator.portable(order);
    if (!problems.isEmpty()) {
      throw new InvalidOrderException(problems);
    }
    return order;
  }

  /** Reads an order from a file. */
  public static OrderRequest read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns {@code order} as pretty-printed JSON (secrets included: it is the order itself). */
  public static String write(OrderRequest order) {
    return write((Object) order);
  }

  /** Returns a placed {@code order} as pretty-printed JSON. */
  public static String write(Order order) {
    return write((Object) order);
  }

  /** Returns any value of the model as pretty-printed JSON. */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Returns the shared strict mapper (configured once; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static Violation violation(JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      path = path(m.getPath());
    }
    String why;
    if (e instanceof UnrecognizedPropertyException u) {
      why = "unknown field '" + u.getPropertyName() + "'" + (u.getKnownPropertyIds() == null ? ""
          : "; known fields: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
    } else {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      why = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
      if (e.getLocation() != null && !(e instanceof JsonMappingException)) {
        why = why + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      }
    }
    return new Violation(path, firstLine(why));
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (b.length() > 0) b.append('.');
        b.append(r.getFieldName());
      }
    }
    return b.length() == 0 ? "$" : b.toString();
  }

  private static String firstLine(String s) {
    if (s == null) return "malformed";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
