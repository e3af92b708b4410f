package ipfs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// Config says how to reach the kubo node.
type Config struct {
	// URL of the RPC API, e.g. http://127.0.0.1:5001 (the /api/v0 path is appended).
	URL string
	// Timeout bounds each RPC call (default 60 s).
	Timeout time.Duration
	// Offline makes block reads local to the node: a block it does not hold is ErrNotFound at once
	// instead of being searched for on the network.
	Offline bool
	// NoPin skips pinning each artifact's root after Put (pinning keeps kubo's GC from dropping it).
	NoPin bool
	// Client is the HTTP client (default: a client with Timeout).
	Client *http.Client
}

// Store talks to one kubo node. It is safe for concurrent use.
type Store struct {
	base    string
	offline bool
	pin     bool
	timeout time.Duration
	hc      *http.Client
	log     *slog.Logger
}

var (
	_ artifact.Store         = (*Store)(nil)
	_ artifact.CheckedBlocks = (*Store)(nil)
)

// ChecksBlocks marks that GetBlock hashes every block it returns.
func (s *Store) ChecksBlocks() {}

// maxErrBody bounds how much of an error response is read.
const maxErrBody = 64 << 10

// New checks cfg and returns a Store; it does not contact the node. A nil logger discards.
func New(cfg Config, log *slog.Logger) (*Store, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "ipfs: api url %q: want http://host:port", cfg.URL)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	hc := cfg.Client
	if hc == nil {
		hc = &http.Client{Timeout: cfg.Timeout}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Store{
		base: strings.TrimRight(u.String(), "/") + "/api/v0/", offline: cfg.Offline, pin: !cfg.NoPin,
		timeout: cfg.Timeout, hc: hc, log: log,
	}, nil
}

func codecName(c cid.Cid) string {
	if c.Type() == artifact.CodecDagJSON {
		return "dag-json"
	}
	return "raw"
}

// call POSTs to the RPC method with the query and optional body, returning the response body (which
// the caller closes) for a 200 and an error otherwise.
func (s *Store) call(ctx context.Context, method string, q url.Values, body io.Reader, ctype string) (io.ReadCloser, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+method+"?"+q.Encode(), body)
	if err != nil {
		cancel()
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		cancel()
		return nil, &cohort.Error{Code: cohort.EUnavailable, Message: "ipfs " + method, Err: err}
	}
	if resp.StatusCode != http.StatusOK {
		defer cancel()
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrBody))
		var e struct{ Message string }
		msg := strings.TrimSpace(string(b))
		if json.Unmarshal(b, &e) == nil && e.Message != "" {
			msg = e.Message
		}
		return nil, &rpcError{method: method, status: resp.StatusCode, msg: msg}
	}
	return cancelCloser{resp.Body, cancel}, nil
}

type cancelCloser struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelCloser) Close() error { err := c.ReadCloser.Close(); c.cancel(); return err }

type rpcError struct {
	method string
	status int
	msg    string
}

func (e *rpcError) Error() string { return fmt.Sprintf("ipfs %s: %d %s", e.method, e.status, e.msg) }

func isNotFound(err error) bool {
	var e *rpcError
	if !errors.As(err, &e) {
		return false
	}
	m := strings.ToLower(e.msg)
	return strings.Contains(m, "not found") || strings.Contains(m, "could not find")
}

// PutBlock checks that data hashes to c, sends it to the node and checks the CID the node computed.
func (s *Store) PutBlock(ctx context.Context, c cid.Cid, data []byte) error {
	if err := artifact.Verify(c, data); err != nil {
		if errors.Is(err, artifact.ErrCorrupt) {
			return cohort.Errorf(cohort.EInvalid, "put block %s: data does not hash to the cid", artifact.String(c))
		}
		return err
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "block")
	if err != nil {
		return err
	}
	fw.Write(data)
	mw.Close()
	q := url.Values{"cid-codec": {codecName(c)}, "mhtype": {"sha2-256"}}
	rc, err := s.call(ctx, "block/put", q, &body, mw.FormDataContentType())
	if err != nil {
		return fmt.Errorf("put block %s: %w", artifact.String(c), err)
	}
	defer rc.Close()
	var out struct {
		Key  string
		Size int
	}
	if err := json.NewDecoder(io.LimitReader(rc, maxErrBody)).Decode(&out); err != nil {
		return fmt.Errorf("put block %s: decode reply: %w", artifact.String(c), err)
	}
	got, err := cid.Decode(out.Key)
	if err != nil || got != c || out.Size != len(data) {
		return cohort.Errorf(cohort.EInternal, "put block %s: node stored it as %q (%d bytes)", artifact.String(c), out.Key, out.Size)
	}
	return nil
}

// GetBlock fetches c from the node and returns it only if it hashes to c.
func (s *Store) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	if err := artifact.CheckCID(c); err != nil {
		return nil, err
	}
	q := url.Values{"arg": {artifact.String(c)}}
	if s.offline {
		q.Set("offline", "true")
	}
	rc, err := s.call(ctx, "block/get", q, nil, "")
	if isNotFound(err) {
		return nil, artifact.NotFound(c)
	}
	if err != nil {
		return nil, fmt.Errorf("get block %s: %w", artifact.String(c), err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, artifact.MaxBlockSize+1))
	if err != nil {
		return nil, fmt.Errorf("get block %s: %w", artifact.String(c), err)
	}
	if err := artifact.Verify(c, data); err != nil {
		s.log.Error("ipfs node returned a block that does not match its cid", "cid", artifact.String(c), "bytes", len(data))
		if cohort.Code(err) == cohort.ETooLarge {
			return nil, &cohort.Error{Code: cohort.EInternal, Message: "block " + artifact.String(c) + ": node sent too many bytes", Err: artifact.ErrCorrupt}
		}
		return nil, err
	}
	return data, nil
}

// HasBlock asks whether the node holds c locally (never searching the network).
func (s *Store) HasBlock(ctx context.Context, c cid.Cid) (bool, error) {
	if err := artifact.CheckCID(c); err != nil {
		return false, err
	}
	rc, err := s.call(ctx, "block/stat", url.Values{"arg": {artifact.String(c)}, "offline": {"true"}}, nil, "")
	if isNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("stat block %s: %w", artifact.String(c), err)
	}
	rc.Close()
	return true, nil
}

// Put stores an artifact of any size, pins its root (unless Config.NoPin) and returns the root CID.
func (s *Store) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	root, err := artifact.Put(ctx, s, r)
	if err != nil || !s.pin {
		return root, err
	}
	rc, err := s.call(ctx, "pin/add", url.Values{"arg": {artifact.String(root)}, "recursive": {"true"}}, nil, "")
	if err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", artifact.String(root), err)
	}
	io.Copy(io.Discard, io.LimitReader(rc, maxErrBody))
	rc.Close()
	return root, nil
}

// Get streams the artifact root names, every block checked.
func (s *Store) Get(ctx context.Context, root cid.Cid) (io.ReadCloser, error) {
	return artifact.Get(ctx, s, root)
}

// Has reports whether the node holds the root block of an artifact.
func (s *Store) Has(ctx context.Context, root cid.Cid) (bool, error) {
	return artifact.Has(ctx, s, root)
}
