package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fheserve"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/metrics"
)

// fheCmd is `cohort fhe`: keys, encryption and decryption for data owners, encrypted inference
// against a server, and a server of the built-in encrypted models.
func (a *app) fheCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "fhe", Short: "Encrypted inference (CKKS): keys, encrypt, decrypt, infer, serve"}
	cmd.AddCommand(a.fheKeygenCmd(), a.fheEncryptCmd(), a.fheDecryptCmd(), a.fheModelsCmd(), a.fheInferCmd(), a.fheServeCmd())
	return cmd
}

func (a *app) fheKeygenCmd() *cobra.Command {
	var out, profile string
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Create a secret and public key (params.json beside them; secret.key mode 0600)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usagef("--out is required")
			}
			if _, err := os.Stat(out + "/" + he.SecretFile); err == nil {
				return usagef("%s already holds a secret key; choose another --out", out)
			}
			p, err := he.NewParams(he.Profile(profile))
			if err != nil {
				return err
			}
			if err := he.GenerateKeys(p).Save(out); err != nil {
				return err
			}
			rep := map[string]any{"dir": out, "profile": profile, "fingerprint": p.Fingerprint(), "slots": p.Slots(),
				"max_level": p.MaxLevel(), "log_qp": p.LogQP()}
			if a.json {
				return a.printJSON(rep)
			}
			_, err = fmt.Fprintf(a.stdout, "keys for profile %s (%s, %d slots, depth %d) written to %s\n", profile, p.Fingerprint(), p.Slots(), p.MaxLevel(), out)
			return err
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "directory for the keys")
	cmd.Flags().StringVar(&profile, "profile", string(he.ProfileLinear), "parameter profile: linear|mlp|agg")
	return cmd
}

// encryptedFile is what `fhe encrypt` and `fhe infer --out` write: ciphertexts with the layout that
// says how to read them.
type encryptedFile struct {
	Kind        string    `json:"kind"` // "inputs" or "outputs"
	Model       string    `json:"model,omitempty"`
	Layout      he.Layout `json:"layout"`
	Samples     int       `json:"samples"`
	Ciphertexts [][]byte  `json:"ciphertexts"`
}

const maxEncryptedFile = 1 << 30

func readEncryptedFile(path string) (*encryptedFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxEncryptedFile {
		return nil, cohort.Errorf(cohort.ETooLarge, "%s: %d bytes over %d", path, st.Size(), maxEncryptedFile)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f encryptedFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "%s: %v", path, err)
	}
	return &f, nil
}

func writeEncryptedFile(path string, f *encryptedFile) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func (a *app) fheEncryptCmd() *cobra.Command {
	var keysDir, data, label, out, packing, modelFile string
	var level, outputs int
	cmd := &cobra.Command{
		Use:   "encrypt",
		Short: "Encrypt the rows of a CSV with your secret key (feature-major: one ciphertext per column)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keysDir == "" || data == "" || out == "" {
				return usagef("--keys, --data and --out are required")
			}
			keys, err := he.LoadKeys(keysDir)
			if err != nil {
				return err
			}
			in, err := fheEncryptInput(cmd.Flags(), modelFile, data, label, he.Packing(packing))
			if err != nil {
				return err
			}
			ds, X := in.ds, in.X
			l := he.Layout{Profile: keys.Params().Profile(), Packing: he.Packing(packing), Output: he.OutputLogits, Features: ds.D,
				Outputs: outputs, Slots: keys.Params().Slots(), Level: level}
			if l.Packing == he.RowMajor {
				for l.Block = 1; l.Block < l.Features; l.Block <<= 1 {
				}
			} else if l.Packing != he.FeatureMajor {
				return usagef("--packing %q: want feature-major|row-major", packing)
			}
			if in.layout != nil {
				l = *in.layout // the model file's
			}
			if ds.N > l.Slots && l.Packing == he.FeatureMajor {
				return usagef("%d rows over one batch of %d: split the file", ds.N, l.Slots)
			}
			cts, err := keys.EncryptFor(l, X)
			if err != nil {
				return err
			}
			f := &encryptedFile{Kind: "inputs", Model: in.model, Layout: l, Samples: ds.N}
			size := 0
			for _, c := range cts {
				b, err := c.MarshalBinary()
				if err != nil {
					return err
				}
				size += len(b)
				f.Ciphertexts = append(f.Ciphertexts, b)
			}
			if err := writeEncryptedFile(out, f); err != nil {
				return err
			}
			rep := map[string]any{"out": out, "samples": ds.N, "features": ds.D, "ciphertexts": len(cts), "bytes": size}
			if a.json {
				return a.printJSON(rep)
			}
			_, err = fmt.Fprintf(a.stdout, "%d rows x %d features -> %d ciphertexts (%d bytes) in %s\n", ds.N, ds.D, len(cts), size, out)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&keysDir, "keys", "", "key directory (from fhe keygen)")
	f.StringVar(&data, "data", "", "CSV file with a header row")
	f.StringVar(&label, "label", "", "label column to leave out (optional)")
	f.StringVar(&modelFile, "model", "", "encrypt for this model file: its feature columns by name, its layout (level, outputs)")
	f.StringVar(&out, "out", "", "output file")
	f.StringVar(&packing, "packing", string(he.FeatureMajor), "feature-major|row-major")
	natVar(f, &level, "level", 1, "ciphertext level: the model's depth (see GET /v1/fhe/models)")
	countVar(f, &outputs, "outputs", 1, "row-major: the model's number of outputs (features are repeated per output)")
	return cmd
}

