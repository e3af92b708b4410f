// Package zk is Cohort's proof of inference: fixed-point circuits for logistic regression, MLPs (ReLU)
// and LSTMs, with a plain-Go reference for each that computes bit-identical outputs; the model compiler
// (a model trained by internal/fl -> quantized model -> circuit, with an accuracy report: FromFL,
// Evaluate; it trains nothing itself); Groth16 keys from a single-party
// setup or a multi-party ceremony (gnark's mpcsetup), PLONK as an option; proving, verifying, and the
// export of a Solidity verifier. It is the only package of Cohort that imports gnark.
//
// # Fixed point
//
// Every value is an integer with a power-of-two scale. Inputs carry InFrac fractional bits and lie in a
// signed range of InBits bits; weights carry WFrac fractional bits; biases carry InFrac+WFrac. A dense
// layer's accumulator acc = b + sum w*x has scale InFrac+WFrac; a hidden layer requantizes it to InFrac
// with q = floor(acc / 2^WFrac) (arithmetic shift). In the circuit the prover supplies (q, r) by hint and
// the circuit checks acc == q*2^WFrac + r with a range check on r (WFrac bits) and on q. ReLU takes a
// sign bit b from a hint, checks it is boolean, sets h = b*q and range-checks 2h - q >= 0. The LSTM's
// sigmoid and tanh are lookup tables (std/lookup/logderivlookup) indexed by the clamped, requantized
// pre-activation; see defineLSTM in circuit.go for the cell arithmetic. The final layer's
// accumulators are the outputs (logits at scale InFrac+WFrac), without requantization. Trained LSTMs
// come from internal/fl (FromFL) in the LSTMQuant format.
//
// The reference computes in int64, the circuit in the field. QModel.Validate bounds every accumulator
// (|bias| + sum |weight| x the largest admissible input, layer by layer, with the hidden activations'
// ranges; bound.go) and refuses a model whose reference could wrap, naming the layer; so outputs are
// signed 64-bit values with |v| <= 2^63 - 1, the range UnmarshalStatement and InferenceOracle accept.
//
// # Binding
//
// Every circuit has the same public inputs, in this order (statement format 3, StatementFormat): ModelID,
// InputCommit, Binding, then the outputs packed (a private dense model's circuit takes its parameters after
// them, which its model key folds away: see Private weights). Binding is SHA-256 of a tag, the request nonce and the
// prover's address (cut below the modulus); the verifier computes it from the nonce and prover it
// expects (Go here, the InferenceOracle on chain), so one public input binds both. The outputs are packed
// OutputsPerElement(bits) to a field element, each in a slot of the model's signed width
// (QModel.OutputBits, from the accumulator bounds of bound.go) after a 6-bit header holding that width:
// the circuit checks each packed element as a linear combination of its outputs (one constraint), the
// header makes a statement that names another width read other elements, and decoders and the oracle
// refuse an output outside the width, which could otherwise borrow from its neighbour's slot
// (attack_test.go). Each public input costs an on-chain verifier an ecMul (about 6-7k gas), so a
// 10-output MLP takes 5 public inputs instead of 14. Statements of format 2 and key directories without
// "statement_format" (their keys take the older layout) are refused with a message naming the format.
// InputCommit is the Poseidon2 hash (a width-16 sponge, see pack.go) of a domain tag, the
// request's salt and the input packed into field elements (see Pack); the circuit computes it from the
// private input and salt. The requester draws the salt (NewSalt, crypto/rand) and sends it to the
// prover with the input (Request.Salt); the statement carries only the salted commitment, so a verifier
// never needs the salt and a low-entropy input cannot be found by hashing candidates (attack_test.go).
// This is commitment format 2 (CommitFormat): statements, requests and key directories of format 1
// (unsalted) are refused with a message naming the format, and a Groth16 proof whose number of
// commitments is not its key's (a proof of the other circuit variant) is refused before gnark decodes
// it. ModelID and Binding enter a constraint so that a proof verifies only with the request nonce and the
// prover address it was made for (a public input that no constraint touches would not be bound by Groth16).
// With weights as circuit constants (the default) the verifying key is the model's identity and ModelID
// is the hash of the verifying key (ModelIDFromVK).
//
// # Private weights
//
// A private-weight logistic regression or MLP is one circuit per shape (kind, formats, layer sizes),
// set up once, whose last public inputs are the model's parameters (Circuit.Params, keyParams): each
// dense layer's packed operands, then the biases, then the owner's QModel.WeightsSalt. An operand
// packs the offset weights u = w + 2^(WBits-1) of p output rows for one input, B bits apart
// (QModel.denseOperands), so that one multiplication by the offset input computes p products in
// separate slots; the slots of the row sums are split by hint and range-checked to B bits, p*B < 253,
// so the split is unique (operands.dense). The owner folds the parameters into the verifying key, the
// model key (modelkey.go): K_0 + sum_i a_i K_i replaces K_0 and the parameters' points are dropped, so
// the model key checks the public-weight statement (model id, nonce, prover, input commitment,
// outputs: the same gas and Solidity verifier), and ModelID is its hash. The circuit computes no
// commitment: the MLP 784-128-10 has 34k constraints where a Poseidon2 sponge over its 12k operands
// cost 451k (TestPrivateConstraintsByComponent).
//
// What holds whom: a proof verifies under the model key exactly when it verifies under the shape key
// with the model's parameters as public inputs, so the prover, who holds the shape's proving key and
// could prove any model of the shape, is held to the owner's parameters (modelkey_test.go); another
// opening of the same K_0 would be a discrete-logarithm relation among the K_i, as hard to find as a
// forged proof. The owner is held to a model too: a model key carries a Schnorr proof of knowledge of
// its parameters over the K_i (opening.bin; CheckModelKey, which a registrar runs against the shape
// key without learning the weights), so a K_0 shifted by a point of the owner's choosing is refused.
// The parameters themselves get no range check, the weights none either: the circuit uses an operand
// only as a factor (and in sums of operands) and a bias only in its row's accumulator, so an owner's
// operand with oversized or negative weights computes other outputs, or none, but always the same
// ones, the function of the parameters that the slots' unique split gives (an overflowing slot is
// refused: TestOverflowingSlots). The salt enters a constraint of its own; its point s*K_s with s
// uniform makes the model key independent of the weights, and Groth16 proofs are zero-knowledge given
// the key. An LSTM's private weights are instead hashed in the circuit: the Poseidon2 hash of (a
// domain tag; the shape and formats; the salt; the weights packed 31 to an element, each
// range-checked) equals ModelID (QModel.WeightsCommitment).
//
// Key directories of private dense models written before model keys (weights commitment v2, every
// weight range-checked, or v3, packed operands hashed in the circuit) are refused with a message naming
// the format: their model ids were hashes, not keys; run the setup again and register the new id.
//
// Statements on the wire carry model id, nonce and input commitment as 32-byte big-endian field
// elements, the prover as 20 bytes and the outputs as signed integers with their width; decoders reject
// elements at or above the field modulus, so "x + r" never aliases x, and outputs outside the width.
//
// # Keys and on-chain verification
//
// Compiled.Setup is a single-party setup for development (whoever runs it can forge proofs); a network
// runs the two-phase ceremony (Phase1Contribute, Phase1Seal, Compiled.Phase2Contribute,
// Compiled.Phase2Seal; `cohort zk ceremony`). PLONK takes a universal KZG SRS (SetupPLONK); its Setup
// uses gnark's unsafekzg and is for tests only.
//
// A circuit comes in two variants (Options.Variant, recorded in a key directory's circuit.json).
// VariantBinary, the default for logistic regression and MLPs with public or private weights,
// range-checks by binary decomposition: no Pedersen commitment, so the Solidity verifier from
// VerifyingKey.ExportSolidity checks one pairing equation (measured on the simulated backend: 238k gas
// for a one-output model, 245k for ten outputs with public or private weights). VariantLookup uses
// gnark's log-derivative range checks: fewer constraints, one commitment, whose proof of knowledge
// costs the verifier a second pairing check (363k gas for the one-output model); the LSTM's sigmoid
// and tanh tables need it, so it is the LSTM's default (363k gas). Proofs hash the commitment to the field with
// SHA-256 (prover and verifier options), as the Solidity verifier does; SolidityProof gives the bytes
// its verifyProof takes, with Statement.PublicInputs. Key directories written before variants existed
// load as the variant they hold (their "no_commitment" field), except a private MLP's or logistic
// regression's, whose older weights commitment is refused with a message.
//
// Decoders of outside bytes (DecodeProof, DecodeVerifyingKey, UnmarshalStatement, DecodeRequest,
// DecodeResponse, ceremony files) check sizes and walk the encoding's layout before gnark sees it, since
// gnark's decoders allocate whatever a length prefix asks for. Verify does not check that a nonce is
// fresh: the validator keys its replay guard on the request nonce, never on proof bytes (Groth16 proofs
// can be re-randomized).
//
// A Compiled and a ProvingKey serve many proofs: Compiled.Concurrent says whether gnark can prove
// from several goroutines on one constraint system (Groth16 without lookup tables: yes; the LSTM's
// lookup blueprints keep solver state in it: no), and ProverPool shares it or hands each running
// proof a copy (pool.go).
//
// Hints are registered with gnark's solver in this package's init, so any process that imports it can
// prove. gnark's global logger is disabled in init as well: it would write to standard output.
package zk
