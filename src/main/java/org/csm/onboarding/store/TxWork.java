package org.csm.onboarding.store;

/// Work done inside one database transaction; see [Store#transaction(TxWork)].
@FunctionalInterface
public interface TxWork<T> {

    T run(Tx tx) throws Exception;
}
