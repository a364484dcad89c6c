package dev.suture.ai.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.suture.ai.TextSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text similarity with the in-process all-MiniLM-L6-v2 (quantised) model on top of lexical measures. The model is
 * loaded on first use (under a second), runs on the calling thread ({@link CallerThreadMiniLm}), and embeddings are
 * cached by text, because pages repeat their labels.
 */
public final class MiniLmTextSimilarity implements TextSimilarity {
  private static final Logger LOG = LoggerFactory.getLogger(MiniLmTextSimilarity.class);
  private static final int CACHE_LIMIT = 50_000;
  /** Cosine similarities at or below this say nothing for short labels; above it they scale to 0..1. */
  private static final double COSINE_FLOOR = 0.55;
  private static final double COSINE_FULL = 0.92;

  private final Map<String, float[]> cache = new ConcurrentHashMap<>();
  private volatile EmbeddingModel model;

  @Override
  public double similarity(String a, String b) {
    double lexical = lexical(a, b);
    double known = withoutModel(a, b, lexical);
    return Double.isNaN(known) ? Math.max(lexical, semantic(a, b)) : known;
  }

  /**
   * Whether {@link #similarity} of the two texts asks the model: only then are their embeddings worth computing
   * (the engine embeds nothing else).
   */
  public boolean needsModel(String a, String b) {
    return Double.isNaN(withoutModel(a, b, lexical(a, b)));
  }

  /** The similarity when the texts alone settle it (empty, opposite, or lexically near-equal), else NaN. */
  private double withoutModel(String a, String b, double lexical) {
    if (lexical == 0 && (Texts.normalize(a).isEmpty() || Texts.normalize(b).isEmpty())) {
      return 0;
    }
    if (opposite(a, b)) {
      return 0;
    }
    return lexical >= 0.9 ? lexical : Double.NaN;
  }

  @Override
  public double lexical(String a, String b) {
    return Texts.lexical(a, b);
  }

  @Override
  public boolean opposite(String a, String b) {
    return Opposites.opposite(a, b);
  }

  /** The cosine similarity of the two texts' embeddings, rescaled so that unrelated short texts score 0. */
  double semantic(String a, String b) {
    double cosine = cosine(embed(Texts.normalize(a)), embed(Texts.normalize(b)));
    return Math.max(0, Math.min(1, (cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR)));
  }

  @Override
  public float[] embed(String text) {
    float[] cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    float[] vector = model().embed(text.isEmpty() ? " " : text).content().vector();
    remember(text, vector);
    return vector;
  }

  /** Embeds the texts not yet cached in one batch: one model call is much cheaper than one per text. */
  public void prefetch(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      String normalized = Texts.normalize(text);
      if (!normalized.isEmpty() && !cache.containsKey(normalized) && !missing.contains(normalized)) {
        missing.add(normalized);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    List<Embedding> embeddings = model().embedAll(missing.stream().map(TextSegment::from).toList()).content();
    for (int i = 0; i < missing.size(); i++) {
      remember(missing.get(i), embeddings.get(i).vector());
    }
  }

  private void remember(String text, float[] vector) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear(); // a crude bound: a run rarely sees this many distinct labels
    }
    cache.put(text, vector);
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        if (model == null) {
          long start = System.nanoTime();
          model = new CallerThreadMiniLm();
          LOG.debug("Loaded the all-MiniLM-L6-v2 embedding model in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        loaded = model;
      }
    }
    return loaded;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }
}