func (a *app) fheDecryptCmd() *cobra.Command {
	var keysDir, in string
	cmd := &cobra.Command{
		Use:   "decrypt",
		Short: "Decrypt a file written by fhe encrypt or fhe infer --out",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keysDir == "" || in == "" {
				return usagef("--keys and --in are required")
			}
			keys, err := he.LoadKeys(keysDir)
			if err != nil {
				return err
			}
			f, err := readEncryptedFile(in)
			if err != nil {
				return err
			}
			cts := make([]*he.Ciphertext, len(f.Ciphertexts))
			for i, b := range f.Ciphertexts {
				if cts[i], err = keys.Params().UnmarshalCiphertext(b, he.CiphertextLimits{MaxLevel: -1}); err != nil {
					return fmt.Errorf("ciphertext %d: %w", i, err)
				}
			}
			var rows [][]float64
			if f.Kind == "inputs" {
				rows, err = decryptInputs(keys, f.Layout, cts, f.Samples)
			} else {
				rows, err = keys.DecryptFor(f.Layout, cts, f.Samples)
			}
			if err != nil {
				return err
			}
			return a.printRows(f.Kind, f.Model, rows)
		},
	}
	cmd.Flags().StringVar(&keysDir, "keys", "", "key directory")
	cmd.Flags().StringVar(&in, "in", "", "encrypted file")
	return cmd
}

func decryptInputs(keys *he.ClientKeys, l he.Layout, cts []*he.Ciphertext, n int) ([][]float64, error) {
	if err := l.Validate(keys.Params()); err != nil {
		return nil, err
	}
	if n < 0 || n > l.SamplesPerCiphertext()*len(cts) {
		return nil, cohort.Errorf(cohort.EInvalid, "%d samples in %d ciphertexts", n, len(cts))
	}
	rows := make([][]float64, n)
	for i := range rows {
		rows[i] = make([]float64, l.Features)
	}
	if l.Packing == he.FeatureMajor {
		if len(cts) != l.Features || n > l.Slots {
			return nil, cohort.Errorf(cohort.EInvalid, "%d ciphertexts for %d features", len(cts), l.Features)
		}
		for j, c := range cts {
			v, err := keys.Decrypt(c)
			if err != nil {
				return nil, err
			}
			for i := range rows {
				rows[i][j] = v[i]
			}
		}
		return rows, nil
	}
	per := l.SamplesPerCiphertext()
	if per < 1 || len(cts) != (n+per-1)/per {
		return nil, cohort.Errorf(cohort.EInvalid, "%d ciphertexts for %d samples", len(cts), n)
	}
	for b, c := range cts {
		v, err := keys.Decrypt(c)
		if err != nil {
			return nil, err
		}
		for s := 0; s < per && b*per+s < n; s++ {
			copy(rows[b*per+s], v[s*l.Outputs*l.Block:s*l.Outputs*l.Block+l.Features])
		}
	}
	return rows, nil
}

