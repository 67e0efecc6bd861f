package io.newsbot.launcher.config;

import io.newsbot.error.NewsbotException;

/** A setting is wrong. The message is the one line the user sees: it names the key and what is allowed. */
public class ConfigException extends NewsbotException {
    public ConfigException(String message) {
        super(Kind.CONFIG, message);
    }
}
