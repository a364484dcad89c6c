package dev.suture.ai.internal;

/** The process-wide model instances: loading the embedding model twice would cost a second and 100 MB. */
public final class SharedModels {
  public static final MiniLmTextSimilarity TEXT = new MiniLmTextSimilarity();

  private SharedModels() {
  }
}
