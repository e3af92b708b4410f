#!/usr/bin/env bash
# Exports the small public classification sets `cohort bench fl --sets DIR` measures, from what Debian
# ships (no internet): scikit-learn's bundled iris and wine (python3-sklearn) and R's MASS package
# (r-cran-mass): Pima (Pima.tr + Pima.te), fgl (forensic glass, 6 classes), crabs (species from the
# five measurements) and synth (synth.tr + synth.te). Every file has a header row and its label in
# the last column; DIR/PROVENANCE lists sources, versions and licenses. The MASS sets are not
# committed (MASS is GPL); iris and wine are also in testdata/flsets (BSD-3-Clause scikit-learn copies
# of UCI data, CC BY 4.0).
#
#   apt-get install -y python3-sklearn r-base-core r-cran-mass
#   scripts/export-sets.sh /tmp/flsets && cohort bench fl --sets /tmp/flsets --skip-overhead
set -euo pipefail
out=${1:?usage: export-sets.sh DIR}
mkdir -p "$out"
{
/usr/bin/python3 - "$out" <<'PY'
import csv, sys
import sklearn
from sklearn.datasets import load_iris, load_wine
out = sys.argv[1]
for name, f in (("iris", load_iris), ("wine", load_wine)):
    b = f()
    with open(f"{out}/{name}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c.replace(" ", "_").replace("(cm)", "cm").replace("/", "_") for c in b.feature_names] + ["class"])
        for x, y in zip(b.data, b.target):
            w.writerow([repr(float(v)) for v in x] + [b.target_names[y]])
print(f"iris.csv, wine.csv: scikit-learn {sklearn.__version__} sklearn.datasets.load_iris/load_wine (BSD-3-Clause; data UCI ML repository, CC BY 4.0)")
PY
Rscript --vanilla - "$out" <<'R'
suppressMessages(library(MASS))
out <- commandArgs(trailingOnly = TRUE)[1]
w <- function(d, name) write.csv(d, file.path(out, paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
w(rbind(Pima.tr, Pima.te), "pima")                                  # label: type (Yes/No)
w(fgl, "fgl")                                                       # label: type (6 glass kinds)
w(crabs[, c("FL", "RW", "CL", "CW", "BD", "sp")], "crabs")           # label: sp (B/O); sex and index dropped
w(rbind(synth.tr, synth.te), "synth")                               # label: yc (0/1)
cat(sprintf("pima.csv, fgl.csv, crabs.csv, synth.csv: R %s, MASS %s (GPL-2 | GPL-3; Venables & Ripley, Modern Applied Statistics with S)\n",
            getRversion(), packageVersion("MASS")))
R
} | tee "$out/PROVENANCE"
