package dev.suture.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/** Runs a {@link StepsFile} script as the body of its test method, on the test's {@link Steps}. */
final class StepsFileExtension implements InvocationInterceptor {
  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                  ExtensionContext context) throws Throwable {
    StepsFile file = method.getExecutable().getAnnotation(StepsFile.class);
    TestScope scope = WebTestExtension.scope(context);
    if (scope == null) {
      invocation.skip();
      throw new ExtensionConfigurationException("@StepsFile on " + method.getExecutable().getName()
          + " needs @WebTest on " + context.getRequiredTestClass().getSimpleName() + ", which provides the browser.");
    }
    scope.steps().run(read(file.value(), context.getRequiredTestClass()));
    invocation.proceed();
  }

  private static String read(String name, Class<?> testClass) throws IOException {
    try (InputStream in = testClass.getResourceAsStream(name)) {
      if (in == null) {
        String where = name.startsWith("/") ? name.substring(1)
            : testClass.getPackageName().replace('.', '/') + "/" + name;
        throw new ExtensionConfigurationException("@StepsFile(\"" + name + "\") on " + testClass.getSimpleName()
            + ": no such file on the class path (looked for " + where + "). Put it under src/test/resources/"
            + where + ", or start the name with / for a path from the class path root.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
