package no.arshjul.security;

/**
 * Wrong passwords per user name, to slow down guessing: after too many in a short time the name is
 * locked for a while, whether or not such a user exists. Kept in one node's memory today
 * (InMemoryLoginAttempts); with several nodes behind a load balancer each counts its own attempts,
 * and a table-backed implementation of this interface would share them.
 */
interface LoginAttempts {

    boolean isLocked(String userName);

    void failed(String userName);

    void succeeded(String userName);
}
