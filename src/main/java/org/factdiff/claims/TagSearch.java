package org.factdiff.claims;

import java.util.Arrays;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagging ({@code POSTaggerME.tag}, 2.5) step for step, with the
 * same tags, minus work that tagger repeats. Its beam search asks the model for the scores of
 * each beam at a position, and with this model's feature generator (cached by position) the
 * beams at one position ask with the same features: here a position's scores are computed
 * once and reused for every beam whose features are equal, element for element. A sequence is
 * a link to the one it extends instead of a copied list. Everything else is the library's own
 * order of operations: the same heap of sequences, the same cut below the beam's best scores,
 * the same sums of logarithms, so the same ties fall the same way.
 *
 * <p>{@code TagSearchTest} holds this to {@code POSTaggerME} on real text.
 */
final class TagSearch {
    /** {@code BeamSearch}'s floor for a sequence's score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final POSTaggerME library;
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int beam;
    private final String[] outcomeNames;

    /** A tagger for {@code posModel}, or the library's own where its model is not a maxent one. */
    TagSearch(POSModel posModel) {
        this.library = new POSTaggerME(posModel, POSTagFormat.UD);
        Object artifact = posModel.getArtifact("pos.model");
        int size = POSTaggerME.DEFAULT_BEAM_SIZE;
        String configured = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        if (configured != null) {
            size = Integer.parseInt(configured);
        }
        this.beam = size;
        // A model whose tags need converting to Universal Dependencies is left to the library.
        if (artifact instanceof MaxentModel m && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD) {
            this.model = m;
            this.contexts = posModel.getFactory().getPOSContextGenerator(size);
            this.validator = posModel.getFactory().getSequenceValidator();
            this.outcomeNames = new String[m.getNumOutcomes()];
            for (int i = 0; i < outcomeNames.length; i++) {
                outcomeNames[i] = m.getOutcome(i);
            }
        } else {
            this.model = null;
            this.contexts = null;
            this.validator = null;
            this.outcomeNames = null;
        }
    }

    /** The words' Universal Dependencies tags, as {@code POSTaggerME.tag} gives them. */
    String[] tag(String[] sentence) {
        if (model == null) {
            return library.tag(sentence);
        }
        PriorityQueue<Path> prev = new PriorityQueue<>(beam);
        PriorityQueue<Path> next = new PriorityQueue<>(beam);
        prev.add(Path.START);
        double[] probs = new double[model.getNumOutcomes()];
        String[] lastFeatures = null;
        double[] lastScores = null;
        double lastMin = 0;
        for (int i = 0; i < sentence.length; i++) {
            int sz = Math.min(beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Path top = prev.remove();
                String[] outcomes = top.outcomes();
                String[] features = contexts.getContext(i, sentence, outcomes, NO_CONTEXT);
                double[] scores;
                double min;
                if (lastFeatures != null && (features == lastFeatures || Arrays.equals(features, lastFeatures))) {
                    scores = lastScores;
                    min = lastMin;
                } else {
                    scores = model.eval(features, probs).clone();
                    min = cut(scores, beam);
                    lastFeatures = features;
                    lastScores = scores;
                    lastMin = min;
                }
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top, i, sentence, outcomes, p, scores[p]);
                    }
                }
                if (next.isEmpty()) { // no sequence advanced: advance every valid one
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, sentence, outcomes, p, scores[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Path> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            return library.tag(sentence); // the library's own answer to a sentence no path survives
        }
        return prev.remove().outcomes();
    }

    /**
     * The score a tag needs to be tried: {@code BeamSearch} sorts the scores and takes the
     * {@code beam}-th largest (each equal score counted), or the smallest when there are fewer.
     * Found here in one pass.
     */
    static double cut(double[] scores, int beam) {
        if (scores.length <= beam) {
            double least = Double.POSITIVE_INFINITY;
            for (double x : scores) {
                least = Math.min(least, x);
            }
            return scores.length == 0 ? 0 : least;
        }
        double[] top = new double[beam]; // the largest so far, largest first
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double x : scores) {
            if (x > top[beam - 1]) {
                int k = beam - 1;
                while (k > 0 && top[k - 1] < x) {
                    top[k] = top[k - 1];
                    k--;
                }
                top[k] = x;
            }
        }
        return top[beam - 1];
    }

    private void extend(PriorityQueue<Path> next, Path top, int i, String[] sentence, String[] outcomes, int p,
                        double score) {
        String out = outcomeNames[p];
        if (validator.validSequence(i, sentence, outcomes, out)) {
            Path extended = new Path(top, out, top.score + StrictMath.log(score));
            if (extended.score > MIN_SEQUENCE_SCORE) {
                next.add(extended);
            }
        }
    }

    /** A sequence of tags as a link to the one it extends; ordered as OpenNLP's {@code Sequence}. */
    private static final class Path implements Comparable<Path> {
        static final Path START = new Path(null, null, 0);
        final Path previous;
        final String outcome;
        final double score;
        final int length;

        Path(Path previous, String outcome, double score) {
            this.previous = previous;
            this.outcome = outcome;
            this.score = score;
            this.length = previous == null ? 0 : previous.length + 1;
        }

        String[] outcomes() {
            String[] out = new String[length];
            Path p = this;
            for (int k = length - 1; k >= 0; k--) {
                out[k] = p.outcome;
                p = p.previous;
            }
            return out;
        }

        @Override
        public int compareTo(Path o) {
            return Double.compare(o.score, score);
        }
    }

}
