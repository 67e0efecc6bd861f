package io.newsbot.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A name for this process among the newsbot instances sharing one store: readable in logs, unique by its random part. */
final class InstanceId {
    private InstanceId() {
    }

    static String create() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String id = host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(random);
        return id.length() <= 200 ? id : id.substring(id.length() - 200);
    }
}
