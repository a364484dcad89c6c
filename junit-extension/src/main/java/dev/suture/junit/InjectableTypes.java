package dev.suture.junit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.List;

/**
 * The parameter types {@link WebTest} injects, and the errors for the ones it cannot. Other Playwright types are
 * claimed too, so that asking for one gets Suture's explanation rather than JUnit's generic "no resolver" error.
 */
final class InjectableTypes {
  static final List<Class<?>> SUPPORTED = List.of(Page.class, BrowserContext.class, Browser.class,
      Playwright.class, Steps.class);
  private static final String PLAYWRIGHT_PACKAGE = Page.class.getPackageName();

  private InjectableTypes() {
  }

  static boolean claims(Class<?> type) {
    return SUPPORTED.contains(type) || type.getPackageName().equals(PLAYWRIGHT_PACKAGE);
  }

  static void checkSupported(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    Executable executable = parameter.getDeclaringExecutable();
    String owner = executable.getDeclaringClass().getSimpleName();
    if (!SUPPORTED.contains(type)) {
      throw new ParameterResolutionException("@WebTest cannot inject parameter [" + type.getSimpleName() + " "
          + parameter.getParameter().getName() + "] of " + describe(executable) + ": Suture injects Page, "
          + "BrowserContext, Browser, Playwright and Steps. Declare one of those and obtain the " + type.getSimpleName()
          + " from it.");
    }
    if (executable instanceof Constructor<?> || context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("@WebTest cannot inject " + type.getSimpleName() + " into "
          + describe(executable) + ": each test of " + owner + " gets its own browser context. Declare it as a "
          + "parameter of the test method, or of a @BeforeEach or @AfterEach method.");
    }
  }

  private static String describe(Executable executable) {
    String owner = executable.getDeclaringClass().getSimpleName();
    return executable instanceof Constructor<?>
        ? "the constructor of " + owner
        : "method " + owner + "." + executable.getName() + "()";
  }
}
