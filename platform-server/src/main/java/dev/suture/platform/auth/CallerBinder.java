package dev.suture.platform.auth;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

/** Binds the {@link Caller} that {@link AuthenticationFilter} attached; bound after the filters ran. */
@Singleton
final class CallerBinder implements TypedRequestArgumentBinder<Caller>, PostponedRequestArgumentBinder<Caller> {

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        return BindingResult.unsatisfied();
    }

    @Override
    public BindingResult<Caller> bindPostponed(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Caller caller = source.getAttribute(AuthenticationFilter.CALLER, Caller.class)
                .orElseThrow(() -> ProblemException.unauthorized("This endpoint needs credentials"));
        return () -> java.util.Optional.of(caller);
    }
}
