package dev.suture.platform.auth;

/** What a single-use token in {@code user_action_tokens} is for. */
enum ActionPurpose {
    PASSWORD_RESET, EMAIL_VERIFICATION, ADMIN_SETUP
}
