package io.hostorder.core.error;

/** A provider configuration is missing a key or holds a malformed value; {@link #key()} names it. */
public final class ConfigurationException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final String reason;

  public ConfigurationException(String key, String message) {
    super("configuration key '" + key + "': " + message);
    this.key = key;
    this.reason = message;
  }

  public String key() {
    return key;
  }

  /** Returns what is wrong with the key, without the key's name ({@link #getMessage()} has both). */
  public String reason() {
    return reason;
  }

  @Override
  public String kind() {
    return "configuration";
  }
}
