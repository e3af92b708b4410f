"""Train a small MLP on the digits data with PyTorch: a Cohort executor script.

Inputs (files in the working directory):
  train.csv   this node's rows (pixel columns, then the label column "digit"); optional when
              COHORT_EPOCHS=0 (evaluation only)
  model.f32   optional: the global model to start from (little-endian float32, the flat parameter
              vector); without it the model starts from COHORT_SEED
  test.csv    optional: rows to measure accuracy on
Outputs:
  model.f32      the trained model, same format
  metrics.json   {"samples", "loss", "accuracy"}
Environment: COHORT_EPOCHS (local epochs, default 1), COHORT_SEED (default 1), COHORT_LR (default 0.05).
"""
import json
import os

import numpy as np
import torch

torch.set_num_threads(1)
EPOCHS = int(os.environ.get("COHORT_EPOCHS", "1"))
SEED = int(os.environ.get("COHORT_SEED", "1"))
LR = float(os.environ.get("COHORT_LR", "0.05"))
HIDDEN = 64


def load(path):
    rows = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float32, ndmin=2)
    return torch.from_numpy(rows[:, :-1] / 16.0), torch.from_numpy(rows[:, -1].astype(np.int64))


torch.manual_seed(SEED)
model = torch.nn.Sequential(torch.nn.Linear(64, HIDDEN), torch.nn.ReLU(), torch.nn.Linear(HIDDEN, 10))
if os.path.exists("model.f32"):
    flat = torch.from_numpy(np.fromfile("model.f32", dtype="<f4").astype(np.float32))
    torch.nn.utils.vector_to_parameters(flat, model.parameters())

samples, loss_sum = 0, 0.0
if EPOCHS > 0:
    x, y = load("train.csv")
    samples = len(y)
    opt = torch.optim.SGD(model.parameters(), lr=LR, momentum=0.9)
    gen = torch.Generator().manual_seed(SEED + samples)
    for _ in range(EPOCHS):
        loss_sum, seen = 0.0, 0
        for idx in torch.randperm(samples, generator=gen).split(16):
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
            loss_sum += loss.item() * len(idx)
            seen += len(idx)
        loss_sum /= seen

metrics = {"samples": max(samples, 1), "loss": loss_sum}
if os.path.exists("test.csv"):
    tx, ty = load("test.csv")
    with torch.no_grad():
        metrics["accuracy"] = (model(tx).argmax(1) == ty).float().mean().item()

flat = torch.nn.utils.parameters_to_vector(model.parameters()).detach().numpy().astype("<f4")
flat.tofile("model.f32")
with open("metrics.json", "w") as f:
    json.dump(metrics, f)
