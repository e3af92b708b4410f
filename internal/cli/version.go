package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionInfo is what `cohort version` prints: the module version, the commit it was built from and
// the Go toolchain.
type versionInfo struct {
	Version    string `json:"version"`
	Module     string `json:"module"`
	Commit     string `json:"commit,omitempty"`
	CommitTime string `json:"commit_time,omitempty"`
	Modified   bool   `json:"modified,omitempty"`
	Go         string `json:"go"`
	Platform   string `json:"platform"`
}

// buildVersion reads the binary's build information. `go install module@v1.2.3` records v1.2.3; a
// build inside a checkout records "(devel)" and, unless -buildvcs=false, the commit (go run does not
// stamp one).
func buildVersion() versionInfo {
	v := versionInfo{Version: Version, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		if v.Version == "" {
			v.Version = "unknown"
		}
		return v
	}
	v.Module = bi.Main.Path
	if v.Version == "" {
		v.Version = bi.Main.Version
		if v.Version == "" || v.Version == "(devel)" {
			v.Version = "devel"
		}
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.CommitTime = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// String is the one-line form: "devel (commit 0123456789ab, modified) go1.26.8 linux/amd64".
func (v versionInfo) String() string {
	commit := "commit unknown: built without VCS information"
	if v.Commit != "" {
		commit = "commit " + v.Commit[:min(12, len(v.Commit))]
		if v.CommitTime != "" {
			commit += " " + v.CommitTime
		}
		if v.Modified {
			commit += ", modified"
		}
	}
	return fmt.Sprintf("%s (%s) %s %s", v.Version, commit, v.Go, v.Platform)
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version: module version, commit and Go version",
		Example: "  cohort version\n  cohort version --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := buildVersion()
			if a.json {
				return a.printJSON(v)
			}
			_, err := fmt.Fprintf(a.stdout, "cohort %s\n", v)
			return err
		},
	}
}
