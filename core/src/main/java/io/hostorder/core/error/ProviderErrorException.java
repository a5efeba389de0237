package io.hostorder.core.error;

import java.util.Map;

/**
 * The provider answered with an error of its own: {@link #code()} and {@link #providerMessage()} are
 * the provider's words (e.g. BILLmanager's error type and object, or an HTTP status and body message).
 */
public class ProviderErrorException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The provider's error code. */
  private final String code;
  /** The provider's message. */
  private final String providerMessage;

  /**
   * Creates the error.
   *
   * @param code the provider's error code, e.g. {@code "http-409"}
   * @param providerMessage the provider's words, secret-free
   */
  public ProviderErrorException(String code, String providerMessage) {
    this(code, providerMessage, Map.of(), null);
  }

  /**
   * Creates the error with details and a cause.
   *
   * @param code the provider's error code, e.g. {@code "http-409"}
   * @param providerMessage the provider's words, secret-free
   * @param details ids and facts to act on; never a secret
   * @param cause the underlying failure, or null
   */
  public ProviderErrorException(String code, String providerMessage, Map<String, String> details, Throwable cause) {
    super("provider error " + code + ": " + providerMessage, cause, details);
    this.code = code;
    this.providerMessage = providerMessage;
  }

  /**
   * Returns the provider's error code: its error type, or {@code http-} and the status.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the provider's message, in its own words.
   *
   * @return the message
   */
  public String providerMessage() {
    return providerMessage;
  }

  @Override
  public String kind() {
    return "provider-error";
  }
}
