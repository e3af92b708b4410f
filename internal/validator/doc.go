// Package validator is the checking role of the inference subnet. A Validator sends each round's
// request to every miner concurrently (one fresh random nonce per miner, a timeout per call),
// checks every answer in process — the statement must name the registered model, the nonce it sent,
// the miner it asked and the commitment of the input it sent, and the Groth16 proof must verify
// against the model's verifying key (zk.Verify; public inputs are range-checked below the field
// modulus by zk's decoders) — and scores the miners with the Omron rule (Update, a pure function).
//
// Requests come from two sources: synthetic ones (Round), a row of a test set with a little random
// jitter so that no two are equal, and real ones that clients send to POST /v1/request, which are
// answered with the output and proof of a miner whose proof verified. Client requests are signed
// (protocol.Sign for RequestTask) by a key in Config.Clients or one Config.AllowClient admits (a
// paying client); anyone else is refused from the header, before a slot is taken or the body read,
// and no client holds more than half the slots, so strangers neither crowd out clients nor drive the
// validator's rounds and the miners' scores. Repeated inputs are refused by
// a bounded hash guard (the last 32,768 input hashes, as Omron keeps).
//
// GET /v1/scores serves the scores. Weights (the normalized scores) go to a WeightPublisher when one
// is configured; the chain connector will implement it.
package validator
