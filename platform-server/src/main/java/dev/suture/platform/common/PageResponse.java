package dev.suture.platform.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a list: the items, the zero-based page number, its size and the total count. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public static int checkedSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    public static int checkedPage(int page) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        return page;
    }
}
