package org.ctipgraph.evaluation;

/** Precision, recall and F1 with their counts. */
public record Score(double precision, double recall, double f1, int tp, int fp, int fn) {
    /** Score from counts; an empty side scores 1.0 (nothing to find, nothing wrongly found). */
    public static Score of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Score(round(p), round(r), round(f), tp, fp, fn);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
