"""Softmax regression on the digits data in plain NumPy: a Cohort executor script.

Same files as ../torch-mlp/train.py: train.csv (optional when COHORT_EPOCHS=0), model.f32 and
test.csv optional; writes model.f32 (little-endian float32: the 64x10 weights, then the 10 biases)
and metrics.json. Environment: COHORT_EPOCHS (default 1), COHORT_SEED (default 1), COHORT_LR (0.5).
"""
import json
import os

import numpy as np

EPOCHS = int(os.environ.get("COHORT_EPOCHS", "1"))
SEED = int(os.environ.get("COHORT_SEED", "1"))
LR = float(os.environ.get("COHORT_LR", "0.5"))
FEATURES, CLASSES = 64, 10


def load(path):
    rows = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return rows[:, :-1] / 16.0, rows[:, -1].astype(np.int64)


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


w = np.zeros((FEATURES, CLASSES))
b = np.zeros(CLASSES)
if os.path.exists("model.f32"):
    flat = np.fromfile("model.f32", dtype="<f4").astype(np.float64)
    w, b = flat[: FEATURES * CLASSES].reshape(FEATURES, CLASSES), flat[FEATURES * CLASSES :]

samples, loss = 0, 0.0
if EPOCHS > 0:
    x, y = load("train.csv")
    samples = len(y)
    rng = np.random.default_rng(SEED + samples)
    onehot = np.eye(CLASSES)[y]
    for _ in range(EPOCHS):
        for idx in np.array_split(rng.permutation(samples), max(1, samples // 16)):
            p = softmax(x[idx] @ w + b)
            g = p - onehot[idx]
            w -= LR * x[idx].T @ g / len(idx)
            b -= LR * g.mean(axis=0)
    p = softmax(x @ w + b)
    loss = float(-np.log(p[np.arange(samples), y] + 1e-12).mean())

metrics = {"samples": max(samples, 1), "loss": loss}
if os.path.exists("test.csv"):
    tx, ty = load("test.csv")
    metrics["accuracy"] = float((softmax(tx @ w + b).argmax(axis=1) == ty).mean())

np.concatenate([w.ravel(), b]).astype("<f4").tofile("model.f32")
with open("metrics.json", "w") as f:
    json.dump(metrics, f)
