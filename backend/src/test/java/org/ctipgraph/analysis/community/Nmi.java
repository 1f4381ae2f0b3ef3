package org.ctipgraph.analysis.community;

import java.util.HashMap;
import java.util.Map;

/** Normalised mutual information 2·I(X;Y) / (H(X) + H(Y)) of two labelings, for tests. */
final class Nmi {

    private Nmi() {
    }

    static double of(int[] x, int[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("labelings of different lengths");
        }
        int n = x.length;
        Map<Integer, Integer> cx = new HashMap<>();
        Map<Integer, Integer> cy = new HashMap<>();
        Map<Long, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cx.merge(x[i], 1, Integer::sum);
            cy.merge(y[i], 1, Integer::sum);
            joint.merge(((long) x[i] << 32) | (y[i] & 0xffffffffL), 1, Integer::sum);
        }
        double hx = entropy(cx, n);
        double hy = entropy(cy, n);
        if (hx + hy == 0) {
            return 1.0; // both trivial
        }
        double mi = 0;
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            double pxy = e.getValue() / (double) n;
            double px = cx.get(a) / (double) n;
            double py = cy.get(b) / (double) n;
            mi += pxy * Math.log(pxy / (px * py));
        }
        return 2 * mi / (hx + hy);
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
