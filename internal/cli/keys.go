package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/identity"
)

func (a *app) keysCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "keys", Short: "Make and inspect node keys (keystore v3 files)"}
	var dir, out, pwFile string
	var light bool
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Make a new secp256k1 node key in an encrypted keystore file; print its address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if pwFile == "" {
				return usagef("--password-file is required (passwords are never taken as flags)")
			}
			pw, err := identity.ReadPassword(pwFile)
			if err != nil {
				return err
			}
			if dir == "" {
				dir = filepath.Join(a.home, "keystore")
			}
			if out != "" && cmd.Flags().Changed("dir") {
				return usagef("--out names the file and --dir a directory: give one")
			}
			k, err := identity.Generate()
			if err != nil {
				return err
			}
			cost := identity.Standard
			if light {
				cost = identity.Light
			}
			path := out
			if out != "" {
				err = identity.SaveKeystoreFile(out, k, pw, cost)
			} else {
				path, err = identity.SaveKeystore(dir, k, pw, cost)
			}
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]string{"address": k.ID().String(), "keystore": path})
			}
			fmt.Fprintf(a.stdout, "address   %s\nkeystore  %s\n", k.ID(), path)
			return nil
		},
	}
	newCmd.Flags().StringVar(&dir, "dir", "", "keystore directory; the file is named UTC--<address>.json (default $COHORT_HOME/keystore)")
	newCmd.Flags().StringVar(&out, "out", "", "write the keystore to this file instead (never replaces one)")
	newCmd.Flags().StringVar(&pwFile, "password-file", "", "file holding the keystore password")
	newCmd.Flags().BoolVar(&light, "light", false, "cheap scrypt parameters (dev networks and tests only)")
	show := &cobra.Command{
		Use:   "show FILE",
		Short: "Print the address of a keystore file (no password needed)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			var ks struct {
				Address string `json:"address"`
			}
			if err := json.Unmarshal(b, &ks); err != nil || len(ks.Address) != 40 {
				return usagef("%s is not a keystore v3 file", args[0])
			}
			if a.json {
				return a.printJSON(map[string]string{"address": "0x" + ks.Address})
			}
			fmt.Fprintf(a.stdout, "0x%s\n", ks.Address)
			return nil
		},
	}
	cmd.AddCommand(newCmd, show)
	return cmd
}
