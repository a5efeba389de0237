package io.hostorder.core.error;

import java.util.Map;

/**
 * The provider answered with an error of its own: {@link #code()} and {@link #providerMessage()} are
 * the provider's words (e.g. BILLmanager's error type and object, or an HTTP status and body message).
 */
public class ProviderErrorException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String providerMessage;

  public ProviderErrorException(String code, String providerMessage) {
    this(code, providerMessage, Map.of(), null);
  }

  public ProviderErrorException(String code, String providerMessage, Map<String, String> details, Throwable cause) {
    super("provider error " + code + ": " + providerMessage, cause, details);
    this.code = code;
    this.providerMessage = providerMessage;
  }

  public String code() {
    return code;
  }

  public String providerMessage() {
    return providerMessage;
  }

  @Override
  public String kind() {
    return "provider-error";
  }
}
