package cli

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/atomicfile"
	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
)

func (a *app) dataCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "data", Short: "Validate, standardize, index and inspect datasets against their schemas"}
	cmd.AddCommand(a.dataValidateCmd(), a.dataStandardizeCmd(), a.dataIndexCmd(), a.dataInspectCmd(), a.dataListCmd(),
		a.dataSealCmd(), a.dataOpenCmd(), a.dataPubkeyCmd(), a.dataServicesCmd(), a.dataOrderCmd(), a.dataStatusCmd(),
		a.dataRefundCmd(), a.dataSplitCmd(), a.dataInferSchemaCmd())
	return cmd
}

func openData(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, usagef("--data: %v", err)
	}
	return f, func() { f.Close() }, nil
}

func (a *app) dataValidateCmd() *cobra.Command {
	var schemaPath, dataPath, keyPath, pwFile, contract string
	var strict bool
	var maxIssues int
	var chainID uint64
	cmd := &cobra.Command{
		Use:   "validate --schema S --data D",
		Short: "Check a CSV file against a schema; print the quality report (exit 1 on violations)",
		Long: "Check a CSV file against a schema: types, ranges, categories, missing values, duplicates,\n" +
			"robust-z-score outliers, label balance and per-column statistics. Every issue names its row\n" +
			"(1 = the first data row) and column. Exit 0 when the data passes, 1 on violations (or on\n" +
			"warnings with --strict), 2 on usage errors. With --key the report is signed as EIP-712 typed\n" +
			"data by the authorizer's key and printed as an attestation.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if schemaPath == "" || dataPath == "" {
				return usagef("--schema and --data are required")
			}
			s, err := schema.Load(schemaPath)
			if err != nil {
				return err
			}
			var signer schema.Signer
			if keyPath != "" {
				if pwFile == "" {
					return usagef("--key needs --password-file")
				}
				pw, err := identity.ReadPassword(pwFile)
				if err != nil {
					return err
				}
				k, err := identity.LoadKeystore(keyPath, pw)
				if err != nil {
					return err
				}
				signer = k
			}
			var contractID cohort.NodeID
			if contract != "" {
				if contractID, err = cohort.ParseNodeID(contract); err != nil {
					return usagef("--contract: %v", err)
				}
			}
			r, done, err := openData(dataPath, a.stdin)
			if err != nil {
				return err
			}
			defer done()
			start := time.Now()
			rep, err := schema.Validate(cmd.Context(), s, r, schema.Options{MaxIssues: maxIssues})
			if err != nil {
				return err
			}
			a.log.Info("validated", "rows", rep.Rows, "seconds", time.Since(start).Seconds())
			var att *schema.Attestation
			if signer != nil {
				if att, err = schema.Sign(schema.DefaultDomain(chainID, contractID), rep, signer, time.Now()); err != nil {
					return err
				}
			}
			if a.json {
				if att != nil {
					err = a.printJSON(att)
				} else {
					err = a.printJSON(rep)
				}
			} else {
				err = writeReport(a.stdout, rep, att)
			}
			if err != nil {
				return err
			}
			if !rep.Passed {
				return fmt.Errorf("validation failed: %d errors, %d warnings", rep.Errors, rep.Warnings)
			}
			if strict && rep.Warnings > 0 {
				return fmt.Errorf("validation failed (--strict): %d warnings", rep.Warnings)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&schemaPath, "schema", "", "schema file (YAML or JSON)")
	f.StringVar(&dataPath, "data", "", "CSV file with a header row (- for stdin)")
	f.BoolVar(&strict, "strict", false, "fail on warnings too (duplicates, outliers, label imbalance)")
	natVar(f, &maxIssues, "max-issues", 100, "issues listed per kind (counts are always complete)")
	f.StringVar(&keyPath, "key", "", "sign the report with this keystore file (the authorizer's key)")
	f.StringVar(&pwFile, "password-file", "", "file holding the keystore password")
	f.Uint64Var(&chainID, "chain-id", chain.DevChainID, "EIP-712 domain chain id")
	f.StringVar(&contract, "contract", "", "EIP-712 domain verifying contract address")
	return cmd
}

