package org.factdiff.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions), run in process by ONNX
 * Runtime from the model and tokenizer that its Maven artifact bundles: nothing is fetched.
 *
 * <p>Reproducible by construction: the ONNX session runs each sentence on one thread
 * ({@code intraOpNumThreads = 1}) and every sentence is encoded alone, so a vector depends
 * only on its sentence, never on the thread count or on the other sentences; the threads
 * only share out whole sentences and the results come back in input order.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    /** Threads that share out the sentences by default: one per core, at most two. */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final int threads;

    public MiniLmEncoder() {
        this(DEFAULT_THREADS);
    }

    public MiniLmEncoder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2 (quantized)";
    }

    @Override
    public void warmUp() {
        Thread loader = new Thread(() -> {
            try {
                Model.get();
            } catch (EncoderException e) {
                // reported again, as one line, by the first encode()
            }
        }, "factdiff-encoder-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public float[][] encode(List<String> sentences) throws EncoderException {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        EmbeddingModel model = Model.get();
        int workers = Math.min(threads, sentences.size());
        if (workers == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = unit(model.embed(TextSegment.from(sentences.get(i))).content().vector());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "factdiff-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                jobs.add(pool.submit(() -> {
                    for (int i = first; i < out.length; i += workers) {
                        out[i] = unit(model.embed(TextSegment.from(sentences.get(i))).content().vector());
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncoderException("the sentence encoder was interrupted");
        } catch (ExecutionException e) {
            throw new EncoderException("the sentence encoder failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** The vector scaled to length 1, so that a dot product is the cosine. */
    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        double norm = Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0f : (float) (v[i] / norm);
        }
        return out;
    }

    /** The model, loaded once per JVM on first use (about half a second) and shared by all threads. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private static Model instance;
        private static String failure;

        private final OnnxBertBiEncoder encoder;

        private Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static synchronized EmbeddingModel get() throws EncoderException {
            if (instance == null && failure == null) {
                try {
                    instance = load();
                } catch (OrtException | IOException | RuntimeException | LinkageError e) {
                    failure = e.toString();
                }
            }
            if (instance == null) {
                throw new EncoderException("the sentence encoder cannot run on this machine (" + failure
                        + "); run with --no-meaning to compare by words alone");
            }
            return instance;
        }

        private static Model load() throws OrtException, IOException {
            // DJL (the tokenizer's native library) must never try the network; its library ships in the jar.
            if (System.getProperty("ai.djl.offline") == null) {
                System.setProperty("ai.djl.offline", "true");
            }
            byte[] onnx;
            try (InputStream in = MiniLmEncoder.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IOException(MODEL + " is not on the class path");
                }
                onnx = in.readAllBytes();
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            // Basic graph rewrites only: fewer processor-specific fused kernels, same speed here.
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
            OrtSession session = env.createSession(onnx, options);
            try (InputStream tokenizer = MiniLmEncoder.class.getResourceAsStream(TOKENIZER)) {
                if (tokenizer == null) {
                    throw new IOException(TOKENIZER + " is not on the class path");
                }
                return new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
