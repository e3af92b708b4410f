// Package rangeproof proves, in zero knowledge, that every row of a committed dataset shard lies
// within its schema's ranges, and how many rows the shard has, without revealing a row (gnark v0.16,
// BN254, Groth16).
//
// Values are fixed point: q = round(v * 2^FracBits). The schema's bounds become circuit constants
// (so the verifying key identifies the schema and the shard capacity); the private witness is each
// cell's offset d = q - min. The circuit checks, for every cell, 0 <= d < 2^B and max - min - d
// < 2^B (B = bit length of max - min), so min <= q <= max. Rows at or past the public row count must
// be zero offsets (padding). The public commitment is a Poseidon2 sponge (width 16, rate 15, the
// HorizenLabs BN254 constants) over a domain tag, the data owner's private random salt (NewSalt: a
// private witness, never in the proof, so a low-entropy shard cannot be found by hashing candidates),
// the count and each row's offsets packed into field elements; Commit computes the same value in plain Go, and Check is the plain-Go reference of the whole
// statement.
package rangeproof
