package org.csm.onboarding.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/// Every text the user sees, by key, from `messages.properties`. A missing key shows as
/// `!key!` instead of failing, and a test checks that every key used exists.
public final class Messages {

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle("messages", locale));
    }

    public static Messages load() {
        return load(Locale.getDefault());
    }

    /// The text for `key`, with `{0}`-style arguments filled in. Every text goes through
    /// MessageFormat, with or without arguments, so an apostrophe is always written `''` in the
    /// bundle and always shows as one `'`.
    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
