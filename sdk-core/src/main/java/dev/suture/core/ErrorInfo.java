package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Why a test or an action failed.
 *
 * @param type       the exception's class name
 * @param message    its message
 * @param stackTrace its stack trace, or null for an action's error
 */
@JsonPropertyOrder({"type", "message", "stackTrace"})
public record ErrorInfo(String type, String message, String stackTrace) {
  /** The error of a throwable, with its full stack trace. */
  public static ErrorInfo of(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return new ErrorInfo(error.getClass().getName(), String.valueOf(error.getMessage()), trace.toString());
  }
}
