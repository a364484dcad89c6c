/**
 * Suture's healing engine and offline text similarity.
 *
 * <p>{@link dev.suture.ai.HealingEngine} decides which element a broken locator meant, from fingerprints alone;
 * {@link dev.suture.ai.TextSimilarity} compares labels with lexical measures and an in-process embedding model.
 * On the class path of a {@code @WebTest} run, this module also heals Playwright locators as tests run (through
 * the {@link dev.suture.core.spi.ElementMatcher} service).
 */
package dev.suture.ai;
