package dev.suture.core;

/**
 * A browser viewport in CSS pixels, written {@code WIDTHxHEIGHT} in configuration ({@code 1280x720}).
 *
 * @param width  width in CSS pixels, positive
 * @param height height in CSS pixels, positive
 */
public record Viewport(int width, int height) {
  public Viewport {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("viewport must be positive: " + width + "x" + height);
    }
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
