package io.hostorder.core.error;

/** A provider configuration is missing a key or holds a malformed value; {@link #key()} names it. */
public final class ConfigurationException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final String key;

  public ConfigurationException(String key, String message) {
    super("configuration key '" + key + "': " + message);
    this.key = key;
  }

  public String key() {
    return key;
  }

  @Override
  public String kind() {
    return "configuration";
  }
}
