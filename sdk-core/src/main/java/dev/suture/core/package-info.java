/**
 * Suture's core: the browser runtime, configuration, the per-test session and the result model.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.suture.core.SutureConfig#load(java.util.Map)} reads the {@code suture.*} configuration;</li>
 *   <li>{@link dev.suture.core.BrowserRuntime#start(BrowserConfig)} starts Playwright and a browser without any
 *       browser download, and leases browsers to tests;</li>
 *   <li>{@link dev.suture.core.TestSession#open(BrowserLease, SessionOptions)} gives one test a fresh
 *       {@code BrowserContext} and {@code Page}, records the actions it performs and captures its artifacts;</li>
 *   <li>{@link dev.suture.core.RunReport#write(RunResult, java.nio.file.Path)} writes {@code results.json} and a
 *       self-contained {@code report.html}.</li>
 * </ul>
 * Nothing in this module knows about JUnit: the JUnit 5 extension and the platform's workers both build on it.
 */
package dev.suture.core;
