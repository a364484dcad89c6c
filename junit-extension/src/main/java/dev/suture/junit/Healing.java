package dev.suture.junit;

import dev.suture.core.HealingMode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How broken locators heal in a {@link WebTest} class or method, over {@code suture.healing.mode}. A method's
 * annotation wins over its class's.
 *
 * <pre>{@code
 * @WebTest
 * @Healing(HealingMode.SUGGEST)      // fail, naming the replacement locator, instead of healing
 * class CheckoutTest {
 *   @Test
 *   @Healing(HealingMode.OFF)        // this one must not heal at all
 *   void paysWithACard(Page page) { ... }
 * }
 * }</pre>
 *
 * <p>Healing needs {@code dev.suture:ai-healing} on the test class path. See the ai-healing README for how it
 * decides, where baselines are kept ({@code .suture/baselines/}) and how to reject a heal.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Healing {
  /** {@link HealingMode#HEAL} (act and report), {@link HealingMode#SUGGEST} (fail with the fix) or off. */
  HealingMode value();
}
