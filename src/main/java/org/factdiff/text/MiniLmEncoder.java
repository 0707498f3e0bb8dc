package org.factdiff.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A sentence is encoded the way langchain4j's {@code OnnxBertBiEncoder} does it, step for
 * step and bit for bit (same token ids, same model call, same mean pooling and normalisation in
 * {@code float}), minus two costs of that library: its third tokenisation of every sentence and
 * the copy of the model's output into nested Java arrays. The model's run itself is about nine
 * tenths of the time. Batching several sentences would change their vectors (the quantized
 * model scales its activations by the largest value in the batch), and so would most of ONNX
 * Runtime's extended graph rewrites; the session keeps only the two that change no bit (see
 * {@code Model.INEXACT_FUSIONS}).
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

    /** The thread loading the model in the background, if one was started. */
    private static volatile Thread loading;

    /**
     * Waits for a background load of the model to end, for at most {@code millis}. A JVM that
     * exits while ONNX Runtime is still creating its session can crash in native code (seen as
     * exit 134 after a one-line input error): the command line waits here before it exits.
     */
    public static void settle(long millis) {
        Thread t = loading;
        if (t != null) {
            try {
                t.join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
        loading = loader;
        loader.start();
    }

    @Override
    public float[][] encode(List<String> sentences) throws EncoderException {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        Model model = Model.get();
        int workers = Math.min(threads, sentences.size());
        if (workers == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = unit(model.vector(sentences.get(i)));
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
                        out[i] = unit(model.vector(sentences.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncoderException("the sentence encoder was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EncoderException failure) {
                throw failure;
            }
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

    /**
     * The vector of one sentence as langchain4j's {@code OnnxBertBiEncoder.embed} computes it
     * (before {@link #unit}): bit-identical, for the tests that hold the two paths together.
     */
    static float[] libraryVector(String sentence) throws EncoderException {
        return Model.get().library.embed(TextSegment.from(sentence)).content().vector();
    }

    /** The vector of one sentence by this class's own path (before {@link #unit}). */
    static float[] ownVector(String sentence) throws EncoderException {
        return Model.get().vector(sentence);
    }

    /**
     * The vector of one sentence by the same path in a session of basic graph rewrites only,
     * without the two exact fusions (before {@link #unit}).
     */
    static float[] basicRewritesVector(String sentence) throws EncoderException, OrtException, IOException {
        return Model.basicOnly().vector(sentence);
    }

    /**
     * The model, loaded once per JVM on first use (about half a second) and shared by all
     * threads: the ONNX session, the tokenizer, and langchain4j's encoder over the same session
     * for the texts that do not fit one window of the model (none, in practice: the tokenizer
     * cuts a text at 128 tokens).
     */
    private static final class Model {
        /** Word pieces a window of the model holds besides its two special tokens, as langchain4j counts. */
        private static final int WINDOW = 510;
        private static Model instance;
        private static String failure;

        /** ONNX Runtime's session setting that names graph rewrites to leave out, separated by ';'. */
        static final String DISABLED_OPTIMIZERS_KEY = "optimization.disable_specified_optimizers";

        /**
         * The extended graph rewrites of ONNX Runtime 1.20 that are left out because they change
         * the vectors' last bits: fused layer normalisation and GELU compute in another order,
         * the attention scale folded into a matrix product rounds once less, and the layout
         * rewrites pick processor-specific kernels. Two extended rewrites stay, and they make
         * the encoder 5 to 9% faster: the integer matrix product with its conversion and scaling
         * in one kernel ({@code MatMulIntegerToFloatFusion}), and that with the activations'
         * quantisation ({@code DynamicQuantizeMatMulFusion}). They only regroup the same
         * operations: the integer sums are exact, each one is converted to float and multiplied
         * by the same product of the two scales, and the bias is still added by its own node.
         * {@code MiniLmEncoderTest} holds the vectors to those of a session with basic rewrites
         * only, bit for bit, so an update of ONNX Runtime that adds an inexact rewrite fails there.
         */
        static final List<String> INEXACT_FUSIONS = List.of(
                "GeluFusionL1", "GeluFusionL2", "LayerNormFusionL1", "LayerNormFusionL2", "SimplifiedLayerNormFusion",
                "AttentionFusion", "EmbedLayerNormFusion", "SkipLayerNormFusion", "BiasGeluFusion", "FastGeluFusion",
                "QuickGeluFusion", "BiasSoftmaxFusion", "BiasDropoutFusion", "MatMulScaleFusion",
                "MatMulActivationFusion", "GemmActivationFusion", "ConvActivationFusion", "MatmulTransposeFusion",
                "GatherSliceToSplitFusion", "GatherToSliceFusion", "NchwcTransformer", "NhwcTransformer");

        private final OrtEnvironment environment;
        private final OrtSession session;
        private final boolean typeIds;
        private final HuggingFaceTokenizer tokenizer;
        private final EmbeddingModel library;

        private Model(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                      EmbeddingModel library) throws OrtException {
            this.environment = environment;
            this.session = session;
            this.typeIds = session.getInputNames().contains("token_type_ids");
            this.tokenizer = tokenizer;
            this.library = library;
        }

        static synchronized Model get() throws EncoderException {
            if (instance == null && failure == null) {
                try {
                    instance = load(true);
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

        /**
         * The same model in a session of basic graph rewrites only, loaded once, for the test
         * that holds the faster session's vectors to it.
         */
        static synchronized Model basicOnly() throws OrtException, IOException {
            if (basicOnly == null) {
                basicOnly = load(false);
            }
            return basicOnly;
        }

        private static Model basicOnly;

        private static Model load(boolean exactFusions) throws OrtException, IOException {
            // DJL (the tokenizer's native library) must never try the network; its library ships in the jar.
            if (System.getProperty("ai.djl.offline") == null) {
                System.setProperty("ai.djl.offline", "true");
            }
            byte[] onnx;
            try (InputStream in = resource(MODEL)) {
                onnx = in.readAllBytes();
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            if (exactFusions) {
                // Basic graph rewrites, plus the two extended ones that leave every bit as it was.
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
                options.addConfigEntry(DISABLED_OPTIMIZERS_KEY, String.join(";", INEXACT_FUSIONS));
            } else {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
            }
            OrtSession session = env.createSession(onnx, options);
            // Both tokenizers as langchain4j makes its own: no padding, the file's other settings.
            HuggingFaceTokenizer tokenizer;
            try (InputStream in = resource(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
            }
            try (InputStream in = resource(TOKENIZER)) {
                return new Model(env, session, tokenizer, new Library(new OnnxBertBiEncoder(env, session, in, PoolingMode.MEAN)));
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in;
        }

        /**
         * The sentence's mean-pooled, normalised vector. The steps are langchain4j's: word pieces
         * of the text; their sentence rebuilt and tokenised again, and when that gives back the
         * same pieces it is the model's input (else the pieces glued together are); every
         * position's output averaged, then scaled to length 1, in {@code float}. Its third
         * tokenisation, of the rebuilt sentence once more, is the second one's result reused.
         */
        float[] vector(String text) throws EncoderException {
            Encoding first = tokenizer.encode(text, true, false);
            String[] tokens = first.getTokens();
            if (tokens.length <= 2 || tokens.length - 2 > WINDOW) {
                // Nothing to encode (the library's error), or several windows: the library's path.
                return library.embed(TextSegment.from(text)).content().vector();
            }
            List<String> pieces = Arrays.asList(tokens).subList(1, tokens.length - 1);
            Encoding rebuilt = tokenizer.encode(tokenizer.buildSentence(pieces), true, false);
            String[] again = rebuilt.getTokens();
            Encoding input = again.length >= 2 && Arrays.asList(again).subList(1, again.length - 1).equals(pieces)
                    ? rebuilt
                    : tokenizer.encode(String.join("", pieces), true, false);
            try {
                return normalize(meanPool(run(input)));
            } catch (OrtException e) {
                throw new EncoderException("the sentence encoder failed: " + e.getMessage());
            }
        }

        /** The model's output for every position, as one buffer of rows, and its shape. */
        private Output run(Encoding input) throws OrtException {
            long[] ids = input.getIds();
            long[] shape = {1, ids.length};
            try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                 OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(input.getAttentionMask()), shape);
                 OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(input.getTypeIds()), shape)) {
                Map<String, OnnxTensor> inputs = new HashMap<>();
                inputs.put("input_ids", inputIds);
                inputs.put("attention_mask", mask);
                if (typeIds) {
                    inputs.put("token_type_ids", types);
                }
                try (OrtSession.Result result = session.run(inputs)) {
                    OnnxValue value = result.get(0);
                    long[] outShape = ((TensorInfo) value.getInfo()).getShape();
                    if (outShape.length != 3 || outShape[0] != 1) {
                        throw new IllegalStateException("unexpected output shape " + Arrays.toString(outShape));
                    }
                    return new Output(((OnnxTensor) value).getFloatBuffer(), (int) outShape[1], (int) outShape[2]);
                }
            }
        }

        private record Output(FloatBuffer values, int rows, int columns) {
        }

        /** The rows' average, summed in row order in {@code float} and divided by the row count. */
        private static float[] meanPool(Output out) {
            float[] sum = new float[out.columns()];
            for (int r = 0; r < out.rows(); r++) {
                int base = r * out.columns();
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += out.values().get(base + c);
                }
            }
            int rows = out.rows();
            for (int c = 0; c < sum.length; c++) {
                sum[c] /= rows;
            }
            return sum;
        }

        /** Scaled to length 1 in {@code float}, as the library does (before {@link #unit} does it in double). */
        private static float[] normalize(float[] v) {
            float sumSquare = 0;
            for (float x : v) {
                sumSquare += x * x;
            }
            float norm = (float) Math.sqrt(sumSquare);
            float[] out = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] / norm;
            }
            return out;
        }
    }

    /** langchain4j's encoder over the shared session, for the texts {@link Model#vector} hands back to it. */
    private static final class Library extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Library(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
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
