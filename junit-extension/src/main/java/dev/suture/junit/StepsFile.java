package dev.suture.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test written as a plain-English script in a file: the file's steps run as the test, before the method's body
 * (which may be empty or add checks of its own). The file is a class path resource, relative to the test class's
 * package unless it starts with {@code /}; one instruction per line, {@code #} starts a comment.
 *
 * <pre>{@code
 * @WebTest
 * class CheckoutTest {
 *   @Test
 *   @StepsFile("checkout.steps")      // src/test/resources/shop/checkout.steps for a class in package shop
 *   void checksOut() {
 *   }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StepsFileExtension.class)
public @interface StepsFile {
  /** The script's class path resource. */
  String value();
}
