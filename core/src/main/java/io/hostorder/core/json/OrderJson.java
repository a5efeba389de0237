package io.hostorder.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
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

  /**
   * Returns the mapper configured for what users write: unknown fields and type coercions are errors.
   *
   * @return a new strict mapper
   */
  public static ObjectMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(new SimpleModule("hostorder-vocabulary").setDeserializerModifier(new BuilderVocabulary()))
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
   * @param json the order as JSON text
   * @return the order
   */
  public static OrderRequest read(String json) {
    OrderRequest order;
    try {
      order = READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new InvalidOrderException(violation(e, json));
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

  /**
   * Reads an order from a file.
   *
   * @param file the file holding the order as JSON (UTF-8)
   * @return the order
   * @throws InvalidOrderException naming the JSON path of what is wrong
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static OrderRequest read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Returns {@code order} as pretty-printed JSON (secrets included: it is the order itself).
   *
   * @param order the order
   * @return the JSON text
   */
  public static String write(OrderRequest order) {
    return write((Object) order);
  }

  /**
   * Returns a placed {@code order} as pretty-printed JSON.
   *
   * @param order the order
   * @return the JSON text
   */
  public static String write(Order order) {
    return write((Object) order);
  }

  /**
   * Returns any value of the model as pretty-printed JSON.
   *
   * @param value an order, item, placed order or other model value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Returns the shared strict mapper (configured once; do not reconfigure it).
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the violation {@code e} stands for, in the words of the order's JSON form: what was expected at
   * which path, and the line and column ({@code items[0].quantity: expected a whole number, got text (line 4,
   * column 17)}); never Jackson's own class names.
   */
  private static Violation violation(JsonProcessingException e, String json) {
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
      if (root instanceof com.fasterxml.jackson.core.exc.StreamReadException syntax) {
        // A syntax error inside a field is wrapped in a mapping error: the words are the syntax error's.
        why = "not valid JSON: " + syntax(syntax.getOriginalMessage());
      } else if (root instanceof IllegalArgumentException && root.getMessage() != null) {
        why = root.getMessage();
      } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        why = "expected " + expected(mi.getTargetType()) + got(mi, json);
      } else if (e instanceof JsonMappingException) {
        why = "not a value of the order's JSON form";
      } else {
        why = "not valid JSON: " + syntax(e.getOriginalMessage());
      }
    }
    // A document that ends too early has no field path, but the parser knows where it stopped.
    why = firstLine(why);
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      why = why + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    return new Violation(path, why);
  }

  /** Names what a field of {@code type} holds, as docs/cli.md describes the order file. */
  private static String expected(Class<?> type) {
    if (type == OrderRequest.class || type == OrderRequest.Builder.class) {
      return "an order: an object with reference, promoCode and items";
    }
    if (type == io.hostorder.core.model.OrderItem.class || type == io.hostorder.core.model.OrderItem.Builder.class) {
      return "an item: an object with plan, period and the other item fields";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list [...]";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "an object of names to text values";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum() || type == io.hostorder.core.model.BillingPeriod.class) {
      return "text";
    }
    return "an object";
  }

  /**
   * Returns {@code ", got …"} naming the JSON value at the error's path in the document itself, or an empty
   * string. The document is read again as a tree rather than asking the parser where it stood: how far a
   * parser has read when a mismatch reaches us differs between Jackson releases (2.22 had already left the
   * root list of {@code []}).
   */
  private static String got(MismatchedInputException e, String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException notATree) {
      return "";
    }
    for (JsonMappingException.Reference step : e.getPath()) {
      if (node == null) {
        return "";
      }
      node = step.getFieldName() != null ? node.get(step.getFieldName()) : node.get(step.getIndex());
    }
    if (node == null) {
      return "";
    }
    String what = switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "text";
      case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a decimal number";
      case BOOLEAN -> "true/false";
      case NULL -> "null";
      default -> null;
    };
    return what == null ? "" : ", got " + what;
  }

  /** Returns a syntax error's message without Jackson's character codes and source excerpt. */
  private static String syntax(String message) {
    String m = firstLine(message).replaceAll(" \\(code \\d+\\)", "");
    int at = m.indexOf(" at [Source");
    return at < 0 ? m : m.substring(0, at);
  }

  /**
   * Keeps the builders' convenience methods ({@code addRelated}, {@code addItem}) out of the JSON form: with
   * {@code withPrefix = ""} Jackson would take every one-argument builder method for a field, so
   * {@code "addRelated"} would be read as a second spelling of {@code related} and listed among the known fields.
   */
  private static final class BuilderVocabulary extends BeanDeserializerModifier {
    @Override
    public List<BeanPropertyDefinition> updateProperties(DeserializationConfig config, BeanDescription description,
        List<BeanPropertyDefinition> properties) {
      if (!description.getBeanClass().getName().startsWith("io.hostorder.core.model.")) {
        return properties;
      }
      return properties.stream().filter(p -> !p.getName().matches("add[A-Z].*")).collect(Collectors.toList());
    }
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
