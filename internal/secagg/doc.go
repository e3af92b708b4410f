// Package secagg implements SecAgg+ secure aggregation (Bell et al. 2020, after Bonawitz et al. 2017)
// as pure state machines: values in, values out, no sockets, goroutines or clocks. The transport moves
// the messages' bytes and decides the deadlines; this package decides what is valid.
//
// A round has five stages. The server (the coordinator) closes each stage when the caller says so
// (a deadline passed or every expected message arrived) and whatever is missing counts as a dropout:
//
//  1. advertise keys: every client sends two fresh X25519 public keys, signed (AdvertiseMsg);
//     the server broadcasts the roster (RosterMsg).
//  2. share keys: every client Shamir-shares its self-mask seed and its mask private key among its k
//     ring neighbours, encrypted to each with AES-GCM (SharesMsg); the server routes them (ShareInbox).
//  3. masked input: every client quantizes its update and its sample weight (one more element), adds
//     its self mask and the pairwise masks with its neighbours in Z_2^32 or Z_2^64 (MaskedMsg);
//     the server announces the survivors (SurvivorsMsg).
//  4. consistency check: the survivors sign the survivor set (ConsistencyMsg); the server shows each
//     client at least t of its neighbours' signatures (UnmaskRequest).
//  5. unmask: each client reveals, per neighbour, the self-mask share of a survivor or the key share of
//     a dropped client, never both (UnmaskMsg); the server reconstructs, removes the masks and returns
//     the de-quantized sum with the summed weight as the last element.
//
// The neighbour graph is a ring permuted by public randomness (Params.Seed), so the server cannot choose
// who neighbours whom. Every client message is signed through the Signer interface and checked through
// Verifier; every decoder has size limits and a fuzz target. Simulate drives a whole round in memory and
// is the reference for wiring the protocol into the network nodes; RunBenchmark measures it.
package secagg