func writeReport(w io.Writer, rep *schema.Report, att *schema.Attestation) error {
	verdict := "PASSED"
	if !rep.Passed {
		verdict = "FAILED"
	}
	fmt.Fprintf(w, "%s  schema %s (%s)\n", verdict, rep.SchemaName, rep.SchemaID)
	fmt.Fprintf(w, "data     %s\nrows     %d   columns %d   errors %d   warnings %d\n", rep.DataCID, rep.Rows, rep.Columns, rep.Errors, rep.Warnings)
	if len(rep.Labels) > 0 {
		keys := make([]string, 0, len(rep.Labels))
		for k := range rep.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s:%d", k, rep.Labels[k])
		}
		fmt.Fprintf(w, "labels   %s\n", strings.Join(parts, " "))
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(rep.Counts) > 0 {
		fmt.Fprintln(tw, "\nSEVERITY\tKIND\tCOLUMN\tCOUNT")
		for _, c := range rep.Counts {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", c.Severity, c.Kind, dash(c.Column), c.Count)
		}
	}
	if len(rep.Issues) > 0 {
		fmt.Fprintln(tw, "\nROW\tCOLUMN\tSEVERITY\tKIND\tVALUE\tDETAIL")
		for _, is := range rep.Issues {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%q\t%s\n", is.Row, dash(is.Column), is.Severity, is.Kind, is.Value, is.Detail)
		}
		if rep.Truncated {
			fmt.Fprintln(tw, "...\t(more issues: see the counts; --max-issues N lists more)")
		}
	}
	fmt.Fprintln(tw, "\nCOLUMN\tTYPE\tCOUNT\tMISSING\tMIN\tMAX\tMEAN\tSTD\tMEDIAN\tMAD\tOUTLIERS")
	for _, st := range rep.Stats {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.4g\t%.4g\t%.4g\t%.4g\t%.4g\t%.4g\t%d\n", st.Name, st.Type, st.Count, st.Missing,
			st.Min, st.Max, st.Mean, st.Std, st.Median, st.MAD, st.Outliers)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if att != nil {
		fmt.Fprintf(w, "\nsigned by %s at %d\ndigest    %s\nsignature %s\n", att.Authorizer, att.IssuedAt, att.Digest, att.Signature)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (a *app) dataStandardizeCmd() *cobra.Command {
	var schemaPath, dataPath, out, fittedRef string
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "standardize --schema S --data D [--out FILE]",
		Short: "Apply the schema's transforms (z-score, min-max, one-hot, log) fitted on the data; store the fitted statistics",
		Long: "Fit the transforms the schema declares on the data (or take fitted statistics from --fitted CID),\n" +
			"store the fitted statistics as an artifact, and write the standardized CSV to --out (default stdout).\n" +
			"The fitted statistics' CID is printed on stderr (or in the --json summary when --out is a file).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if schemaPath == "" || dataPath == "" || dataPath == "-" {
				return usagef("--schema and --data FILE are required")
			}
			s, err := schema.Load(schemaPath)
			if err != nil {
				return err
			}
			st, err := a.openStore(sf)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			var fitted *schema.Fitted
			if fittedRef != "" {
				c, err := artifact.ParseCID(fittedRef)
				if err != nil {
					return err
				}
				fitted = &schema.Fitted{}
				if err := schema.GetJSON(ctx, st, c, fitted); err != nil {
					return err
				}
				if fitted.SchemaID != artifact.String(s.ID()) {
					return cohort.Errorf(cohort.EInvalid, "--fitted is for schema %s, not %s", fitted.SchemaID, artifact.String(s.ID()))
				}
			} else {
				f, err := os.Open(dataPath)
				if err != nil {
					return usagef("--data: %v", err)
				}
				rep, err := schema.Validate(ctx, s, f, schema.Options{})
				f.Close()
				if err != nil {
					return err
				}
				if fitted, err = schema.Fit(s, rep); err != nil {
					return err
				}
			}
			fc, err := st.Put(ctx, bytes.NewReader(fitted.Marshal()))
			if err != nil {
				return err
			}
			in, err := os.Open(dataPath)
			if err != nil {
				return usagef("--data: %v", err)
			}
			defer in.Close()
			var w io.Writer = a.stdout
			var of *os.File
			if out != "" && out != "-" {
				if of, err = os.Create(out); err != nil {
					return err
				}
				defer of.Close()
				w = of
			}
			rows, err := schema.Standardize(s, fitted, in, w)
			if err != nil {
				return err
			}
			if of != nil {
				if err := of.Close(); err != nil {
					return err
				}
				if a.json {
					return a.printJSON(map[string]any{"fitted_cid": artifact.String(fc), "rows": rows, "out": out})
				}
				fmt.Fprintf(a.stdout, "fitted %s\nrows   %d\nout    %s\n", artifact.String(fc), rows, out)
				return nil
			}
			fmt.Fprintf(a.stderr, "fitted statistics %s (%d rows)\n", artifact.String(fc), rows)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&schemaPath, "schema", "", "schema file")
	f.StringVar(&dataPath, "data", "", "CSV file")
	f.StringVar(&out, "out", "", "write the standardized CSV here (default stdout)")
	f.StringVar(&fittedRef, "fitted", "", "use these fitted statistics (CID) instead of fitting on the data")
	sf.register(cmd)
	return cmd
}

