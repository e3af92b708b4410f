// Package cli is Cohort's command line: the cobra command tree, flag parsing, output in text or JSON,
// and exit codes (0 ok, 1 failure, 2 usage or validation). Commands stay thin: they parse, call into
// internal packages, and print.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/executor"
)

// Version is set at link time (-ldflags "-X .../internal/cli.Version=v1.2.3"); when it is not, the
// module version from the build information is used (see buildVersion).
var Version = ""

// app carries what every command shares: streams, output mode and the logger.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	json           bool
	logFormat      string
	logLevel       string
	home           string
	log            *slog.Logger
}

// usageError marks a failure the user can fix by changing the command line: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// Main runs the command line and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	executor.Init() // a script's sandbox init is this binary re-executed: it never returns
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// A second signal exits at once, as CONVENTIONS.md promises.
		<-ctx.Done()
		stop()
	}()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "interrupted")
		return 130 // 128 + SIGINT, as shells report it
	}
	fmt.Fprintf(stderr, "error: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || cohort.Code(err) == cohort.EInvalid || isFlagError(err) {
		return 2
	}
	return 1
}

func isFlagError(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown flag") || strings.HasPrefix(s, "unknown command") ||
		strings.HasPrefix(s, "invalid argument") || strings.Contains(s, "flag needs an argument") ||
		strings.HasPrefix(s, "unknown shorthand flag") || strings.HasPrefix(s, "accepts ") ||
		strings.HasPrefix(s, "requires at least") || strings.Contains(s, "required flag")
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "cohort",
		Short:         "Cohort: private federated training, verifiable and encrypted inference, paid on any EVM chain",
		Version:       buildVersion().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.setupLogger(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.BoolVar(&a.json, "json", false, "print one JSON document on stdout (progress and logs go to stderr)")
	pf.StringVar(&a.logFormat, "log-format", "text", "log format: text|json")
	pf.StringVar(&a.logLevel, "log-level", "", "log level: debug|info|warn|error (default info for 'node run', which says what the node is doing; warn elsewhere)")
	pf.StringVar(&a.home, "home", defaultHome(), "Cohort's home directory (keys, node data); $COHORT_HOME")
	root.AddCommand(a.commands()...)
	groupsRefuseUnknown(root)
	addExamples(root)
	return root
}

// commands lists the top-level command groups. Each group lives in its own file of this package.
func (a *app) commands() []*cobra.Command {
	return []*cobra.Command{
		a.versionCmd(),
		a.devnetCmd(),
		a.nodeCmd(),
		a.configCmd(),
		a.keysCmd(),
		a.artifactCmd(),
		a.dataCmd(),
		a.zkCmd(),
		a.fheCmd(),
		a.benchCmd(),
		a.chainCmd(),
		a.govCmd(),
		a.taskCmd(),
		a.marketCmd(),
		a.subnetCmd(),
		a.secaggCmd(),
		a.inferCmd(),
		a.dpCmd(),
		a.modelCmd(),
		a.predictCmd(),
		a.simCmd(),
	}
}

func defaultHome() string {
	if h := os.Getenv("COHORT_HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return h + "/.cohort"
	}
	return ".cohort"
}

// logLevelKey is the annotation a command sets to choose its default log level.
const logLevelKey = "cohort/log-level"

func (a *app) setupLogger(cmd *cobra.Command) error {
	level := a.logLevel
	if level == "" {
		level = "warn"
		if l := cmd.Annotations[logLevelKey]; l != "" {
			level = l
		}
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return usagef("--log-level %q: want debug|info|warn|error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch a.logFormat {
	case "text":
		a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
	case "json":
		a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
	default:
		return usagef("--log-format %q: want text|json", a.logFormat)
	}
	return nil
}
