package io.newsbot.telegram;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns the long poll that is cancelled on shutdown into an empty batch of updates. Without it the polling
 * session would log the cancellation as a Telegram error and back off, on every clean stop.
 */
final class QuietStop implements Interceptor {
    private final BooleanSupplier stopping;

    QuietStop(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            if (!stopping.getAsBoolean()) throw e;
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
        }
    }
}
