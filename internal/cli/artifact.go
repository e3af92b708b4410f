package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// storeFlags selects the artifact store: a local directory or a kubo node.
type storeFlags struct {
	dir     string
	ipfsURL string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "store", "", "local artifact store directory (default $COHORT_HOME/artifacts)")
	cmd.Flags().StringVar(&f.ipfsURL, "ipfs", "", "use a kubo node's RPC API instead, e.g. http://127.0.0.1:5001")
}

// storeAndCID parses a CID argument and opens the store the flags name: the preamble of every command
// that reads one artifact.
func (a *app) storeAndCID(f storeFlags, arg string) (artifact.Store, cid.Cid, error) {
	c, err := artifact.ParseCID(arg)
	if err != nil {
		return nil, cid.Undef, err
	}
	st, err := a.openStore(f)
	return st, c, err
}

func (a *app) openStore(f storeFlags) (artifact.Store, error) {
	if f.ipfsURL != "" {
		if f.dir != "" {
			return nil, usagef("--store and --ipfs are exclusive")
		}
		return ipfs.New(ipfs.Config{URL: f.ipfsURL}, a.log)
	}
	dir := f.dir
	if dir == "" {
		dir = filepath.Join(a.home, "artifacts")
	}
	return fsstore.New(dir, a.log)
}

func (a *app) artifactCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "artifact", Short: "Put and get content-addressed artifacts (CIDv1, 1 MiB blocks)"}
	var sf storeFlags
	put := &cobra.Command{
		Use:   "put FILE",
		Short: "Store a file (- for stdin) and print its root CID",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(sf)
			if err != nil {
				return err
			}
			var r io.Reader = a.stdin
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return usagef("%v", err)
				}
				defer f.Close()
				r = f
			}
			cr := &countReader{r: r}
			c, err := st.Put(cmd.Context(), cr)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"cid": artifact.String(c), "bytes": cr.n})
			}
			_, err = fmt.Fprintln(a.stdout, artifact.String(c))
			return err
		},
	}
	var out string
	get := &cobra.Command{
		Use:   "get CID",
		Short: "Write an artifact to stdout (or -o FILE), every block checked against its CID",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, c, err := a.storeAndCID(sf, args[0])
			if err != nil {
				return err
			}
			rc, err := st.Get(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer rc.Close()
			if out == "" || out == "-" {
				_, err = io.Copy(a.stdout, rc)
				return err
			}
			// Written atomically, so a failed read leaves no partial file.
			return atomicfile.WriteFrom(out, rc, 0o644)
		},
	}
	get.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of stdout")
	has := &cobra.Command{
		Use:   "has CID",
		Short: "Exit 0 if the store holds the artifact's root block, 1 if not",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, c, err := a.storeAndCID(sf, args[0])
			if err != nil {
				return err
			}
			ok, err := st.Has(cmd.Context(), c)
			if err != nil {
				return err
			}
			if a.json {
				if err := a.printJSON(map[string]any{"cid": artifact.String(c), "present": ok}); err != nil {
					return err
				}
			} else {
				fmt.Fprintln(a.stdout, ok)
			}
			if !ok {
				return fmt.Errorf("%s: not in the store", artifact.String(c))
			}
			return nil
		},
	}
	for _, c := range []*cobra.Command{put, get, has} {
		sf.register(c)
	}
	cmd.AddCommand(put, get, has)
	return cmd
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
