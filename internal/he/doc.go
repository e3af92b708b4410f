// Package he is Cohort's homomorphic-encryption engine and the only package that imports lattigo
// (github.com/tuneinsight/lattigo/v6, CKKS and its multiparty protocols).
//
// It offers:
//
//   - named CKKS parameter profiles (ProfileAgg, ProfileLinear, ProfileMLP), each a plain
//     ParametersLiteral validated once into Params;
//   - client keys (ClientKeys: secret, public, relinearization and only the Galois keys a model needs),
//     stored in a directory with params.json beside them;
//   - strict, compressed binary encodings of ciphertexts (seeded when the data owner encrypts with the
//     secret key) and evaluation keys (seeded compressed keys), with size limits checked before any
//     allocation;
//   - encrypted models (linear, logistic with encrypted logits or Chebyshev-sigmoid probabilities,
//     softmax logits, a small MLP with square activation) in two packings: feature-major for batches
//     (one ciphertext per feature, scalar multiply-accumulate, relinearization key only, no rotations)
//     and row-major for single requests (features in slots, plaintext weights, then InnerSum);
//   - FromFL, which turns a model trained by the federated learning engine (internal/fl: logistic,
//     softmax, or an MLP trained with the square activation) into an encrypted model, folding the
//     z-score scaler into its first layer; BuiltinModels compiles that way the models fl trained once on
//     the bundled data sets, shipped in models/ and embedded in the binary (LoadTrained);
//   - threshold aggregation (Threshold*): a collective public key from a common random string, t-of-N
//     decryption shares with smudging noise, each message with MarshalBinary/UnmarshalBinary.
//
// It trains nothing and reads no data sets: internal/fl trains, internal/dataset loads and scales, and
// `cohort bench fhe` lives in internal/bench.
//
// Everything here is a pure function of values: no sockets, no files except the key directory helpers
// and the embedded trained models.
package he
