package io.newsbot.platform;

/**
 * The platform refused newsbot's credentials (a wrong or revoked token). The message is one sentence for the
 * operator that names the setting to check, never the token.
 */
public class CredentialsRejected extends Exception {
    public CredentialsRejected(String message) {
        super(message);
    }
}
