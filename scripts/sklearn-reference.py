#!/usr/bin/python3
"""scikit-learn reference accuracies on Cohort's own train/test splits.

For every data set and seed, `go run ./scripts/flsplit` writes the split `cohort devnet --seed S`
uses (dataset.LoadSource: stratified, 20 % test); this script standardizes the features with
statistics of the training rows (as Cohort does), fits scikit-learn's LogisticRegression (default
C=1.0, lbfgs, multinomial for more than two classes, max_iter=10000) on the training rows and prints
the test accuracy. internal/fl/baseline_test.go holds the printed numbers as constants.

Run from the repository root with Debian's python3-sklearn:

    apt-get install -y python3-sklearn
    /usr/bin/python3 scripts/sklearn-reference.py [SET[:LABEL] ...]
    /usr/bin/python3 scripts/sklearn-reference.py testdata/flsets/iris.csv:class testdata/flsets/wine.csv:class

SET is a bundled data set or a CSV path (then :LABEL names its label column). Numbers recorded on
2026-12-03 (Debian 12, scikit-learn 1.2.1): breast_cancer 1.0000 0.9735 0.9912; digits 0.9666 0.9582
0.9638; iris 0.9667 0.9667 0.9333; wine 1.0000 0.9722 0.9722; and, from scripts/export-sets.sh's MASS
sets (not committed), fgl 0.6744 0.6512 0.5814, Pima 0.7736 0.7736 0.8019, crabs 1 1 1, synth 0.9080
0.8400 0.9040 (internal/fl/baseline_test.go's sklearnMASS: checked with COHORT_FL_SETS=DIR).
"""
import csv
import subprocess
import sys
import tempfile

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

SEEDS = [1, 2, 3]


def load(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    x = np.array([[float(v) for v in r[:-1]] for r in rows[1:]])
    y = np.array([r[-1] for r in rows[1:]])
    return x, y


def score(data, label, seed):
    with tempfile.TemporaryDirectory() as d:
        cmd = ["go", "run", "./scripts/flsplit", "-data", data, "-seed", str(seed), "-out", d]
        if label:
            cmd += ["-label", label]
        subprocess.run(cmd, check=True)
        xtr, ytr = load(d + "/train.csv")
        xte, yte = load(d + "/test.csv")
    sc = StandardScaler().fit(xtr)
    m = LogisticRegression(max_iter=10000).fit(sc.transform(xtr), ytr)
    return m.score(sc.transform(xte), yte), len(ytr), len(yte)


def main():
    sets = sys.argv[1:] or ["breast_cancer", "digits"]
    print(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}, LogisticRegression(C=1.0, max_iter=10000)")
    for s in sets:
        data, _, label = s.partition(":")
        for seed in SEEDS:
            acc, ntr, nte = score(data, label, seed)
            print(f"{data}\tseed {seed}\ttrain {ntr}\ttest {nte}\taccuracy {acc:.4f}")


if __name__ == "__main__":
    main()
