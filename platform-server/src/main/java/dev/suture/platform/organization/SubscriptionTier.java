package dev.suture.platform.organization;

/** Subscription tiers; what each allows is configuration ({@code suture.tiers.<tier>.*}). */
public enum SubscriptionTier {
    FREE, TEAM, ENTERPRISE
}
