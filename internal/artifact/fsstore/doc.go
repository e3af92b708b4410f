// Package fsstore is the local filesystem backend of the artifact store. Each block is one file
// named by its CID under DIR/blocks/XX/ (XX: the last two characters of the CID, like flatfs's
// next-to-last/2 sharding). Writes are atomic and durable: a temporary file in the same directory,
// fsync, rename, fsync of the directory. Every read hashes the bytes and refuses a block that does
// not match its CID, so a corrupt or truncated file is never served.
package fsstore
