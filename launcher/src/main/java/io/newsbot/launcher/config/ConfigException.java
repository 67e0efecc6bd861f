package io.newsbot.launcher.config;

/** A setting is wrong. The message is the one line the user sees: it names the key and what is allowed. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