func (a *app) printRows(kind, model string, rows [][]float64) error {
	if a.json {
		return a.printJSON(map[string]any{"kind": kind, "model": model, "rows": rows})
	}
	for _, r := range rows {
		for j, v := range r {
			if j > 0 {
				fmt.Fprint(a.stdout, ",")
			}
			fmt.Fprintf(a.stdout, "%.6g", v)
		}
		fmt.Fprintln(a.stdout)
	}
	return nil
}

func (a *app) fheInferCmd() *cobra.Command {
	var url, model, keysDir, data, label, out string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "infer",
		Short: "Round trip: upload evaluation keys, send encrypted rows of a CSV to a model, decrypt the answers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" || model == "" || keysDir == "" || data == "" {
				return usagef("--url, --model, --keys and --data are required")
			}
			keys, err := he.LoadKeys(keysDir)
			if err != nil {
				return err
			}
			in, err := fheInferRows(model, data, label)
			if err != nil {
				return err
			}
			model, X := in.model, in.X
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			c := &fheserve.Client{BaseURL: url, HTTP: &http.Client{Timeout: timeout}}
			t0 := time.Now()
			pred, err := c.Predict(ctx, keys, model, X)
			if err != nil {
				return err
			}
			rows, preds := pred.Outputs, pred.Labels
			rep := map[string]any{"model": model, "samples": len(rows), "round_trip_ms": float64(time.Since(t0).Microseconds()) / 1000,
				"server_eval_ms": pred.EvalMS, "requests": pred.Requests, "output": pred.Layout.Output}
			correct := 0
			for i := range rows {
				if in.labelled && in.isLabel(i, preds[i]) {
					correct++
				}
			}
			if in.labelled {
				rep["accuracy"] = float64(correct) / float64(len(rows))
			}
			if out != "" {
				if err := writeRowsJSON(out, rows); err != nil {
					return err
				}
				rep["out"] = out
			}
			if a.json {
				rep["outputs"] = rows
				rep["predictions"] = preds
				if names := in.classNames(preds); names != nil {
					rep["classes"] = names
				}
				return a.printJSON(rep)
			}
			for i, r := range rows {
				fmt.Fprintf(a.stdout, "%d\t%d\t%.6g\n", i, preds[i], r)
			}
			fmt.Fprintf(a.stderr, "%d samples, %d requests, round trip %.0f ms, server eval %.1f ms", len(rows), pred.Requests, rep["round_trip_ms"], pred.EvalMS)
			if acc, ok := rep["accuracy"]; ok {
				fmt.Fprintf(a.stderr, ", accuracy %.4f", acc)
			}
			fmt.Fprintln(a.stderr)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&url, "url", "", "server base URL, e.g. http://127.0.0.1:8620")
	f.StringVar(&model, "model", "", "model id (GET /v1/fhe/models lists them), or a model file the server serves (fhe serve --model FILE)")
	f.StringVar(&keysDir, "keys", "", "key directory of the model's profile")
	f.StringVar(&data, "data", "", "CSV rows to score (raw features)")
	f.StringVar(&label, "label", "", "label column: left out of the features, used to report accuracy (a model file's own label column is used when present)")
	f.StringVar(&out, "out", "", "write the decrypted outputs as JSON to this file")
	f.DurationVar(&timeout, "timeout", 5*time.Minute, "whole round trip")
	return cmd
}

func (a *app) fheModelsCmd() *cobra.Command {
	var url string
	cmd := &cobra.Command{
		Use:   "models",
		Short: "List a server's encrypted models with the profile, packing and level their inputs need",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" {
				return usagef("--url is required")
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
			defer cancel()
			c := &fheserve.Client{BaseURL: url, HTTP: &http.Client{Timeout: 30 * time.Second}}
			ms, err := c.Models(ctx)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(ms)
			}
			for _, m := range ms {
				l := m.Layout
				fmt.Fprintf(a.stdout, "%-28s profile=%-6s %-13s output=%-6s features=%d outputs=%d level=%d relin=%v galois=%d\n",
					m.ID, l.Profile, l.Packing, l.Output, l.Features, l.Outputs, l.Level, l.Needs.Relin, len(l.Needs.Galois))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "server base URL")
	return cmd
}

