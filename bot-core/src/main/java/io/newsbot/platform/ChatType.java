package io.newsbot.platform;

/** The kind of chat, as every platform has them. */
public enum ChatType {
    /** A one-to-one conversation with the bot (Telegram private chat, Slack DM, the console). */
    PRIVATE,
    /** A conversation of several people (Telegram group, Slack channel). */
    GROUP,
    /** A broadcast channel where the bot posts but people do not ask. */
    CHANNEL
}
