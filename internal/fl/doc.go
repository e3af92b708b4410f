// Package fl is Cohort's federated learning engine: models, local training, aggregation strategies,
// metrics and an in-process simulation. It is pure computation: it never opens a socket, and the
// network layer (coordinator and trainer nodes) calls it.
//
// # Models
//
// Three model kinds share one representation (Model): a ModelSpec and one flat []float64 parameter
// vector.
//
//   - "logreg": binary logistic regression, one layer Inputs -> 1 logit, sigmoid output. Predict returns
//     two columns (P(class 0), P(class 1)); Logits returns one.
//   - "softmax": multinomial logistic regression, one layer Inputs -> Classes.
//   - "mlp": Inputs -> Hidden[0] -> ... -> Hidden[k-1] -> Classes, with Activation "relu" (default) or
//     "square" (x^2, friendly to homomorphic encryption) after every hidden layer, softmax output.
//   - "lstm": Steps time steps of Inputs/Steps values each (a row is step-major), through stacked LSTM
//     cells of Hidden[l] units (states start at zero; gates i, f, g, o; c = f*c + i*g, h = o*tanh(c)),
//     then a dense softmax head on the last cell's final h. Trained by backpropagation through time.
//
// # Parameter layout
//
// The layers are numbered 0..L-1 from input to output; layer l maps in_l inputs to out_l outputs
// (logreg: one layer, out 1; softmax: one layer, out Classes; mlp: in_0 = Inputs, out_l = Hidden[l],
// out_{L-1} = Classes). Params holds, for l = 0, 1, ..., L-1 in order:
//
//	W_l: in_l*out_l weights, input-major: the weight from input i to output j is at offset + i*out_l + j
//	b_l: out_l biases, bias of output j at offset + in_l*out_l + j
//
// so layer l's output is z_j = b_l[j] + sum_i x_i * W_l[i*out_l + j], and NumParams is
// sum_l (in_l+1)*out_l. Input-major weights let the forward pass skip zero inputs and run its inner
// loop over contiguous memory. The zk and FHE packages read this layout.
//
// An LSTM holds, for each cell l (in_0 = Inputs/Steps, in_l = Hidden[l-1], h = Hidden[l], R = 4h):
// Wx_l (in_l*R, input-major), Wh_l (h*R, input-major), b_l (R), the gate rows r = k*h + j ordered i, f,
// g, o (k = 0..3) as PyTorch orders them; then the head's W (Hidden[last]*Classes, input-major) and b.
// Initial weights are uniform in +-1/sqrt(h), the forget gate's biases 1. internal/zk reads this
// layout (FromFL).
//
// # Determinism
//
// Training is bit-for-bit reproducible given the model, the data and TrainConfig.Seed, on any machine:
// the batch order comes from math/rand/v2's PCG, every loop runs in a fixed order, products are written
// float64(a*b) + c so no architecture may fuse them into a multiply-add, and softmax and sigmoid use a
// plain-Go exp (math.Exp is assembly whose last bit depends on the CPU's FMA support). Only the
// reported loss goes through math.Log. TestTrainingGolden pins the bits. Aggregation sorts updates by
// client first, so its result does not depend on the order updates arrived in.
//
// For a client in a round, use ClientConfig (seed from ClientSeed, FedProx's mu) and InitialModel
// (the round-0 model, already float32-rounded), as Simulate does.
//
// # Presets
//
// Defaults and PresetFor hold hyperparameters tuned with Simulate against issue 2's targets; `cohort
// bench fl` (bench.RunFL) measures them. The co2 LSTM preset (DatasetCO2, PartitionTime: each trainer
// holds a contiguous period) was chosen on its validation windows; `cohort bench zk` measures it. Since issue 15 every choice is made on validation data
// (internal/bench TestTuneFLDefaults and TestTuneFashion split the training rows again; the test
// split is never read): adaptive local training (TrainConfig.Adapt, AdaptTo) for tabular and generic
// MLP presets, and the server learning rates of fedadam, fedyogi and fedavgm.
//
// # Baselines and automatic rounds
//
// TrainBaseline is the centralized model federations are compared with: it holds out
// DefaultValFraction of the training rows. An MLP or LSTM trains until their log-loss plateaus
// (EarlyStop, Plateau; patience DefaultPatience epochs or DefaultPatienceSteps steps, learning rate
// divided by 10 up to BaselineLRDrops times, at most DefaultMaxEpochs), then refits on every training
// row for the best epoch count. A linear model (a convex objective) trains to the minimum of its
// regularized training objective (its plateau, with the same drops) once per L2 of BaselineL2Scales,
// keeps the L2 with the lowest validation log-loss and refits on every training row to the minimum:
// stopping by epoch count on a small validation split (25 rows on forensic glass) under-trained it. SimConfig.Stop and TaskSpec.Stop (automatic rounds) apply the same Plateau to the
// global model's log-loss on a validation split (CarveValidation), one evaluation per round; the last
// round's model is the result.
//
// # Training objective
//
// Train minimizes the mean cross-entropy over each mini-batch plus L2/2 * ||W||^2 over weights (not
// biases) plus ProxMu/2 * ||w - w0||^2 over all parameters, where w0 are the parameters Train started
// from (FedProx). Optimizers: "sgd" (heavy-ball momentum: v = Momentum*v + g; w -= LR*v) and "adam"
// (beta1 0.9, beta2 0.999, eps 1e-8, bias-corrected). Optimizer state starts fresh at every Train call.
//
// # Differential privacy
//
// TrainConfig.DP turns local training into DP-SGD (record-level DP): each step Poisson-samples the rows
// with rate q, clips every sampled row's gradient to norm C, adds N(0, σ²C²) to their sum and divides by
// the expected batch size q·n; an epoch is round(1/q) steps. Sampling and noise come from
// TrainConfig.NoiseSeed (a trainer node derives it from its key, so nobody else can subtract the noise)
// and are reproducible bit for bit (a plain-Go normal sampler). StrategyConfig.DPNoise turns aggregation
// into client-level DP-FedAvg with central noise: updates clipped to ClipNorm, averaged with equal
// weights, N(0, (zC/n)²) added to the mean from the source given to Aggregator.SetNoise (an Update
// that is already a secure mean of n clients says so in Update.Clients). internal/dp
// accounts for both. Not covered by the guarantee: the row counts and the Σx, Σx² a trainer shares for
// standardization, and floating-point artefacts of sampling (Mironov 2012).
//
// # Byzantine robustness
//
// The robust rules (median, trimmed-mean, krum, norm-clip, and StrategyConfig.AutoClip in front of any
// rule) assume f hostile updates in every round of n: StrategyConfig.Byzantine (a count) or
// ByzantineFraction (f = floor(F n)), default DefaultByzantineFraction, 20 %. The trimmed mean trims f
// values from each end of every coordinate (unless TrimFraction is set), Multi-Krum scores with f and
// averages n-f updates, norm clipping (norm-clip, AutoClip) first drops the round's gross norm
// outliers (above median + 3 scaled MADs, a test that does not depend on f) and cuts every remaining
// update to the (n-f)-th smallest norm, f counted among those that remain.
// Each refuses a round that breaks its bound (CheckParticipants): Multi-Krum n > 2f + 2, the others
// 2f < n. DefaultRobust (the trimmed mean) is the rule Cohort recommends; `cohort bench robust`
// measures every rule against hostile trainers on the network path.
//
// # Checkpointed training
//
// TrainCheckpointed runs the same steps as Train and records a checkpoint every BlockSteps optimizer
// steps (TrainState.Hash over parameters, optimizer moments, step and block), with Merkle trees over
// the checkpoints and over the rows (DataTree). BatchSchedule lists every step's rows from the
// configuration alone, so a validator re-executes one block from its BlockDisclosure (ReplayBlock)
// and gets the next checkpoint bit for bit; CheckFinal ties the last checkpoint to the update sent.
// checkpoint.go describes the hashes; internal/verify builds spot checks and disputes on them.
//
// # Wire rounding
//
// The network carries parameters as float32. RoundFloat32 applies the same rounding in memory, and
// Simulate applies it where the network would (each client's Delta before aggregation, the new global
// parameters after aggregation), so a simulated run and a networked one give identical numbers.
package fl
