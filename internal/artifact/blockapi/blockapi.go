// Package blockapi serves a content-addressed block store over HTTP with the subset of kubo's RPC API
// that internal/artifact/ipfs speaks (/api/v0/block/put, block/get, block/stat, pin/add). A gateway
// node serves its local store with it, so the nodes of a network share artifacts (task specs, round
// models) by CID through the same client that talks to a real IPFS node; every reader checks every
// block's hash, so the server is trusted for availability only.
package blockapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact"
)

// maxPutBody bounds a block/put request: one block plus the multipart framing.
const maxPutBody = artifact.MaxBlockSize + 8<<10

// Handler serves b under /api/v0/. Puts are checked (the block is stored under the CID of its bytes)
// and bounded to one block; everything else is read-only.
func Handler(b artifact.Blocks, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &server{b: b, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v0/block/put", s.put)
	mux.HandleFunc("POST /api/v0/block/get", s.get)
	mux.HandleFunc("POST /api/v0/block/stat", s.stat)
	mux.HandleFunc("POST /api/v0/pin/add", s.pin)
	return mux
}

type server struct {
	b   artifact.Blocks
	log *slog.Logger
}

// fail writes kubo's error shape: {"Message", "Code", "Type"}.
func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"Message": msg, "Code": 0, "Type": "error"})
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *server) put(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > maxPutBody {
		fail(w, http.StatusRequestEntityTooLarge, "block over 1 MiB")
		return
	}
	codec := uint64(artifact.CodecRaw)
	switch r.URL.Query().Get("cid-codec") {
	case "", "raw":
	case "dag-json":
		codec = artifact.CodecDagJSON
	default:
		fail(w, http.StatusBadRequest, "cid-codec: want raw or dag-json")
		return
	}
	if mh := r.URL.Query().Get("mhtype"); mh != "" && mh != "sha2-256" {
		fail(w, http.StatusBadRequest, "mhtype: want sha2-256")
		return
	}
	// api.ReadBody: a buffer that grows with what arrives, the server's body budget, a minimum rate.
	body, err := api.ReadBody(w, r, maxPutBody)
	var data []byte
	if err == nil {
		data, err = readFilePart(bytes.NewReader(body), r.Header.Get("Content-Type"))
	}
	if err != nil {
		if c := cohort.Code(err); c == cohort.EUnavailable {
			fail(w, http.StatusServiceUnavailable, err.Error())
			return
		}
		status := http.StatusBadRequest
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) || cohort.Code(err) == cohort.ETooLarge {
			status = http.StatusRequestEntityTooLarge
		}
		fail(w, status, err.Error())
		return
	}
	c := artifact.BlockCID(codec, data)
	if err := s.b.PutBlock(r.Context(), c, data); err != nil {
		s.log.Warn("block put", "cid", artifact.String(c), "err", err)
		fail(w, http.StatusInternalServerError, "store block: "+err.Error())
		return
	}
	reply(w, map[string]any{"Key": artifact.String(c), "Size": len(data)})
}

// readFilePart returns the first part of a multipart body (kubo's "file" field), at most one block.
func readFilePart(body io.Reader, ctype string) ([]byte, error) {
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return nil, errors.New("want a multipart/form-data body with a file part")
	}
	part, err := multipart.NewReader(body, params["boundary"]).NextPart()
	if err != nil {
		return nil, errors.New("multipart body: " + err.Error())
	}
	data, err := io.ReadAll(io.LimitReader(part, artifact.MaxBlockSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > artifact.MaxBlockSize {
		return nil, cohort.Errorf(cohort.ETooLarge, "block over %d bytes", artifact.MaxBlockSize)
	}
	return data, nil
}

// arg parses the arg query parameter as a CID the store accepts.
func arg(w http.ResponseWriter, r *http.Request) (string, bool) {
	a := r.URL.Query().Get("arg")
	c, err := artifact.ParseCID(a)
	if err == nil {
		err = artifact.CheckCID(c)
	}
	if err != nil {
		fail(w, http.StatusBadRequest, "arg: "+err.Error())
		return "", false
	}
	return artifact.String(c), true
}

func (s *server) block(w http.ResponseWriter, r *http.Request) ([]byte, string, bool) {
	a, ok := arg(w, r)
	if !ok {
		return nil, "", false
	}
	c, _ := artifact.ParseCID(a)
	data, err := s.b.GetBlock(r.Context(), c)
	if errors.Is(err, artifact.ErrNotFound) {
		fail(w, http.StatusInternalServerError, "block was not found locally (offline): ipld: could not find "+a)
		return nil, "", false
	}
	if err != nil {
		s.log.Error("block get", "cid", a, "err", err)
		fail(w, http.StatusInternalServerError, "read block: "+err.Error())
		return nil, "", false
	}
	return data, a, true
}

func (s *server) get(w http.ResponseWriter, r *http.Request) {
	if data, _, ok := s.block(w, r); ok {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(data)
	}
}

func (s *server) stat(w http.ResponseWriter, r *http.Request) {
	if data, a, ok := s.block(w, r); ok {
		reply(w, map[string]any{"Key": a, "Size": len(data)})
	}
}

// pin succeeds for a block the store holds: the store keeps every block it has (no garbage collection).
func (s *server) pin(w http.ResponseWriter, r *http.Request) {
	if _, a, ok := s.block(w, r); ok {
		reply(w, map[string]any{"Pins": []string{a}})
	}
}
