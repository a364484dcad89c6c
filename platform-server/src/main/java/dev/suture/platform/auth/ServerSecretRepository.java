package dev.suture.platform.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServerSecretRepository extends GenericRepository<ServerSecret, String> {

    @Query("INSERT INTO server_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
    void insertIfAbsent(String name, String value);

    @Query("SELECT value FROM server_secrets WHERE name = :name")
    Optional<String> findValue(String name);
}
