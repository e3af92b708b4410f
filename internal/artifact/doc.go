// Package artifact is Cohort's content-addressed storage: every artifact (dataset, model, update, proof,
// report) is cut into blocks of at most 1 MiB, each addressed by a CIDv1 (raw codec 0x55, sha2-256,
// base32 lower-case text, the form `ipfs` prints: bafkrei...). An artifact that fits one block is that
// block; a larger one is addressed by a manifest block (codec dag-json, 0x0129) listing its blocks in
// order, so an artifact of any size is put and fetched by one root CID.
//
// # Manifest format
//
// A manifest is canonical DAG-JSON (no whitespace, keys in byte order) of
//
//	{"links":[{"cid":{"/":"bafkrei..."},"size":1048576},...],"size":TOTAL,"type":"cohort-manifest-v1"}
//
// Each link is a raw block or, for very large artifacts, another manifest (its size is then the byte
// length of the content below it); TOTAL is the sum of the link sizes. A manifest holds at most
// MaxLinks links and a tree is at most MaxDepth manifests deep. Readers reject any manifest whose
// encoding is not canonical, so one content has exactly one root CID. Because it is valid DAG-JSON,
// `ipfs dag get ROOT` shows it and IPFS pinning follows its links.
//
// Backends implement Blocks (fsstore: the local filesystem; ipfs: a kubo node's HTTP RPC); Put and
// Get build the manifest tree over any of them and check every block's hash on the way out.
// artifacttest holds the conformance suite every backend passes.
package artifact
