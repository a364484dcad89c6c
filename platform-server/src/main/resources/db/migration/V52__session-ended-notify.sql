-- A session (refresh-token family) ends when its tokens are revoked: sign-out, a password change or reset, a
-- replayed refresh token, or an operator's UPDATE. Every such path sets revoked_at, so the database itself announces
-- the end on the channel suture_session_ended (payload: the family id, the access tokens' "sid"), and every server
-- process closes the WebSockets that the session opened. NOTIFY is sent at commit, and a transaction that revokes
-- many tokens of one family sends its id once (PostgreSQL folds identical notifications of a transaction).
CREATE FUNCTION notify_session_ended() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('suture_session_ended', NEW.family_id::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER refresh_token_revoked
    AFTER UPDATE OF revoked_at ON refresh_tokens
    FOR EACH ROW
    WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION notify_session_ended();
