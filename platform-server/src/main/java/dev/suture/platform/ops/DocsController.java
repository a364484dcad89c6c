package dev.suture.platform.ops;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document generated at compile time and a Swagger UI page whose assets come from the
 * swagger-ui webjar inside the jar (no CDN, so the docs work offline).
 */
@Controller("/api")
@Hidden
final class DocsController {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Suture platform API</title>
            <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
            <body><div id="swagger-ui"></div>
            <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
            <script src="/api/docs/assets/swagger-initializer-suture.js"></script>
            </body></html>
            """;
    private static final String INIT = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({ url: '/api/openapi.yml', dom_id: '#swagger-ui' });
            };
            """;

    private final String openApi;

    DocsController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:META-INF/swagger/openapi.yml")
                .orElseThrow(() -> new IllegalStateException("META-INF/swagger/openapi.yml is missing from the "
                        + "classpath: the micronaut-openapi annotation processor did not run"))) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    String openApi() {
        return openApi;
    }

    @Get("/docs")
    @Produces(MediaType.TEXT_HTML)
    String docs() {
        return PAGE;
    }

    @Get("/docs/assets/swagger-initializer-suture.js")
    @Produces("application/javascript")
    HttpResponse<String> initializer() {
        return HttpResponse.ok(INIT);
    }
}
