package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/node"
)

// `cohort data services | order | status`: a data owner hands a dataset to an authorizer node for
// validation through the DataRegistry, and reads the attestation back.

func (a *app) dataServicesCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "services",
		Short: "List the DataRegistry's active validation services (id, provider, schema id, fee)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			reg, err := c.DataRegistry()
			if err != nil {
				return err
			}
			var active []chain.DataService
			for off := uint64(0); ; off += 200 {
				page, err := reg.Services(ctx, off, 200)
				if err != nil {
					return err
				}
				for _, s := range page {
					if s.Active {
						active = append(active, s)
					}
				}
				if len(page) < 200 {
					break
				}
			}
			if a.json {
				return a.printJSON(active)
			}
			for _, s := range active {
				ep, _ := chain.ParseServiceEndpoint(s.Endpoint)
				sealing := "no sealing key"
				if ep.PubKey != nil {
					sealing = "takes sealed data"
				}
				fmt.Fprintf(a.stdout, "%4d  %s  schema %s  fee %s tokens  %s  %s\n", s.ID, s.Provider.Hex(), s.SchemaID.Hex(),
					chain.FormatTokens(s.Fee), sealing, ep.URL)
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func (a *app) dataOrderCmd() *cobra.Command {
	var cf chainFlags
	var service uint64
	var dataPath, name, store string
	var ttl time.Duration
	cmd := &cobra.Command{
		Use:   "order --service ID --data FILE",
		Short: "Hand a dataset to an authorizer node for validation: seal it to the service's key, store it, order (escrowing the fee)",
		Long: `Seal the CSV file to the key the service's authorizer lists on chain (and to the signing account),
store the envelope and a dataset manifest in the shared artifact store, and order the service's
validation of the manifest, escrowing its fee. The authorizer node validates the data against its
schema, attests the report on chain and is paid; after --ttl without an attestation the fee can be
refunded. The manifest CID it prints is the dataset's id: a trainer names it as trainer.dataset_id.
` + "`cohort data status ORDER`" + ` shows the outcome.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dataPath == "" || !cmd.Flags().Changed("service") {
				return usagef("--service ID and --data FILE are required (`cohort data services` lists the services)")
			}
			f, err := os.Open(dataPath)
			if err != nil {
				return usagef("--data: %v", err)
			}
			defer f.Close()
			if name == "" {
				name = strings.TrimSuffix(filepath.Base(dataPath), filepath.Ext(dataPath))
			}
			c, dep, err := a.dialDeployment(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			if store == "" {
				store = dep.Store
			}
			if store == "" {
				return usagef("no artifact store: pass --store URL (a gateway node) or deploy with --store")
			}
			st, err := ipfs.New(ipfs.Config{URL: store, Offline: true, NoPin: true}, a.log)
			if err != nil {
				return err
			}
			k, err := a.signerKey(c, &cf)
			if err != nil {
				return err
			}
			o, err := node.OrderValidation(ctx, c, st, k, service, name, f, ttl)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(o)
			}
			fmt.Fprintf(a.stdout, "order %d placed with service %d (authorizer %s, fee %s)\ndataset %s (sealed data %s)\n",
				o.Order, o.Service, o.Authorizer, tokens(o.Fee), o.ManifestCID, o.DataCID)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	f := cmd.Flags()
	f.Uint64Var(&service, "service", 0, "the validation service's id")
	f.StringVar(&dataPath, "data", "", "the CSV file (with its header row)")
	f.StringVar(&name, "name", "", "the dataset's name in its manifest (default: the file's)")
	f.DurationVar(&ttl, "ttl", 7*24*time.Hour, "how long the authorizer has before the fee can be refunded")
	f.StringVar(&store, "store", "", "artifact store URL (default: the deployment record's)")
	return cmd
}

func (a *app) dataStatusCmd() *cobra.Command {
	var cf chainFlags
	var order uint64
	cmd := &cobra.Command{
		Use:   "status ORDER",
		Short: "Show a validation order: its state, the authorizer's attestation and where its sealed report is",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, err := fmt.Sscan(args[0], &order); err != nil {
				return usagef("ORDER %q: want the order id", args[0])
			}
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			st, err := node.ValidationStatus(ctx, c, order)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(st)
			}
			fmt.Fprintf(a.stdout, "order %d  service %d  %s  fee %s  deadline %s\ndataset %s\nauthorizer %s\n", st.Order, st.Service,
				st.Status, tokens(st.Fee), st.Deadline.Format(time.RFC3339), st.ManifestCID, st.Authorizer)
			if st.Attested {
				fmt.Fprintf(a.stdout, "attested: passed %v, %d rows, report hash %s\n", st.Passed, st.Rows, st.ReportHash)
			} else {
				fmt.Fprintln(a.stdout, "not attested")
			}
			if n := st.Node; n != nil {
				if n.ReportCID != "" {
					fmt.Fprintf(a.stdout, "report %s (sealed to you: `cohort data open %s --key ... --password-file ...`)\n", n.ReportCID, n.ReportCID)
				}
				if n.Reason != "" {
					fmt.Fprintf(a.stdout, "authorizer: %s\n", n.Reason)
				}
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func (a *app) dataRefundCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "refund ORDER",
		Short: "Take back the fee of a validation order no attestation came for by its deadline (its client only)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var order uint64
			if _, err := fmt.Sscan(args[0], &order); err != nil {
				return usagef("ORDER %q: want the order id", args[0])
			}
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			reg, err := c.DataRegistry()
			if err != nil {
				return err
			}
			o, err := reg.Order(ctx, order)
			if err != nil {
				return err
			}
			r, err := reg.RefundOrder(ctx, from, order)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"order": order, "refunded": o.Fee.String(), "tx": r.TxHash.Hex()})
			}
			fmt.Fprintf(a.stdout, "order %d refunded: %s tokens (tx %s)\n", order, chain.FormatTokens(o.Fee), r.TxHash.Hex())
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}