func (a *app) indexPath(p string) string {
	if p != "" {
		return p
	}
	return filepath.Join(a.home, "datasets", "index.json")
}

func (a *app) dataIndexCmd() *cobra.Command {
	var schemaPath, dataPath, name, indexFile string
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "index --schema S --data D [--name N]",
		Short: "Validate a dataset, store it with its schema, fitted statistics and report, and index its manifest by CID",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if schemaPath == "" || dataPath == "" || dataPath == "-" {
				return usagef("--schema and --data FILE are required")
			}
			s, err := schema.Load(schemaPath)
			if err != nil {
				return err
			}
			st, err := a.openStore(sf)
			if err != nil {
				return err
			}
			f, err := os.Open(dataPath)
			if err != nil {
				return usagef("--data: %v", err)
			}
			defer f.Close()
			if name == "" {
				name = strings.TrimSuffix(filepath.Base(dataPath), filepath.Ext(dataPath))
			}
			m, c, rep, err := schema.Index(cmd.Context(), st, s, name, f, schema.Options{})
			if err != nil {
				if rep != nil && !rep.Passed {
					if a.json {
						a.printJSON(rep)
					} else {
						writeReport(a.stdout, rep, nil)
					}
					return fmt.Errorf("index refused: the data failed validation (%d errors)", rep.Errors)
				}
				return err
			}
			e := schema.IndexEntry{CID: artifact.String(c), Name: m.Name, SchemaID: m.SchemaID, DataCID: m.DataCID, Rows: m.Rows}
			if err := schema.OpenIndex(a.indexPath(indexFile)).Add(e); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"cid": e.CID, "manifest": m})
			}
			fmt.Fprintf(a.stdout, "%s\n", e.CID)
			fmt.Fprintf(a.stderr, "dataset %s: %d rows, schema %s, data %s, fitted %s, report %s\n",
				m.Name, m.Rows, m.SchemaID, m.DataCID, m.FittedCID, m.ReportCID)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&schemaPath, "schema", "", "schema file")
	f.StringVar(&dataPath, "data", "", "CSV file")
	f.StringVar(&name, "name", "", "dataset name (default: the file's base name)")
	f.StringVar(&indexFile, "index", "", "index file (default $COHORT_HOME/datasets/index.json)")
	sf.register(cmd)
	return cmd
}

