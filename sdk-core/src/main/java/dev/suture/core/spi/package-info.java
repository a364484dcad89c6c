/**
 * Plug-in points of Suture's core, implemented by other modules and found through {@link java.util.ServiceLoader}.
 */
package dev.suture.core.spi;
