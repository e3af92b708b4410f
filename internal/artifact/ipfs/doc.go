// Package ipfs is the artifact store backend that keeps blocks in an IPFS node through kubo's HTTP RPC
// API (/api/v0/block/put, block/get, block/stat, pin/add). Blocks go in with cid-codec raw or dag-json
// and sha2-256, so kubo computes the same CIDs Cohort does (checked on every put) and standard IPFS
// tools fetch the same bytes by the same CIDs. Every block that comes back is hashed and refused if it
// does not match its CID: the node is not trusted.
//
// The RPC API is an admin interface: point it only at a node you control, normally on 127.0.0.1.
package ipfs