func (a *app) dataInspectCmd() *cobra.Command {
	var schemaPath string
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "inspect CID | inspect --schema FILE",
		Short: "Show a dataset manifest from the store, or a schema file's id and columns",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if schemaPath != "" {
				if len(args) > 0 {
					return usagef("give a CID or --schema, not both")
				}
				s, err := schema.Load(schemaPath)
				if err != nil {
					return err
				}
				if a.json {
					return a.printJSON(map[string]any{"id": artifact.String(s.ID()), "schema": json.RawMessage(s.Canonical())})
				}
				fmt.Fprintf(a.stdout, "schema %s  id %s  label %s  %d columns\n", s.Name, artifact.String(s.ID()), dash(s.Label), len(s.Columns))
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "COLUMN\tTYPE\tRANGE\tNULLABLE\tUNIT\tTRANSFORM")
				for _, c := range s.Columns {
					rng := "-"
					switch {
					case len(c.Categories) > 0:
						rng = strings.Join(c.Categories, "|")
					case c.Min != nil || c.Max != nil:
						rng = fmt.Sprintf("[%s, %s]", bound(c.Min, "-inf"), bound(c.Max, "inf"))
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t%s\t%s\n", c.Name, c.Type, rng, c.Nullable, dash(c.Unit), dash(string(c.Transform)))
				}
				return tw.Flush()
			}
			if len(args) != 1 {
				return usagef("give a dataset manifest CID or --schema FILE")
			}
			st, c, err := a.storeAndCID(sf, args[0])
			if err != nil {
				return err
			}
			m, err := schema.LoadManifest(cmd.Context(), st, c)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(m)
			}
			fmt.Fprintf(a.stdout, "dataset  %s (%s)\nschema   %s\ndata     %s\nfitted   %s\nreport   %s\nrows     %d   columns %d   label %s %v\n",
				m.Name, artifact.String(c), m.SchemaID, m.DataCID, m.FittedCID, m.ReportCID, m.Rows, m.Columns, dash(m.Label), m.Labels)
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "\nCOLUMN\tCOUNT\tMISSING\tMIN\tMAX\tMEAN\tSTD")
			for _, s := range m.Stats {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%.4g\t%.4g\t%.4g\t%.4g\n", s.Name, s.Count, s.Missing, s.Min, s.Max, s.Mean, s.Std)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&schemaPath, "schema", "", "inspect a schema file instead")
	sf.register(cmd)
	return cmd
}

func bound(p *float64, inf string) string {
	if p == nil {
		return inf
	}
	return fmt.Sprintf("%g", *p)
}

