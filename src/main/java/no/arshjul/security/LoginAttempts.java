package no.arshjul.security;

/**
 * Wrong passwords per user name, to slow down guessing: after too many in a short time the name is
 * locked for a while, whether or not such a user exists. Kept in the database (JdbcLoginAttempts),
 * so every node of the app counts the same attempts and honours the same locks.
 */
interface LoginAttempts {

    boolean isLocked(String userName);

    void failed(String userName);

    void succeeded(String userName);
}
