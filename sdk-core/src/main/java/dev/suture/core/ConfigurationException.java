package dev.suture.core;

/** A configuration value is missing or invalid; the message names the key and the allowed values. */
public class ConfigurationException extends SutureException {
  public ConfigurationException(String message) {
    super(message);
  }
}