func (a *app) dataListCmd() *cobra.Command {
	var indexFile string
	cmd := &cobra.Command{
		Use:   "list [KEY]",
		Short: "List the indexed datasets (optionally those whose CID, name, schema id or data CID is KEY)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			x := schema.OpenIndex(a.indexPath(indexFile))
			var list []schema.IndexEntry
			var err error
			if len(args) == 1 {
				list, err = x.Find(args[0])
			} else {
				list, err = x.List()
			}
			if err != nil {
				return err
			}
			if a.json {
				if list == nil {
					list = []schema.IndexEntry{}
				}
				return a.printJSON(list)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CID\tNAME\tROWS\tSCHEMA")
			for _, e := range list {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", e.CID, e.Name, e.Rows, e.SchemaID)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&indexFile, "index", "", "index file (default $COHORT_HOME/datasets/index.json)")
	return cmd
}

// benchDataCmd is `cohort bench data`, listed in bench.go.
func (a *app) benchDataCmd() *cobra.Command {
	var o bench.Options
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Data layer: validation of 1M x 30 rows, local store put/get throughput, zk range proof of 1,000 x 30",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := bench.RunData(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("data", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "small shapes: a smoke run in seconds")
	f.StringVar(&o.Dir, "dir", "", "directory for temporary files (default the system temp dir)")
	f.StringSliceVar(&o.Only, "only", nil, "run only these entries (validate_1m_x_30, store_put, zk_range_1000_x_30)")
	return cmd
}

func (a *app) loadSealKey(keyPath, pwFile string) (*identity.Key, error) {
	if keyPath == "" || pwFile == "" {
		return nil, usagef("--key and --password-file are required")
	}
	pw, err := identity.ReadPassword(pwFile)
	if err != nil {
		return nil, err
	}
	return identity.LoadKeystore(keyPath, pw)
}

func (a *app) dataSealCmd() *cobra.Command {
	var to []string
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "seal FILE --to PUBKEY [--to PUBKEY...]",
		Short: "Encrypt a file client-side for the given nodes (AES-GCM, key wrapped to each node's secp256k1 key), store it, print its CID",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(to) == 0 {
				return usagef("--to PUBKEY is required (a node's compressed secp256k1 public key in hex; `cohort data pubkey` prints it)")
			}
			var rs []sealed.Recipient
			for _, h := range to {
				b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
				if err != nil {
					return usagef("--to %s: %v", h, err)
				}
				id, err := identity.AddressOf(b)
				if err != nil {
					return usagef("--to %s: %v", h, err)
				}
				rs = append(rs, sealed.Recipient{ID: id, PubKey: b})
			}
			f, err := os.Open(args[0])
			if err != nil {
				return usagef("%v", err)
			}
			defer f.Close()
			st, err := a.openStore(sf)
			if err != nil {
				return err
			}
			pr, pw := io.Pipe()
			go func() { pw.CloseWithError(sealed.Seal(pw, f, rs)) }()
			c, err := st.Put(cmd.Context(), pr)
			pr.CloseWithError(err)
			if err != nil {
				return err
			}
			if a.json {
				ids := make([]string, len(rs))
				for i, r := range rs {
					ids[i] = r.ID.String()
				}
				return a.printJSON(map[string]any{"cid": artifact.String(c), "recipients": ids})
			}
			_, err = fmt.Fprintln(a.stdout, artifact.String(c))
			return err
		},
	}
	cmd.Flags().StringSliceVar(&to, "to", nil, "recipient public key (hex), repeatable")
	sf.register(cmd)
	return cmd
}

func (a *app) dataOpenCmd() *cobra.Command {
	var keyPath, pwFile, out string
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "open CID --key KEYSTORE --password-file F [-o FILE]",
		Short: "Decrypt sealed data with this node's key; a node that is not a recipient is refused",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, c, err := a.storeAndCID(sf, args[0])
			if err != nil {
				return err
			}
			k, err := a.loadSealKey(keyPath, pwFile)
			if err != nil {
				return err
			}
			rc, err := st.Get(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer rc.Close()
			r, err := sealed.Open(rc, k)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = io.Copy(a.stdout, r)
				return err
			}
			return atomicfile.WriteFrom(out, r, 0o600)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyPath, "key", "", "this node's keystore file")
	f.StringVar(&pwFile, "password-file", "", "file holding the keystore password")
	f.StringVarP(&out, "output", "o", "", "write the plaintext to FILE (mode 0600) instead of stdout")
	sf.register(cmd)
	return cmd
}

func (a *app) dataPubkeyCmd() *cobra.Command {
	var keyPath, pwFile string
	cmd := &cobra.Command{
		Use:   "pubkey --key KEYSTORE --password-file F",
		Short: "Print this node's public key and address, for others to seal data to it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := a.loadSealKey(keyPath, pwFile)
			if err != nil {
				return err
			}
			pub := "0x" + hex.EncodeToString(k.CompressedPublicKey())
			if a.json {
				return a.printJSON(map[string]string{"address": k.ID().String(), "pubkey": pub})
			}
			_, err = fmt.Fprintf(a.stdout, "address %s\npubkey  %s\n", k.ID(), pub)
			return err
		},
	}
	cmd.Flags().StringVar(&keyPath, "key", "", "keystore file")
	cmd.Flags().StringVar(&pwFile, "password-file", "", "file holding the keystore password")
	return cmd
}
