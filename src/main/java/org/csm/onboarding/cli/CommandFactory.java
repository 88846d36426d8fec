package org.csm.onboarding.cli;

import picocli.CommandLine.IFactory;

import java.lang.reflect.Constructor;

/// Creates picocli's command objects, handing each [SessionCommand] the run's [Session].
final class CommandFactory implements IFactory {

    private final Session session;

    CommandFactory(Session session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (SessionCommand.class.isAssignableFrom(type)) {
            Constructor<K> constructor = type.getDeclaredConstructor(Session.class);
            constructor.setAccessible(true);
            return constructor.newInstance(session);
        }
        return picocli.CommandLine.defaultFactory().create(type);
    }
}