// loadRows reads the raw feature rows of a CSV file with a header row; label names the label column to
// leave out ("" for none).
func loadRows(path, label string) (*dataset.Dataset, [][]float64, error) {
	var d *dataset.Dataset
	var err error
	if label == "" {
		d, err = dataset.LoadFeatureCSVFile(path)
	} else {
		d, err = dataset.LoadCSVFile(path, label)
	}
	if err != nil {
		return nil, nil, err
	}
	X := make([][]float64, d.N)
	for i := range X {
		X[i] = d.Row(i)
	}
	return d, X, nil
}

// labelIs reports whether row i's label is the number class (the built-in models predict class
// indices 0..k-1 of numeric labels).
func labelIs(d *dataset.Dataset, i, class int) bool {
	v, err := strconv.ParseFloat(d.Classes[d.Y[i]], 64)
	return err == nil && v == float64(class)
}

func writeRowsJSON(path string, rows [][]float64) error {
	b, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func (a *app) fheServeCmd() *cobra.Command {
	var listen, data string
	var files []string
	var cfg fheserve.Config
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the built-in encrypted models (trained by the federated learning engine, shipped in the binary) and --model files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			models, err := he.BuiltinModels()
			if err != nil {
				return err
			}
			fromFiles, err := fheModelFiles(files)
			if err != nil {
				return err
			}
			models = append(models, fromFiles...)
			m := metrics.New("")
			cfg.OnEval = m.FHE
			srv, err := fheserve.New(cfg, a.log, models...)
			if err != nil {
				return err
			}
			mux := http.NewServeMux()
			health := &api.Health{}
			health.Register(mux)
			srv.Register(mux)
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return err
			}
			lim := api.DefaultConnLimits
			lim.Refused = func() { m.Reject(metrics.RejectConnLimit) }
			ln = api.LimitListener(ln, lim)
			mux.Handle("GET /metrics", m.Handler())
			hs := api.NewObservedServer(m.Middleware(mux, fheRoute, nil), m.Reject)
			ids := make([]string, len(models))
			for i, m := range models {
				ids[i] = m.ID()
			}
			a.log.Info("fhe server listening", "addr", ln.Addr().String(), "models", ids)
			if a.json {
				_ = a.printJSON(map[string]any{"listen": ln.Addr().String(), "models": ids})
			} else {
				fmt.Fprintf(a.stdout, "serving %d encrypted models on http://%s\n", len(ids), ln.Addr())
			}
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-cmd.Context().Done():
			}
			health.Stopping()
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", "127.0.0.1:8620", "address to listen on")
	f.StringArrayVar(&files, "model", nil, "also serve this model file (devnet --save-model, model export; repeatable), under its name (cohort model show)")
	f.StringVar(&data, "data", "", "unused: the built-in models are trained once and shipped in the binary")
	_ = f.MarkDeprecated("data", "the built-in models are shipped in the binary; --data is ignored")
	countVar(f, &cfg.MaxSessions, "max-sessions", 0, "session key store size (default 64)")
	f.DurationVar(&cfg.EvalTimeout, "eval-timeout", 0, "one inference (default 60s)")
	countVar(f, &cfg.MaxConcurrent, "max-concurrent", 0, "inferences evaluated at once (default 2)")
	return cmd
}

func (a *app) benchFHECmd() *cobra.Command {
	var o bench.Options
	cmd := &cobra.Command{
		Use:   "fhe",
		Short: "Encrypted inference and threshold aggregation, single-threaded: latency, sizes, accuracy",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			var err error
			if o.DataDir, err = a.dataDir(o.DataDir); err != nil {
				return err
			}
			res, err := bench.RunHE(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("fhe", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "small batches and vectors: a smoke run")
	f.StringVar(&o.DataDir, "data", "", "directory holding breast_cancer.csv (default: the data sets bundled in the binary)")
	countVar(f, &o.Repeats, "repeats", 0, "timed repetitions per entry, median reported (default 3, 1 with --quick)")
	return cmd
}

// fheRoute labels an FHE server's requests for metrics: its own routes, else "other".
func fheRoute(r *http.Request) string {
	switch p := r.URL.Path; p {
	case "/livez", "/readyz", "/metrics", "/v1/fhe/models", "/v1/fhe/keys", "/v1/fhe/infer":
		return p
	}
	return "other"
}
